/**
 * Remark plugin: each fenced ```mermaid block in a `.md` or `.mdx` file becomes the rendered diagram
 * (inline SVG and its text alternative) as raw HTML, which both Markdown pipelines parse into
 * elements. Diagrams come from the cache the build fills beforehand; one that is still missing (a new
 * block while editing in `astro dev`) is rendered on the spot.
 */
import type { RemarkPlugin } from '@astrojs/markdown-remark';
import { relative, sep } from 'node:path';
import { renderedDiagram } from './cache.ts';
import { diagramHtml } from './html.ts';

interface MarkdownNode {
	type: string;
	lang?: string | null;
	value?: string;
	position?: { start: { line: number; column: number } };
	children?: MarkdownNode[];
}

export interface RemarkMermaidOptions {
	/** The project root, where the cache lives. */
	root: string;
	/** Astro's `base`, for the links inside diagrams. */
	base: string;
}

function mermaidBlocks(node: MarkdownNode, found: MarkdownNode[] = []): MarkdownNode[] {
	if (node.type === 'code' && node.lang === 'mermaid') found.push(node);
	for (const child of node.children ?? []) mermaidBlocks(child, found);
	return found;
}

export const remarkMermaid: RemarkPlugin<[RemarkMermaidOptions]> = ({ root, base }) => {
	return async (tree, file) => {
		const path = file.path ? relative(root, file.path).split(sep).join('/') : 'unknown file';
		for (const node of mermaidBlocks(tree as MarkdownNode)) {
			const source = node.value ?? '';
			const entry = await renderedDiagram(root, {
				file: path,
				name: 'mermaid block',
				source,
				line: node.position?.start.line ?? 1,
				column: node.position?.start.column ?? 1,
			});
			Object.assign(node, { type: 'html', value: diagramHtml({ ...entry, base }) });
			delete node.lang;
		}
	};
};
