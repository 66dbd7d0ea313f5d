/**
 * Build-time diagrams in Chromium: no Mermaid script reaches the page, every diagram is named and
 * keyboard-reachable, its colours follow the theme toggle, and no label overflows its box.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BASE, builtPages, DIST, newContext, useSite, watch, type Theme } from './harness.ts';

const site = useSite();

const html = (path: string) => {
	const file = path.slice(BASE.length);
	return readFileSync(join(DIST, file.endsWith('.html') ? file : join(file, 'index.html')), 'utf8');
};
/** Every built page that shows a diagram. */
const diagramPages = builtPages().filter((path) => /class="diagram[ "]/.test(html(path)));
/** The drawings a reader sees: Mermaid's, and the career map's variant that fits its box. */
const SHOWN = '.diagram-canvas > svg, .career-map-canvas > svg';
const CAREER_MAP = `${BASE}career-map/`;

async function open(path: string, options: { theme?: Theme; width?: number } = {}) {
	const context = await newContext(site.browser, site.server.origin, options);
	const page = await context.newPage();
	const problems = watch(page, site.server.origin);
	await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
	await page.evaluate(() => document.fonts.ready);
	return { page, problems, close: () => context.close() };
}

describe('build-time diagrams', () => {
	it('are on the career map, the home page, a chapter, a contributor page and every role page', () => {
		for (const path of [
			CAREER_MAP,
			BASE,
			`${BASE}career-path/mid-career/`,
			`${BASE}career-path/alternative-paths/`,
			`${BASE}contributing/diagrams/`,
		])
			assert.ok(diagramPages.includes(path), path);
		const rolePages = builtPages().filter((path) => /\/roles\/[^/]+\/$/.test(path));
		assert.deepEqual(
			rolePages.filter((path) => !diagramPages.includes(path)),
			[],
		);
	});

	it('load no Mermaid script: a page of diagrams runs the same scripts as a page without any', async () => {
		const scripts = async (path: string) => {
			const { page, problems, close } = await open(path);
			const urls: string[] = [];
			const bodies: string[] = [];
			for (const entry of await page.evaluate(() =>
				performance.getEntriesByType('resource').map((resource) => resource.name),
			)) {
				if (!/\.m?js(\?|$)/.test(entry)) continue;
				urls.push(new URL(entry).pathname);
				bodies.push(await (await page.request.get(entry)).text());
			}
			const inline = await page
				.locator('script:not([src])')
				.evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
			await close();
			assert.deepEqual(problems, []);
			return { urls: urls.sort(), code: [...bodies, ...inline].join('\n') };
		};
		// The career map page also runs the map panel's island; the contributor page has diagrams only.
		const map = await scripts(CAREER_MAP);
		const diagrams = await scripts(`${BASE}contributing/diagrams/`);
		// The contributor guide's front page: code blocks like the diagrams page, and no diagram.
		const bare = await scripts(`${BASE}contributing/`);
		assert.doesNotMatch(map.code, /mermaid/i);
		assert.doesNotMatch(diagrams.code, /mermaid/i);
		assert.deepEqual(diagrams.urls, bare.urls);
	});

	it('download the label font only on pages that show a diagram, from the site itself', async () => {
		const fonts = async (path: string) => {
			const { page, problems, close } = await open(path);
			const names = await page.evaluate(() =>
				performance
					.getEntriesByType('resource')
					.map((resource) => new URL(resource.name).pathname)
					.filter((name) => /inter-.*\.woff2$/.test(name)),
			);
			await close();
			assert.deepEqual(problems, []);
			return names;
		};
		assert.deepEqual(await fonts(`${BASE}sources/`), []);
		assert.ok((await fonts(CAREER_MAP)).some((name) => name.includes('inter-latin-400-normal')));
	});

	for (const path of diagramPages) {
		it(`names every diagram and keeps its node links in the accessibility tree: ${path}`, async () => {
			const { page, problems, close } = await open(path);
			const titles = await page
				.locator(SHOWN)
				.evaluateAll((svgs) =>
					svgs
						.filter((svg) => svg.checkVisibility())
						.map((svg) => svg.querySelector(':scope > title')?.textContent),
				);
			// role="img" would hide the node links from assistive technology.
			const hidden = await page
				.locator(SHOWN)
				.evaluateAll(
					(svgs) =>
						svgs.filter((svg) => svg.closest('[role="img"]') || svg.getAttribute('role') === 'img')
							.length,
				);
			const linkCount = await page.locator(SHOWN).evaluateAll(
				(svgs) =>
					svgs
						.filter((svg) => svg.checkVisibility())
						.flatMap((svg) => [...svg.querySelectorAll('a')])
						.filter((link) => (link as unknown as SVGAElement).href.baseVal).length,
			);
			const cdp = await page.context().newCDPSession(page);
			const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
				nodes: {
					role?: { value: string };
					name?: { value: string };
					nodeId: string;
					parentId?: string;
				}[];
			};
			const documents = nodes.filter((node) => node.role?.value === 'graphics-document');
			const inDocument = (node: (typeof nodes)[number]) => {
				const byId = new Map(nodes.map((candidate) => [candidate.nodeId, candidate]));
				for (
					let parent = byId.get(node.parentId ?? '');
					parent;
					parent = byId.get(parent.parentId ?? '')
				)
					if (parent.role?.value === 'graphics-document') return true;
				return false;
			};
			const links = nodes.filter((node) => node.role?.value === 'link' && inDocument(node));
			await close();
			assert.ok(titles.length > 0);
			assert.ok(titles.every((title) => title && title.trim().length > 0));
			assert.deepEqual(
				documents.map((node) => node.name?.value),
				titles,
			);
			assert.equal(links.length, linkCount);
			assert.equal(hidden, 0);
			assert.deepEqual(problems, []);
		});
	}

	it('reaches the node links with Tab, shows a focus ring, and opens the role panel with Enter', async () => {
		const { page, problems, close } = await open(CAREER_MAP);
		let focused = '';
		for (let presses = 0; presses < 150 && !focused; presses++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(() => {
				const active = document.activeElement;
				return active?.closest('.career-map-canvas svg')
					? (active as SVGAElement).href.baseVal
					: '';
			});
		}
		assert.equal(focused, `${BASE}roles/intern/`);
		const ring = await page.evaluate(() => {
			const link = document.activeElement as SVGAElement;
			const shape = link.querySelector('rect') as SVGRectElement;
			return {
				outline: getComputedStyle(link).outlineStyle,
				stroke: getComputedStyle(shape).strokeWidth,
			};
		});
		assert.deepEqual(ring, { outline: 'solid', stroke: '4px' });
		await page.keyboard.press('Tab');
		assert.equal(
			await page.evaluate(() => (document.activeElement as SVGAElement).href.baseVal),
			`${BASE}roles/graduate/`,
		);
		await page.keyboard.press('Shift+Tab');
		// Enter selects the role: the map panel opens (map-panel.test.ts), its link leads to the page.
		await page.keyboard.press('Enter');
		await page.waitForFunction(() =>
			document.querySelector('dialog.map-panel')?.matches(':popover-open'),
		);
		await page.getByRole('link', { name: 'Read the Backend Intern page' }).click();
		await page.waitForURL(`**${BASE}roles/intern/`);
		assert.equal(await page.locator('h1').textContent(), 'Backend Intern');
		await close();
		assert.deepEqual(problems, []);
	});

	it('follows the theme toggle with no script of its own: colours come from Starlight', async () => {
		// The contributor guide's examples are small enough to be drawn by Mermaid at any width.
		const { page, problems, close } = await open(`${BASE}contributing/diagrams/`, {
			theme: 'light',
		});
		const colours = () =>
			page.evaluate(() => {
				const svg = document.querySelector(
					'.diagram-canvas svg[aria-roledescription="flowchart"]',
				) as SVGSVGElement;
				const resolve = (value: string) => {
					const probe = document.createElement('span');
					probe.style.color = value;
					document.body.append(probe);
					const colour = getComputedStyle(probe).color;
					probe.remove();
					return colour;
				};
				const style = (selector: string) =>
					getComputedStyle(svg.querySelector(selector) as Element);
				return {
					node: style('.node rect').fill,
					label: style('.node text').fill,
					edge: style('.flowchart-link').stroke,
					expected: {
						node: resolve('var(--sl-color-gray-6)'),
						label: resolve('var(--sl-color-white)'),
						edge: resolve('var(--sl-color-gray-3)'),
					},
				};
			});
		const light = await colours();
		await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('dark');
		assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
		const dark = await colours();
		await close();
		for (const [theme, values] of [
			['light', light],
			['dark', dark],
		] as const)
			assert.deepEqual(
				{ node: values.node, label: values.label, edge: values.edge },
				values.expected,
				theme,
			);
		assert.notEqual(light.node, dark.node);
		assert.notEqual(light.label, dark.label);
		assert.notEqual(light.edge, dark.edge);
		assert.deepEqual(problems, []);
	});

	// Sizes and clipping do not depend on the base path: measured in the run at the root only.
	for (const width of BASE === '/' ? [320, 1280] : []) {
		for (const path of diagramPages) {
			it(`fits every label inside its box, unclipped and at 12 px or more, at ${width} px: ${path}`, async () => {
				const { page, problems, close } = await open(path, { width });
				const result = await page.evaluate(() => {
					const inside = (inner: DOMRect, outer: DOMRect) =>
						inner.left >= outer.left - 0.5 &&
						inner.right <= outer.right + 0.5 &&
						inner.top >= outer.top - 0.5 &&
						inner.bottom <= outer.bottom + 0.5;
					const overflowing: string[] = [];
					let checked = 0;
					for (const [group, box] of [
						['.diagram-canvas svg .node', '.label-container'],
						['.diagram-canvas svg .edgeLabel', 'rect.background'],
						['.career-map-canvas svg .node', 'rect'],
						['.diagram-canvas svg.diagram-outline .node', 'rect'],
					] as const) {
						for (const element of document.querySelectorAll(group)) {
							if (!(element.closest('svg') as SVGSVGElement).checkVisibility()) continue;
							const text = element.querySelector('text');
							const shape = element.querySelector(box);
							if (!text || !shape || !text.textContent?.trim()) continue;
							checked++;
							if (!inside(text.getBoundingClientRect(), shape.getBoundingClientRect()))
								overflowing.push(text.textContent);
						}
					}
					// Every drawing shown: no label below 12 px once it is scaled, and nothing clipped.
					const small: string[] = [];
					const shown = [
						...document.querySelectorAll<SVGSVGElement>(
							'.career-map-canvas > svg, .diagram-canvas > svg',
						),
					].filter((svg) => svg.checkVisibility());
					for (const svg of shown) {
						const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
						for (const text of svg.querySelectorAll('text')) {
							const size = parseFloat(getComputedStyle(text).fontSize) * scale;
							if (size < 12) small.push(`${text.textContent} ${size.toFixed(1)} px`);
						}
					}
					const clipped = shown
						.map((svg) => svg.parentElement as HTMLElement)
						.filter((canvas) => canvas.scrollWidth > canvas.clientWidth)
						.map((canvas) => `${canvas.className}: ${canvas.scrollWidth} > ${canvas.clientWidth}`);
					return {
						small,
						clipped,
						overflowing,
						checked,
						inter:
							document.fonts.check('16px Inter') &&
							[...document.fonts].some(
								(face) => face.family === 'Inter' && face.status === 'loaded',
							),
						pageWidth: document.documentElement.scrollWidth,
					};
				});
				await close();
				assert.ok(result.checked > 0, 'labels checked');
				assert.deepEqual(result.overflowing, []);
				assert.deepEqual(result.small, []);
				assert.deepEqual(result.clipped, []);
				assert.equal(result.inter, true, 'labels are drawn in the self-hosted Inter');
				assert.ok(result.pageWidth <= width, `page is ${result.pageWidth} px wide`);
				assert.deepEqual(problems, []);
			});
		}
	}
});
