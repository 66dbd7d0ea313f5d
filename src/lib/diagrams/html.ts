/**
 * The markup of a diagram on a page: the inline SVG, then its description and an ordered list of
 * the same steps and links, which screen readers can follow (they do not announce SVG edges) and
 * which every reader sees. Shared by the Astro component and the Markdown plugin.
 */
import strings from '../../content/i18n/en.json' with { type: 'json' };
import { withBase } from '../urls.ts';
import type { DiagramGraph, DiagramLink, DiagramNode } from './graph.ts';

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Mermaid keeps the backticks of Markdown-string labels and their escapes; show plain text. */
const plain = (label: string) =>
	label
		.replace(/^`|`$/g, '')
		.replace(/\\([*_`\\])/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();

const link = (base: string, { label, href }: DiagramLink) =>
	`<a href="${escapeHtml(withBase(base, href))}">${escapeHtml(plain(label))}</a>`;

const nodeHtml = (base: string, node: DiagramNode) =>
	node.href ? link(base, { label: node.label, href: node.href }) : escapeHtml(plain(node.label));

/** Root-relative links inside the SVG, moved under the site's base path. */
export function rebaseSvg(svg: string, base: string): string {
	if (base === '/' || base === '') return svg;
	return svg.replace(/((?:xlink:)?href=")\/(?!\/)/g, (_, attribute: string) => `${attribute}${withBase(base, '/')}`);
}

/** The ordered list of steps: each node with its details, then the moves out of it. */
export function stepsHtml(graph: DiagramGraph, base: string): string {
	const byId = new Map(graph.nodes.map((node) => [node.id, node]));
	const targets = new Set(graph.edges.map((edge) => edge.to));
	const sources = new Set(graph.edges.map((edge) => edge.from));
	// A node that only ends moves is already listed, linked, under the nodes that lead to it.
	const listed = graph.nodes.filter((node) => sources.has(node.id) || !targets.has(node.id));
	const items = listed.map((node) => {
		const details = node.details?.length
			? `<ul>${node.details.map((detail) => `<li>${escapeHtml(plain(detail))}</li>`).join('')}</ul>`
			: '';
		const moves = graph.edges
			.filter((edge) => edge.from === node.id)
			.map((edge) => {
				const target = byId.get(edge.to);
				const label = edge.links?.length
					? edge.links.map((item) => link(base, item)).join(', ')
					: edge.label
						? escapeHtml(plain(edge.label))
						: '';
				return `<li>${target ? nodeHtml(base, target) : escapeHtml(edge.to)}${label ? `: ${label}` : ''}</li>`;
			});
		const next = moves.length ? ` ${escapeHtml(strings['handbook.diagram.leadsTo'])}<ul>${moves.join('')}</ul>` : '';
		return `<li>${nodeHtml(base, node)}${details}${next}</li>`;
	});
	return `<ol class="diagram-steps">${items.join('')}</ol>`;
}

/** The whole block: SVG, visible description, and the steps. */
export function diagramHtml({ svg, graph, base }: { svg: string; graph: DiagramGraph; base: string }): string {
	// Mermaid sets the drawing's natural width as its max-width; the page CSS keeps wide ones legible.
	const width = /max-width:\s*([\d.]+px)/.exec(svg)?.[1];
	const style = width ? ` style="--diagram-width: ${width}"` : '';
	// A box that may scroll must be reachable by keyboard; node links make it so, otherwise it takes focus.
	const focusable = graph.nodes.some((node) => node.href)
		? ''
		: ` tabindex="0" role="group" aria-label="${escapeHtml(graph.title)}"`;
	return [
		'<div class="diagram">',
		`<div class="diagram-canvas"${style}${focusable}>${rebaseSvg(svg, base)}</div>`,
		`<p class="diagram-description">${escapeHtml(graph.description)}</p>`,
		stepsHtml(graph, base),
		'</div>',
	].join('');
}
