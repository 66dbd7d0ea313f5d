/** Markdown text with its code blanked out, shared by the validator and the diagram finder. */

/** Blanks out code and comments (keeping line breaks and offsets) so examples are not references. */
export function maskCode(markdown: string): string {
	const blank = (match: string) => match.replace(/[^\n]/g, ' ');
	return markdown
		.replace(/^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n[ \t]*\2[^\n]*|$(?![\s\S]))/gm, blank)
		.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, blank)
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
		.replace(/<!--[\s\S]*?-->/g, blank);
}
