/**
 * Fills `{name}` placeholders in a UI string: `format('{done} of {total}', { done: 2, total: 5 })`.
 * Single braces, so Starlight's i18next (which uses `{{name}}`) passes them through untouched.
 */
export function format(
	template: string,
	values: Readonly<Record<string, string | number>>,
): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		Object.hasOwn(values, name) ? String(values[name]) : whole,
	);
}

/** A level of the 1-4 scale as its number and name, e.g. "3 Proficient", using the UI strings. */
export function levelLabel(
	t: (key: `handbook.level.${1 | 2 | 3 | 4}`) => string,
	level: number,
): string {
	return `${level} ${t(`handbook.level.${level as 1 | 2 | 3 | 4}`)}`;
}

/**
 * `text` as a finished sentence: a full stop is added only when it does not already end in one (or
 * in a question or exclamation mark), so "best." followed by more text never becomes "best..".
 */
export function endSentence(text: string): string {
	const trimmed = text.trimEnd();
	return /[.!?…]["'”’)]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
