/** The real renderer: Mermaid in Debian's (or any found) Chromium. Skipped only where there is no browser. */
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../src/lib/diagrams/chromium.ts';
import { RenderError, renderDiagrams } from '../../src/lib/diagrams/render.ts';

const root = new URL('../../', import.meta.url).pathname;
const chromium = findChromium();

describe.skipIf(!chromium)('renderDiagrams', () => {
	const source = [
		'flowchart LR',
		'  accTitle: Moves',
		'  accDescr: Junior to senior.',
		'  junior["Junior #quot;J#quot;"] -->|SQL| senior["Senior"]',
		'  click junior href "/roles/junior/"',
		'  click senior href "javascript:alert(1)"',
	].join('\n');

	it('renders an accessible SVG with its own ids, safe links and the Inter font', async () => {
		const [diagram] = await renderDiagrams(root, chromium as string, [
			{ id: 'diagram-abc', source },
		]);
		const svg = diagram?.svg ?? '';
		expect(svg).toMatch(/^<svg id="diagram-abc"/);
		expect(svg).toContain('aria-roledescription="flowchart"');
		expect(svg).toContain('<title id="chart-title-diagram-abc">Moves</title>');
		expect(svg).toContain('<desc id="chart-desc-diagram-abc">Junior to senior.</desc>');
		expect(svg).toContain('<a href="/roles/junior/"');
		expect(svg).toContain('>&quot;J&quot;</tspan>');
		expect(svg).not.toContain('javascript:');
		expect(svg).toContain('font-family:Inter,sans-serif');
		expect(svg).toContain('var(--sl-color-gray-6, #eceef2)');
		expect(diagram?.graph).toEqual({
			title: 'Moves',
			description: 'Junior to senior.',
			nodes: [
				{ id: 'junior', label: 'Junior "J"', href: '/roles/junior/' },
				{ id: 'senior', label: 'Senior' },
			],
			edges: [{ from: 'junior', to: 'senior', label: 'SQL' }],
		});
	});

	it('reports the diagram Mermaid cannot parse', async () => {
		const failure = renderDiagrams(root, chromium as string, [
			{ id: 'diagram-ok', source },
			{ id: 'diagram-bad', source: 'flowchart LR\n  a -->' },
		]);
		await expect(failure).rejects.toBeInstanceOf(RenderError);
		await expect(failure).rejects.toMatchObject({ request: { id: 'diagram-bad' } });
	});
});
