/**
 * Any flowchart drawn as an outline: one box a row, children indented under the node they branch
 * from, arrows along rails beside the boxes. It fits any width (a phone's 320 units or a column's
 * 600) because it only grows downwards, so its labels keep their size where a Mermaid drawing would
 * have to shrink or scroll. Built from the same graph as the diagram's text list.
 *
 * Rows come in a topological order that keeps a node's children right under it (Kahn's algorithm
 * with a stack), so a branch's rail never passes another branch's boxes:
 * - a move to an indented child runs down a rail inside the parent's box edge, then right into the child;
 * - a move to the next box at the same indent is a straight arrow down;
 * - any other move (several roles arriving at one, or a move back up) runs along a rail left of the boxes.
 */
import { createHash } from 'node:crypto';
import strings from '../../content/i18n/en.json' with { type: 'json' };
import { withBase } from '../site/urls.ts';
import type { DiagramGraph } from './graph.ts';
import { escapeXml, wrap } from './lane-map.ts';

/** Sizes in SVG user units; at 320 units in a 288 px box (a 320 px phone) 14 units are 12.6 px. */
export const OUTLINE_SIZES = {
	margin: 4,
	/** Room left of the shallowest boxes for the rail of moves that arrive from the side. */
	rail: 14,
	indent: 24,
	maxDepth: 3,
	padding: 8,
	title: 15,
	text: 14,
	line: 19,
	gap: 16,
} as const;

export interface OutlineNode {
	id: string;
	depth: number;
	x: number;
	y: number;
	width: number;
	height: number;
	lines: string[];
	/** Detail lines (milestones), each starting with a bullet. */
	details: string[];
	/** The label of the one move into this node, drawn above its box. */
	above: string[];
	/** Labels of moves out of this node into nodes that several moves reach, drawn under its box. */
	below: string[];
	href?: string;
}

export interface OutlineEdge {
	from: string;
	to: string;
	points: [number, number][];
}

export interface OutlineLayout {
	width: number;
	height: number;
	nodes: OutlineNode[];
	edges: OutlineEdge[];
}

/** Node ids in outline order: every node after the nodes that lead to it, unless a cycle forbids it. */
export function outlineOrder(graph: Pick<DiagramGraph, 'nodes' | 'edges'>): string[] {
	const ids = graph.nodes.map((node) => node.id);
	const parents = new Map(ids.map((id) => [id, new Set<string>()]));
	for (const edge of graph.edges)
		if (edge.from !== edge.to) parents.get(edge.to)?.add(edge.from);
	const placed = new Set<string>();
	const order: string[] = [];
	const ready = (id: string) =>
		!placed.has(id) && [...(parents.get(id) ?? [])].every((parent) => placed.has(parent));
	const stack = ids.filter(ready).reverse();
	while (order.length < ids.length) {
		// A cycle leaves nothing ready: take the first node in the graph's order that is still out.
		const next = stack.pop() ?? ids.find((id) => !placed.has(id))!;
		if (placed.has(next)) continue;
		placed.add(next);
		order.push(next);
		const children = graph.edges
			.filter((edge) => edge.from === next && ready(edge.to))
			.map((edge) => edge.to);
		stack.push(...[...new Set(children)].reverse());
	}
	return order;
}

/** Lays a graph out as an outline `width` units wide. */
export function layoutOutline(
	graph: Pick<DiagramGraph, 'nodes' | 'edges'>,
	width: number,
): OutlineLayout {
	const S = OUTLINE_SIZES;
	const byId = new Map(graph.nodes.map((node) => [node.id, node]));
	const edges = graph.edges.filter(
		(edge) => edge.from !== edge.to && byId.has(edge.from) && byId.has(edge.to),
	);
	const order = outlineOrder({ nodes: graph.nodes, edges });
	const row = new Map(order.map((id, index) => [id, index]));
	const outDegree = (id: string) => edges.filter((edge) => edge.from === id).length;
	const incoming = (id: string) => edges.filter((edge) => edge.to === id);

	// A node is indented under a parent that branches; a chain stays in line.
	const depth = new Map<string, number>();
	for (const id of order) {
		const before = incoming(id).filter((edge) => row.get(edge.from)! < row.get(id)!);
		const wanted = Math.max(
			0,
			...before.map((edge) => depth.get(edge.from)! + (outDegree(edge.from) > 1 ? 1 : 0)),
		);
		depth.set(id, Math.min(wanted, S.maxDepth));
	}

	// A list of skills says what it is: in a drawing of its own a bare list could be anything.
	const labelOf = (edge: (typeof edges)[number]) =>
		edge.skills?.length
			? `${strings['handbook.column.focus']}: ${edge.skills.map((skill) => skill.label).join(', ')}`
			: (edge.label ?? '');
	const nodes: OutlineNode[] = [];
	let y = S.margin;
	for (const id of order) {
		const node = byId.get(id)!;
		const level = depth.get(id)!;
		const x = S.margin + S.rail + level * S.indent;
		const boxWidth = width - x - S.margin;
		const textMax = boxWidth - 2 * S.padding;
		const into = incoming(id);
		const above =
			into.length === 1 && labelOf(into[0]!) ? wrap(labelOf(into[0]!), textMax - 12, S.text) : [];
		const below = edges
			.filter((edge) => edge.from === id && incoming(edge.to).length > 1 && labelOf(edge))
			.flatMap((edge) => wrap(`→ ${byId.get(edge.to)!.label}: ${labelOf(edge)}`, textMax, S.text));
		y += above.length * S.line;
		const lines = wrap(node.label, textMax, S.title);
		const details = (node.details ?? []).flatMap((detail) =>
			wrap(detail, textMax - 12, S.text).map((line, index) => (index === 0 ? `• ${line}` : line)),
		);
		const height = 2 * S.padding + (lines.length + details.length) * S.line - 4;
		nodes.push({
			id,
			depth: level,
			x,
			y,
			width: boxWidth,
			height,
			lines,
			details,
			above,
			below,
			...(node.href ? { href: node.href } : {}),
		});
		y += height + below.length * S.line + S.gap;
	}

	const laid = new Map(nodes.map((node) => [node.id, node]));
	const mid = (node: OutlineNode) => node.y + node.height / 2;
	const laidEdges: OutlineEdge[] = edges.map((edge) => {
		const a = laid.get(edge.from)!;
		const b = laid.get(edge.to)!;
		const adjacent = row.get(edge.to) === row.get(edge.from)! + 1;
		let points: [number, number][];
		if (b.depth > a.depth && b.y > a.y) {
			const railX = a.x + S.indent / 2;
			points = [
				[railX, a.y + a.height],
				[railX, mid(b)],
				[b.x, mid(b)],
			];
		} else if (b.depth === a.depth && adjacent) {
			const lineX = a.x + S.indent / 2;
			points = [
				[lineX, a.y + a.height],
				[lineX, b.y],
			];
		} else {
			const railX = Math.min(a.x, b.x) - S.rail / 2 - 2;
			points = [
				[a.x, mid(a)],
				[railX, mid(a)],
				[railX, mid(b)],
				[b.x, mid(b)],
			];
		}
		return { from: edge.from, to: edge.to, points };
	});
	return { width, height: y - S.gap + S.margin, nodes, edges: laidEdges };
}

const round = (value: number) => Number(value.toFixed(1));

const tspans = (lines: readonly string[], x: number, y: number) =>
	lines
		.map(
			(line, index) =>
				`<tspan x="${round(x)}" y="${round(y + index * OUTLINE_SIZES.line)}">${escapeXml(line)}</tspan>`,
		)
		.join(' ');

/**
 * The outline's SVG. Node links are site-relative under `base` and named by their text; the nodes in
 * `highlight` (the role a page is about) get the `current` class.
 */
export function outlineSvg(
	graph: DiagramGraph,
	{ width, base, highlight = [] }: { width: number; base: string; highlight?: readonly string[] },
): string {
	const S = OUTLINE_SIZES;
	const layout = layoutOutline(graph, width);
	const id = `outline-${createHash('sha256')
		.update(JSON.stringify([graph, width]))
		.digest('hex')
		.slice(0, 12)}`;
	const marker = `${id}-arrow`;
	const edges = layout.edges.map(
		(edge) =>
			`<path class="edge" d="M${edge.points.map(([x, y]) => `${round(x)} ${round(y)}`).join('L')}" marker-end="url(#${marker})"/>`,
	);
	const nodes = layout.nodes.map((node) => {
		const textX = node.x + S.padding;
		const labels = [
			node.above.length
				? `<text class="edge-label">${tspans(node.above, textX + 12, node.y - node.above.length * S.line + S.text)}</text>`
				: '',
			node.below.length
				? `<text class="edge-label">${tspans(node.below, textX, node.y + node.height + S.text + 3)}</text>`
				: '',
		].join('');
		const titleY = node.y + S.padding + S.title - 2;
		const details = node.details.length
			? `<text class="node-detail">${node.details
					.map(
						(line, index) =>
							`<tspan x="${round(line.startsWith('• ') ? textX : textX + 12)}" y="${round(titleY + (node.lines.length + index) * S.line)}">${escapeXml(line)}</tspan>`,
					)
					.join(' ')}</text>`
			: '';
		const classes = ['node', ...(highlight.includes(node.id) ? ['current'] : [])].join(' ');
		const box = `<g class="${classes}"><rect x="${round(node.x)}" y="${round(node.y)}" width="${round(node.width)}" height="${round(node.height)}" rx="6"/><text class="node-title">${tspans(node.lines, textX, titleY)}</text>${details}</g>`;
		return (
			(node.href ? `<a href="${escapeXml(withBase(node.href, base))}">${box}</a>` : box) + labels
		);
	});
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" class="diagram-outline" viewBox="0 0 ${width} ${round(layout.height)}" width="${width}" height="${round(layout.height)}" role="graphics-document document" aria-labelledby="${id}-title" aria-describedby="${id}-desc">`,
		`<title id="${id}-title">${escapeXml(graph.title)}</title><desc id="${id}-desc">${escapeXml(graph.description)}</desc>`,
		`<defs><marker id="${marker}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z"/></marker></defs>`,
		...edges,
		...nodes,
		'</svg>',
	].join('');
}
