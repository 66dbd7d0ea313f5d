/**
 * Reading Mermaid without a browser: find the fenced ```mermaid blocks of a Markdown body, and the
 * statements the validator checks in a diagram (its type, `accTitle`, `accDescr` and `click` links).
 */

export interface MermaidBlock {
	/** The block's text as Markdown parsers give it: indentation stripped, no final newline. */
	source: string;
	/** 0-based offset of the line after the opening fence, and the fence's indentation. */
	firstLine: number;
	indent: number;
	/** 0-based line of the opening fence. */
	fenceLine: number;
}

const OPENING = /^([ \t]*)(`{3,}|~{3,})[ \t]*mermaid(?:[ \t].*)?$/;

/** Every fenced code block whose info string is `mermaid`, in order. */
export function findMermaidBlocks(markdown: string): MermaidBlock[] {
	const lines = markdown.split(/\r?\n/);
	const blocks: MermaidBlock[] = [];
	for (let index = 0; index < lines.length; index++) {
		const open = OPENING.exec(lines[index] ?? '');
		if (!open) {
			// Skip over other fenced blocks so that a fence shown inside one is not taken for a diagram.
			const other = /^[ \t]*(`{3,}|~{3,})/.exec(lines[index] ?? '');
			if (other) index = closingLine(lines, index, other[1] ?? '```');
			continue;
		}
		const indent = (open[1] ?? '').length;
		const end = closingLine(lines, index, open[2] ?? '```');
		const body = lines
			.slice(index + 1, end)
			.map((line) => line.replace(new RegExp(`^[ \\t]{0,${indent}}`), ''));
		blocks.push({ source: body.join('\n'), firstLine: index + 1, indent, fenceLine: index });
		index = end;
	}
	return blocks;
}

/** The line that closes a fence opened at `start` (or the end of the text, as CommonMark has it). */
function closingLine(lines: readonly string[], start: number, fence: string): number {
	const closing = new RegExp(`^[ \\t]*${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
	for (let index = start + 1; index < lines.length; index++)
		if (closing.test(lines[index] ?? '')) return index;
	return lines.length;
}

/** A value found in a diagram, with its 0-based line and column within the source. */
export interface Located<T> {
	value: T;
	line: number;
	column: number;
}

export interface MermaidStatements {
	/** The diagram type keyword, e.g. `flowchart`, `graph` or `sequenceDiagram`. */
	type?: Located<string>;
	accTitle?: Located<string>;
	accDescr?: Located<string>;
	/** `click NODE href "url"` and `click NODE "url"` targets. */
	links: Located<string>[];
	/** `click NODE callback`: a JavaScript callback, which strict mode never runs. */
	callbacks: Located<string>[];
}

const ACC = /^(\s*)(accTitle|accDescr)\s*(:\s*(.*?)\s*$|\{)/;
const CLICK = /^(\s*)click\s+\S+\s+(?:(?:href\s+)?"([^"]*)"|(\S+))/;

/** The statements of a diagram the validator checks; comments, front matter and directives are skipped. */
export function parseStatements(source: string): MermaidStatements {
	const statements: MermaidStatements = { links: [], callbacks: [] };
	const lines = source.split('\n');
	let index = 0;
	if (/^---\s*$/.test(lines[0] ?? '')) {
		index = lines.findIndex((line, at) => at > 0 && /^---\s*$/.test(line)) + 1;
		if (index === 0) index = lines.length;
	}
	for (; index < lines.length; index++) {
		const line = lines[index] ?? '';
		if (/^\s*(%%.*)?$/.test(line)) continue;
		if (!statements.type) {
			const keyword = /^(\s*)(\S+)/.exec(line);
			statements.type = {
				value: keyword?.[2] ?? '',
				line: index,
				column: keyword?.[1]?.length ?? 0,
			};
			continue;
		}
		const acc = ACC.exec(line);
		if (acc) {
			const key = acc[2] as 'accTitle' | 'accDescr';
			const at = { line: index, column: (acc[1] ?? '').length };
			let value = acc[4] ?? '';
			if (acc[3] === '{') {
				const end = lines.findIndex((candidate, next) => next > index && candidate.includes('}'));
				const stop = end === -1 ? lines.length : end;
				value = [...lines.slice(index + 1, stop), (lines[stop] ?? '').split('}')[0] ?? '']
					.join(' ')
					.replace(/\s+/g, ' ')
					.trim();
				index = stop;
			}
			statements[key] ??= { value, ...at };
			continue;
		}
		const click = CLICK.exec(line);
		if (click) {
			const value = click[2] ?? click[3] ?? '';
			const target = {
				line: index,
				column: line.lastIndexOf(value, click[0].length - value.length),
			};
			if (click[2] !== undefined) statements.links.push({ value: click[2], ...target });
			else statements.callbacks.push({ value: click[3] ?? '', ...target });
		}
	}
	return statements;
}

/** Whether a diagram type keyword is a flowchart, the only kind with a generated text alternative. */
export const isFlowchart = (type: string | undefined) =>
	type === 'flowchart' || type === 'graph' || type === 'flowchart-elk';
