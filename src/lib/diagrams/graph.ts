/**
 * A flowchart as plain data, written out as Mermaid source. Generated diagrams are built as a graph
 * first (so their text alternative can link every role and skill); authored diagrams get the same
 * shape from Mermaid's own parser when they are rendered.
 */

export interface DiagramLink {
	label: string;
	/** Site-relative path without the base, e.g. `/skills/sql/`. */
	href: string;
}

export interface DiagramNode {
	/** Mermaid node id: letters, digits and underscores. */
	id: string;
	label: string;
	/** Lines shown under the label, as a bulleted list in the text alternative. */
	details?: string[];
	/** Site-relative page the node links to. */
	href?: string;
}

export interface DiagramEdge {
	from: string;
	to: string;
	label?: string;
	/** Skills to grow for this move: the label names them; the text alternative links them. */
	skills?: DiagramLink[];
}

export interface DiagramGraph {
	/** Accessible name of the diagram (Mermaid `accTitle`). */
	title: string;
	/** One or two sentences on what the diagram shows (Mermaid `accDescr`). */
	description: string;
	nodes: DiagramNode[];
	edges: DiagramEdge[];
}

export interface MermaidOptions {
	direction: 'TB' | 'LR';
	/** Node ids drawn with the highlighted style (e.g. the role a page is about). */
	highlight?: readonly string[];
}

/** A Mermaid node id from any string: `mid-level` becomes `mid_level`. */
export const nodeId = (value: string) => value.replace(/[^A-Za-z0-9]+/g, '_');

/**
 * Text for a Mermaid Markdown-string label. Mermaid sizes a label by the text of its entity codes
 * (`#quot;`), not the character, so characters that would end the label or start Markdown or HTML are
 * replaced by look-alikes instead: curly quotes, single angle quotes, an asterisk operator and a prime. The
 * text alternative keeps the original text.
 */
export function escapeLabel(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/(^|[\s([{])"/g, '$1\u201c')
		.replace(/"/g, '\u201d')
		.replace(/</g, '\u2039')
		.replace(/>/g, '\u203a')
		.replace(/\*/g, '\u2217')
		.replace(/`/g, '\u2032');
}

/** Mermaid `accTitle`/`accDescr` take the rest of the line, so line breaks are folded. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A Markdown-string label (in backticks), which Mermaid wraps to its `wrappingWidth`. */
function labelOf(node: Pick<DiagramNode, 'label' | 'details'>): string {
	const lines = [
		escapeLabel(node.label),
		...(node.details ?? []).map((line) => `• ${escapeLabel(line)}`),
	];
	return `"\`${lines.join('\n')}\`"`;
}

/** Mermaid flowchart source for a graph: nodes, edges, links, then styles. */
export function toMermaid(
	graph: DiagramGraph,
	{ direction, highlight = [] }: MermaidOptions,
): string {
	const lines = [
		`flowchart ${direction}`,
		`  accTitle: ${oneLine(graph.title)}`,
		`  accDescr: ${oneLine(graph.description)}`,
		...graph.nodes.map((node) => `  ${node.id}[${labelOf(node)}]`),
		...graph.edges.map(
			(edge) =>
				`  ${edge.from} -->${edge.label ? `|${labelOf({ label: edge.label })}|` : ''} ${edge.to}`,
		),
		...graph.nodes.flatMap((node) => (node.href ? [`  click ${node.id} href "${node.href}"`] : [])),
	];
	const highlighted = graph.nodes.filter((node) => highlight.includes(node.id));
	if (highlighted.length)
		lines.push(`  class ${highlighted.map((node) => node.id).join(',')} current`);
	return `${lines.join('\n')}\n`;
}
