/**
 * Counts with their noun in the right plural form. A module of its own so that only the island
 * that counts things (the progress page) ships it, not every island that formats a string.
 */
import { format } from './format.ts';

/** Strings for a count that depends on English-style plural forms: `{count} answer`, `{count} answers`. */
export interface PluralStrings {
	one: string;
	other: string;
}

/**
 * A count with its noun in the right plural form, from a `one` and an `other` string, each with a
 * `{count}` placeholder. `Intl.PluralRules` chooses the form for the language (English by default).
 */
export function plural(count: number, strings: PluralStrings, language = 'en'): string {
	const form = new Intl.PluralRules(language).select(count) === 'one' ? 'one' : 'other';
	return format(strings[form], { count });
}
