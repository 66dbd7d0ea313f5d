/**
 * Reads the handbook's content files from disk, keeping where every value was written.
 *
 * Astro's loaders throw positions away, so the cross-reference validator and the sidebar read the
 * files themselves: Markdown/MDX frontmatter and YAML documents are parsed with `yaml`, whose nodes
 * carry source offsets, and each offset is turned into a 1-based line and column of the file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { load, YAMLException } from 'js-yaml';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';

/** Where the content of each kind lives, relative to the project root. */
export const CONTENT_DIRS = {
	skill: 'content/skills',
	role: 'content/roles',
	'self-check': 'content/self-checks',
	bank: 'content/question-bank',
	chapter: 'src/content/docs',
} as const;

export type EntryKind = keyof typeof CONTENT_DIRS;

const EXTENSIONS: Record<EntryKind, readonly string[]> = {
	skill: ['.md', '.mdx'],
	role: ['.md', '.mdx'],
	'self-check': ['.yaml', '.yml', '.json'],
	bank: ['.yaml', '.yml'],
	chapter: ['.md', '.mdx'],
};

export interface Position {
	line: number;
	column: number;
}

/** A parsed YAML value with the position of every node, for looking up where a field was written. */
export interface LocatedData {
	/** The plain JavaScript value. */
	value: unknown;
	/** Position of the value at a path (e.g. `['skills', 'sql']`), or of its key when `key` is set. */
	positionOf(path: readonly (string | number)[], options?: { key?: boolean }): Position | undefined;
}

export interface ContentFile {
	kind: EntryKind;
	/** The entry's id: the file path below its kind's folder, without extension. */
	id: string;
	/** Path relative to the project root, with forward slashes. */
	path: string;
	/** The whole file's text. */
	source: string;
	/** Frontmatter (Markdown) or the whole document (YAML), with positions. */
	data: LocatedData;
	/** The Markdown body after the frontmatter, and the line it starts on. */
	body: { text: string; line: number };
	/** A YAML syntax error, when the data could not be read at all. */
	parseError?: { message: string } & Position;
}

/** Turns 0-based offsets into 1-based line and column numbers. */
export function createLocator(text: string): (offset: number) => Position {
	const starts = [0];
	for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
		starts.push(index + 1);
	}
	return (offset) => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if ((starts[middle] ?? 0) <= offset) low = middle;
			else high = middle - 1;
		}
		return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
	};
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/**
 * Parses YAML that starts at `offset` in `fileText`, mapping node positions to the file.
 * Values come from js-yaml, which is about ten times faster; the position-keeping parse of `yaml`
 * runs only when a position is asked for, which in practice means only for files with problems.
 */
export function parseLocatedYaml(
	yamlText: string,
	fileText: string,
	offset: number,
): { data: LocatedData; error?: { message: string } & Position } {
	let value: unknown;
	let error: ({ message: string } & Position) | undefined;
	try {
		value = load(yamlText) ?? {};
	} catch (thrown) {
		value = {};
		const mark = thrown instanceof YAMLException ? thrown.mark : undefined;
		const at = createLocator(fileText)(offset + (mark?.position ?? 0));
		error = { message: thrown instanceof YAMLException ? thrown.reason : String(thrown), ...at };
	}

	let document: Document | undefined;
	let locate: ((offset: number) => Position) | undefined;
	const nodeAt = (path: readonly (string | number)[], key: boolean): Node | undefined => {
		document ??= parseDocument(yamlText);
		let node: unknown = document.contents;
		for (const [index, segment] of path.entries()) {
			const last = index === path.length - 1;
			if (isMap(node)) {
				const pair = node.items.find(
					(item) => isScalar(item.key) && String(item.key.value) === String(segment),
				);
				if (!pair) return undefined;
				node = last && key ? pair.key : pair.value;
			} else if (isSeq(node) && typeof segment === 'number') {
				node = node.items[segment];
			} else {
				return undefined;
			}
		}
		return node as Node | undefined;
	};

	const data: LocatedData = {
		value,
		positionOf(path, options) {
			if (error) return undefined;
			const start = nodeAt(path, options?.key ?? false)?.range?.[0];
			if (start === undefined) return undefined;
			locate ??= createLocator(fileText);
			return locate(offset + start);
		},
	};
	return error ? { data, error } : { data };
}

/** Reads one content file of a kind; `path` is relative to `root`. */
export function readContentFile(root: string, kind: EntryKind, path: string): ContentFile {
	const source = readFileSync(join(root, path), 'utf8');
	const id = relative(CONTENT_DIRS[kind], path)
		.split(sep)
		.join('/')
		.replace(/\.[^./]+$/, '')
		.replace(/(^|\/)index$/, '$1')
		.replace(/\/$/, '');
	const isYaml = EXTENSIONS['self-check'].includes(extname(path));
	let data: LocatedData;
	let parseError: ContentFile['parseError'];
	let body = { text: '', line: 1 };

	if (isYaml) {
		({ data, error: parseError } = parseLocatedYaml(source, source, 0));
	} else {
		const match = FRONTMATTER.exec(source);
		const yamlText = match?.[1] ?? '';
		const yamlOffset = match ? source.indexOf(yamlText, 3) : 0;
		({ data, error: parseError } = parseLocatedYaml(yamlText, source, yamlOffset));
		const frontmatter = match?.[0] ?? '';
		body = { text: source.slice(frontmatter.length), line: frontmatter.split('\n').length };
	}
	return {
		kind,
		id,
		path: path.split(sep).join('/'),
		source,
		data,
		body,
		...(parseError ? { parseError } : {}),
	};
}

function listFiles(directory: string): string[] {
	let names: string[];
	try {
		names = readdirSync(directory);
	} catch {
		return [];
	}
	return names
		.filter((name) => !name.startsWith('_') && !name.startsWith('.'))
		.sort()
		.flatMap((name) => {
			const full = join(directory, name);
			return statSync(full).isDirectory() ? listFiles(full) : [full];
		});
}

/** Reads every content file below `root`, in a stable order (kind, then path). */
export function readContent(root: string): ContentFile[] {
	return (Object.keys(CONTENT_DIRS) as EntryKind[]).flatMap((kind) =>
		listFiles(join(root, CONTENT_DIRS[kind]))
			.filter((file) => EXTENSIONS[kind].includes(extname(file)))
			.map((file) => readContentFile(root, kind, relative(root, file))),
	);
}
