/**
 * The markup of a diagram on a page: the inline SVG, then its description and an ordered list of
 * the same steps and links, which screen readers can follow (they do not announce SVG edges) and
 * which every reader sees. Shared by the Astro component and the Markdown plugin.
 */
import strings from '../../content/i18n/en.json' with { type: 'json' };
import { withBase } from '../site/urls.ts';
import type { DiagramGraph, DiagramLink, DiagramNode } from './graph.ts';

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

/** The whole block: SVG, visible description, and the steps. */
export function diagramHtml({
	svg,
	graph,
	base,
}: {
	svg: string;
	graph: DiagramGraph;
	base: string;
}): string {
	// Mermaid sets the drawing's natural width as its max-width; the page CSS keeps wide ones legible.
	const width = /max-width:\s*([\d.]+px)/.exec(svg)?.[1];
	const style = width ? ` style="--diagram-width: ${width}"` : '';
	// A box that may scroll must be reachable by keyboard; node links make it so, otherwise it takes focus.
	const focusable = graph.nodes.some((node) => node.href)
		? ''
		: ` tabindex="0" role="group" aria-label="${escapeHtml(graph.title)}"`;
	return [
		'<div class="diagram">',
		`<div class="diagram-canvas"${style}${focusable}>${spaceLines(rebaseSvg(svg, base))}</div>`,
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
