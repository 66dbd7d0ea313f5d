import { describe, expect, it } from 'vitest';
import type { DiagramGraph } from '../../src/lib/diagrams/graph.ts';
import { diagramHtml, rebaseSvg, spaceLines, stepsHtml } from '../../src/lib/diagrams/html.ts';
import { tidySvg } from '../../src/lib/diagrams/render.ts';

const graph: DiagramGraph = {
	title: 'Moves',
	description: 'From junior <on>.',
	nodes: [
		{ id: 'junior', label: 'Junior', href: '/roles/junior/' },
		{ id: 'step', label: 'Signs', details: ['Owns a `feature`', 'Reviews \\*code\\*'] },
		{ id: 'senior', label: 'Senior', href: '/roles/senior/' },
		{ id: 'lead', label: 'Lead & co', href: '/roles/lead/' },
	],
	edges: [
		{ from: 'junior', to: 'step', label: 'SQL', skills: [{ label: 'SQL', href: '/skills/sql/' }] },
		{ from: 'step', to: 'senior' },
		{ from: 'step', to: 'lead', label: 'if you <like> people' },
		{ from: 'senior', to: 'lead' },
	],
};

describe('stepsHtml', () => {
	it('lists each node with its details and moves, linking nodes and skills under the base path', () => {
		expect(stepsHtml(graph, '/handbook/')).toBe(
			'<ol class="diagram-steps">' +
				'<li><a href="/handbook/roles/junior/">Junior</a><ul><li>Next: Signs. Skills to grow: <a href="/handbook/skills/sql/">SQL</a></li></ul></li>' +
				'<li>Signs<ul><li>Owns a `feature`</li><li>Reviews *code*</li></ul><ul><li>Next: <a href="/handbook/roles/senior/">Senior</a></li><li>Next: <a href="/handbook/roles/lead/">Lead &amp; co</a>: if you &lt;like&gt; people</li></ul></li>' +
				'<li><a href="/handbook/roles/senior/">Senior</a><p>Next: <a href="/handbook/roles/lead/">Lead &amp; co</a></p></li>' +
				'</ol>',
		);
	});
});

describe('diagramHtml', () => {
	const svg = '<svg id="d" style="max-width: 640.5px;"><a href="/roles/junior/"></a></svg>';

	it('wraps the SVG with its natural width, then the description and the steps', () => {
		const html = diagramHtml({ svg, graph, base: '/' });
		expect(html).toMatch(
			/^<div class="diagram"><div class="diagram-canvas" style="--diagram-width: 640.5px"><svg id="d"/,
		);
		expect(html).toContain('<p class="diagram-description">From junior &lt;on&gt;.</p><ol');
	});

	it('makes the box focusable, named by the title, only when no node links into it', () => {
		const unlinked = { ...graph, nodes: graph.nodes.map(({ href: _, ...node }) => node) };
		expect(diagramHtml({ svg, graph: unlinked, base: '/' })).toContain(
			'<div class="diagram-canvas" style="--diagram-width: 640.5px" tabindex="0" role="group" aria-label="Moves">',
		);
		expect(diagramHtml({ svg, graph, base: '/' })).not.toContain('tabindex');
	});

	it('moves the links inside the SVG under the base path', () => {
		expect(rebaseSvg(svg, '/handbook/')).toContain('<a href="/handbook/roles/junior/"');
		expect(rebaseSvg(svg, '/')).toBe(svg);
	});
});

describe('spaceLines', () => {
	it('puts a space between the lines of a label, so its link is named with spaces', () => {
		const row = (word: string) =>
			`<tspan class="text-outer-tspan row" x="0"><tspan class="text-inner-tspan">${word}</tspan></tspan>`;
		expect(
			spaceLines(
				`<a href="/roles/mid-level/"><text>${row('Mid-Level')}${row('Backend')}</text></a>`,
			),
		).toBe(`<a href="/roles/mid-level/"><text>${row('Mid-Level')} ${row('Backend')}</text></a>`);
	});
});

describe('tidySvg', () => {
	it('drops unused markers and animation data, uses plain href and names the diagram a flowchart', () => {
		const raw =
			'<svg aria-roledescription="flowchart-v2"><marker id="m-used"><path/></marker><marker id="m-unused"><path/></marker>' +
			'<path data-points="W3siI" marker-end="url(#m-used)"></path><a xlink:href="/roles/x/"></a></svg>';
		expect(tidySvg(raw)).toBe(
			'<svg aria-roledescription="flowchart"><marker id="m-used"><path/></marker><path marker-end="url(#m-used)"></path><a href="/roles/x/"></a></svg>',
		);
	});

	it('escapes entity codes in labels once, so they show as characters', () => {
		expect(
			tidySvg('<tspan>&amp;quot;hi&amp;quot; &amp;#9829; &amp;#x2192; &amp; &lt;b&gt;</tspan>'),
		).toBe('<tspan>&quot;hi&quot; &#9829; &#x2192; &amp; &lt;b&gt;</tspan>');
	});
});
