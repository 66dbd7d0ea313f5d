/**
 * An Expressive Code plugin: every code block's `<pre>` is a named, keyboard-focusable region in the
 * built HTML, so a block that scrolls sideways can be scrolled with the keyboard before (and
 * without) Expressive Code's own script, which adds `tabindex` only once it has run. That script
 * later removes the tab stop from blocks that turn out not to scroll.
 */
import { format } from './format.ts';

interface HastNode {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	children?: HastNode[];
}

export interface CodeBlockStrings {
	/** The name of a block without a title, e.g. "Code example". */
	label: string;
	/** The name of a block with a title, with a `{title}` placeholder. */
	labelTitled: string;
}

const findPre = (node: HastNode): HastNode | undefined =>
	node.tagName === 'pre' ? node : node.children?.map(findPre).find(Boolean);

/** Makes the block's `<pre>` a focusable region named after the block's title, if it has one. */
export function makeFocusable(
	blockAst: HastNode,
	title: string | undefined,
	strings: CodeBlockStrings,
): void {
	const pre = findPre(blockAst);
	if (!pre) return;
	pre.properties = {
		...pre.properties,
		tabIndex: 0,
		role: 'region',
		ariaLabel: title ? format(strings.labelTitled, { title }) : strings.label,
	};
}

export function focusableCodeBlocks(strings: CodeBlockStrings) {
	return {
		name: 'Focusable code blocks',
		hooks: {
			postprocessRenderedBlock: ({
				codeBlock,
				renderData,
			}: {
				codeBlock: { props: { title?: string | undefined } };
				renderData: { blockAst: HastNode };
			}) => makeFocusable(renderData.blockAst, codeBlock.props.title, strings),
		},
	};
}
