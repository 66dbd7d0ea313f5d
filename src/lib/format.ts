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
