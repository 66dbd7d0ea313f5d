/**
 * The home page says what a reader can do here: read, find a skill or plan a move, with a line for
 * each tool; on a phone the home and 404 pages have the menu and the theme switch other pages
 * have, and the header's site title is not cut off.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { SITE_TITLE } from '../../src/lib/site/identity.ts';
import strings from '../../src/content/i18n/en.json' with { type: 'json' };
import { axeViolations, BASE, newContext, useSite, watch, type Theme } from './harness.ts';

const site = useSite();
let contexts: BrowserContext[] = [];
let watched: string[][] = [];

afterEach(async () => {
	// Read the problems before closing: closing aborts whatever is still loading.
	const problems = watched.flat();
	await Promise.all(contexts.map((context) => context.close()));
	contexts = [];
	watched = [];
	assert.deepEqual(problems, []);
});

async function open(
	path: string,
	options: { theme?: Theme; width?: number; height?: number } = {},
): Promise<Page> {
	const context = await newContext(site.browser, site.server.origin, options);
	contexts.push(context);
	const page = await context.newPage();
	watched.push(watch(page, site.server.origin));
	await page.goto(`${site.server.origin}${BASE}${path}`);
	return page;
}

/** Every way in the home page offers: its section, the link's name and address, and a word of its line. */
const WAYS_IN = [
	['Read', 'The career path', 'career-path/why-backend/', 'leadership'],
	['Read', 'Getting hired and promoted', 'getting-hired/interviewing/', 'interviews'],
	['Read', 'Growing engineers', 'growing-engineers/core-competencies/', 'mentors'],
	['Read', 'The levels compared', 'levels-compared/', 'intern to principal'],
	['Find a skill', strings['handbook.finder.title'], 'skill-finder/', 'by category'],
	['Find a skill', strings['handbook.skills.all'], 'skills/', 'four levels'],
	['Plan a move', strings['handbook.careerMap'], 'career-map/', 'moves between them'],
	['Plan a move', strings['handbook.tools.planner.title'], 'tools/planner/', 'route'],
	['Plan a move', strings['handbook.tools.assessment.title'], 'tools/self-assessment/', 'gaps'],
	['Plan a move', strings['handbook.tools.coach.title'], 'tools/coach/', 'adaptive'],
] as const;

describe('the home page', () => {
	it('links each part and tool with its line, in its section, on the first desktop screen', async () => {
		const page = await open('', { width: 1280, height: 800 });
		for (const [section, name, path, line] of WAYS_IN) {
			const heading = page.getByRole('heading', { level: 2, name: section, exact: true });
			const item = page
				.locator('section', { has: heading })
				.getByRole('listitem')
				.filter({ has: page.getByRole('link', { name, exact: true }) });
			assert.equal(await item.count(), 1, `${section}: ${name}`);
			assert.equal(
				await item.getByRole('link', { name, exact: true }).getAttribute('href'),
				`${BASE}${path}`,
			);
			assert.match((await item.textContent()) ?? '', new RegExp(`: .*${line}`), name);
			const box = await item.boundingBox();
			assert.ok(box && box.y + box.height <= 800, `${name} is below the first screen`);
		}
		const search = page.getByRole('listitem').filter({ hasText: /^Search\b/ });
		assert.match((await search.textContent()) ?? '', /skill, role or chapter/);
	});

	it('keeps the career map with its island', async () => {
		const page = await open('');
		assert.equal((await page.locator('#role-map svg').count()) > 0, true);
		assert.equal((await page.locator('astro-island').count()) > 0, true);
	});

	for (const theme of ['light', 'dark'] as const) {
		it(`has no accessibility violations in the ${theme} theme`, async () => {
			const page = await open('', { theme });
			assert.deepEqual(await axeViolations(page), []);
		});
	}
});

for (const [label, path] of [
	['home', ''],
	// Opened by its file name: a missing address serves the same page with status 404.
	['404', '404.html'],
] as const) {
	describe(`the ${label} page on a phone`, () => {
		it('has the menu, with the theme switch and the sidebar', async () => {
			const page = await open(path, { width: 360, height: 740 });
			await page.getByRole('button', { name: 'Menu' }).click();
			const sidebar = page.locator('#starlight__sidebar');
			assert.equal(await sidebar.isVisible(), true);
			assert.equal(await sidebar.getByRole('link', { name: 'All roles' }).isVisible(), true);
			await sidebar.getByRole('combobox', { name: 'Select theme' }).selectOption('dark');
			assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
		});

		for (const width of [360, 320]) {
			it(`shows the whole site title at ${width} px, named in full`, async () => {
				const page = await open(path, { width, height: 740 });
				const title = page.getByRole('banner').getByRole('link', { name: SITE_TITLE, exact: true });
				assert.equal(await title.count(), 1);
				const clipped = await title.evaluate(
					(link) =>
						[link, ...link.querySelectorAll('*'), link.parentElement!].filter(
							(element) =>
								element.scrollWidth > element.clientWidth ||
								element.scrollHeight > element.clientHeight,
						).length,
				);
				assert.equal(clipped, 0);
				assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= width);
			});
		}
	});
}
