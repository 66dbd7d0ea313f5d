import { describe, expect, it } from 'vitest';
import type { DiagramGraph } from '../../src/lib/diagrams/graph.ts';
import {
	diagramHtml,
	mermaidFit,
	rebaseSvg,
	spaceLines,
	stepsHtml,
} from '../../src/lib/diagrams/html.ts';
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

	it('shows the Mermaid drawing from the box width that keeps its labels at 12 px, the outline below', () => {
		const html = diagramHtml({ svg, graph, base: '/' });
		expect(html).toMatch(
			/^<div class="diagram" data-fit="540"><div class="diagram-canvas diagram-wide"><svg id="d"/,
		);
		expect(html).toContain(
			'<div class="diagram-canvas diagram-narrow"><svg xmlns="http://www.w3.org/2000/svg" class="diagram-outline" viewBox="0 0 320 ',
		);
		expect(html).toContain('<p class="diagram-description">From junior &lt;on&gt;.</p><ol');
	});

	it('draws only Mermaid when a phone shows it large enough, and only outlines when a page column would not', () => {
		const small = diagramHtml({ svg: svg.replace('640.5', '380'), graph, base: '/' });
		expect(small).toMatch(/^<div class="diagram"><div class="diagram-canvas"><svg id="d"/);
		expect(small).not.toContain('diagram-outline');
		const large = diagramHtml({ svg: svg.replace('640.5', '900'), graph, base: '/' });
		expect(large).not.toContain('<svg id="d"');
		expect(large).toContain(
			'<div class="diagram" data-fit="540"><div class="diagram-canvas diagram-wide"><svg xmlns="http://www.w3.org/2000/svg" class="diagram-outline" viewBox="0 0 600 ',
		);
		expect(diagramHtml({ graph, base: '/' })).toBe(large);
	});

	it('picks the first step at which the labels reach 12 px', () => {
		expect([300, 384, 385, 480, 481, 720, 800, 801].map(mermaidFit)).toEqual([
			'always',
			'always',
			360,
			360,
			420,
			540,
			600,
			'never',
		]);
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
