/**
 * The markup of a diagram on a page: the inline SVG, then its description and an ordered list of
 * the same steps and links, which screen readers can follow (they do not announce SVG edges) and
 * which every reader sees. Shared by the Astro component and the Markdown plugin.
 */
import strings from '../../content/i18n/en.json' with { type: 'json' };
import { withBase } from '../site/urls.ts';
import type { DiagramGraph, DiagramLink, DiagramNode } from './graph.ts';
import { outlineSvg } from './outline.ts';

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A label as text: Markdown escapes removed, line breaks folded. */
const plain = (label: string) =>
	label
		.replace(/\\([*_`\\])/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();

const link = (base: string, { label, href }: DiagramLink) =>
	`<a href="${escapeHtml(withBase(href, base))}">${escapeHtml(plain(label))}</a>`;

const nodeHtml = (base: string, node: DiagramNode) =>
	node.href ? link(base, { label: node.label, href: node.href }) : escapeHtml(plain(node.label));

/** Root-relative links inside the SVG, moved under the site's base path. */
export function rebaseSvg(svg: string, base: string): string {
	if (base === '/' || base === '') return svg;
	return svg.replace(/<a href="\/(?!\/)/g, `<a href="${withBase('/', base)}`);
}

/**
 * A space between the lines of every label. Mermaid draws each line as its own `<tspan>`; without
 * a space between them a link is named "Mid-LevelBackendEngineer" by screen readers. Each line is
 * positioned on its own, so the space changes nothing on screen.
 */
export function spaceLines(svg: string): string {
	return svg.replace(/<\/tspan><tspan class="text-outer-tspan/g, '</tspan> <tspan class="text-outer-tspan');
}

/**
 * The ordered list of steps: each node (linked when it links), its details, and where it leads.
 * Moves with a label or skills get an item each; bare moves are listed on one line.
 */
export function stepsHtml(graph: DiagramGraph, base: string): string {
	const byId = new Map(graph.nodes.map((node) => [node.id, node]));
	const targets = new Set(graph.edges.map((edge) => edge.to));
	const sources = new Set(graph.edges.map((edge) => edge.from));
	// A node that only ends moves is already listed, linked, under the nodes that lead to it.
	const listed = graph.nodes.filter(
		(node) => sources.has(node.id) || !targets.has(node.id) || node.details?.length,
	);
	const next = escapeHtml(strings['handbook.diagram.next']);
	const focus = escapeHtml(strings['handbook.column.focus']);
	const items = listed.map((node) => {
		const details = node.details?.length
			? `<ul>${node.details.map((detail) => `<li>${escapeHtml(plain(detail))}</li>`).join('')}</ul>`
			: '';
		const moves = graph.edges.filter((edge) => edge.from === node.id);
		const target = (id: string) => {
			const found = byId.get(id);
			return found ? nodeHtml(base, found) : escapeHtml(id);
		};
		let after = '';
		if (moves.some((edge) => edge.label || edge.skills?.length)) {
			const described = moves.map((edge) => {
				const what = edge.skills?.length
					? `. ${focus}: ${edge.skills.map((skill) => link(base, skill)).join(', ')}`
					: edge.label
						? `: ${escapeHtml(plain(edge.label))}`
						: '';
				return `<li>${next}: ${target(edge.to)}${what}</li>`;
			});
			after = `<ul>${described.join('')}</ul>`;
		} else if (moves.length) {
			after = `<p>${next}: ${moves.map((edge) => target(edge.to)).join(', ')}</p>`;
		}
		return `<li>${nodeHtml(base, node)}${details}${after}</li>`;
	});
	return `<ol class="diagram-steps">${items.join('')}</ol>`;
}

/** Mermaid's label size, and the smallest size a label may render at once its drawing is scaled. */
const MERMAID_FONT = 16;
const SMALLEST_LABEL = 12;

/** Box widths (px) from which a drawing may be shown; `diagrams.css` has a container query for each. */
export const FIT_STEPS = [360, 420, 480, 540, 600] as const;

/** The narrowest box a phone gives a diagram: 320 px less the page's padding. */
const NARROWEST_BOX = 288;

/** Widths of the outline drawings, and the box from which the wide one is shown (labels ≥ 12.6 px). */
export const OUTLINE_WIDTHS = { wide: 600, narrow: 320, wideFrom: 540 } as const;

/**
 * From which box width a Mermaid drawing `width` px wide keeps its labels at 12 px or more:
 * `always` when even a phone's box does, `never` when only a wide desktop column would be (the
 * outline reads better there than a drawing shown in some columns and not in others).
 */
export function mermaidFit(width: number): (typeof FIT_STEPS)[number] | 'always' | 'never' {
	const needed = (width * SMALLEST_LABEL) / MERMAID_FONT;
	if (needed <= NARROWEST_BOX) return 'always';
	return FIT_STEPS.find((step) => step >= needed) ?? 'never';
}

/**
 * The whole block: the drawings, visible description, and the steps. A Mermaid drawing is shown
 * where its box is wide enough for its labels; below that, and where no Mermaid drawing is given,
 * the graph is drawn as an outline (`outline.ts`), which only grows downwards.
 */
export function diagramHtml({
	svg,
	graph,
	base,
	highlight = [],
}: {
	/** Mermaid's drawing, if the diagram has one. */
	svg?: string;
	graph: DiagramGraph;
	base: string;
	/** Node ids the outline draws as the page's own role. */
	highlight?: readonly string[];
}): string {
	const outline = (width: number) => outlineSvg(graph, { width, base, highlight });
	// Mermaid sets the drawing's natural width as its max-width.
	const width = svg ? Number(/max-width:\s*([\d.]+)px/.exec(svg)?.[1] ?? 0) : 0;
	const fit = svg ? mermaidFit(width) : 'never';
	const wide =
		svg && fit !== 'never' ? spaceLines(rebaseSvg(svg, base)) : outline(OUTLINE_WIDTHS.wide);
	const from = fit === 'never' ? OUTLINE_WIDTHS.wideFrom : fit;
	const canvases =
		from === 'always'
			? [`<div class="diagram-canvas">${wide}</div>`]
			: [
					`<div class="diagram-canvas diagram-wide">${wide}</div>`,
					`<div class="diagram-canvas diagram-narrow">${outline(OUTLINE_WIDTHS.narrow)}</div>`,
				];
	return [
		`<div class="diagram"${from === 'always' ? '' : ` data-fit="${from}"`}>`,
		...canvases,
		`<p class="diagram-description">${escapeHtml(graph.description)}</p>`,
		stepsHtml(graph, base),
		'</div>',
	].join('');
}

/**
 * The career map: one drawing per layout (CSS shows the one that fits its box), the legend, the
 * description, and every move as a list.
 */
export function laneMapHtml({
	svgs,
	graph,
	legend,
	base,
}: {
	svgs: readonly string[];
	graph: DiagramGraph;
	legend: string;
	base: string;
}): string {
	return [
		'<div class="diagram career-map">',
		`<p class="career-map-legend">${escapeHtml(legend)}</p>`,
		`<div class="career-map-canvas">${svgs.join('')}</div>`,
		`<p class="diagram-description">${escapeHtml(graph.description)}</p>`,
		stepsHtml(graph, base),
		'</div>',
	].join('');
}
