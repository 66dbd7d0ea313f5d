/**
 * UI strings for islands. Islands run in the browser, where `Astro.locals.t` is not available, so
 * their Astro wrapper hands them every string under one prefix of `src/content/i18n/en.json`.
 */
import strings from '../../content/i18n/en.json' with { type: 'json' };

export type StringKey = keyof typeof strings;

/** The keys under `prefix.`, without the prefix: `handbook.quiz.retry` is `retry` for `handbook.quiz`. */
export type KeysUnder<P extends string> = StringKey extends infer K
	? K extends `${P}.${infer Rest}`
		? Rest
		: never
	: never;

/** Every string under `prefix`, translated, keyed without the prefix. */
export function stringsUnder<P extends string>(
	t: (key: StringKey) => string,
	prefix: P,
): Record<KeysUnder<P>, string> {
	return Object.fromEntries(
		(Object.keys(strings) as StringKey[])
			.filter((key) => key.startsWith(`${prefix}.`))
			.map((key) => [key.slice(prefix.length + 1), t(key)]),
	) as Record<KeysUnder<P>, string>;
}
