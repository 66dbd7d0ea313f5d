/** The sidebar, the theme toggle and the search dialog on a 320 px wide phone. */
import assert from 'node:assert/strict';
import { beforeEach, afterEach, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { BASE, newContext, useSite, watch } from './harness.ts';

let context: BrowserContext;
let page: Page;
let problems: string[];

const site = useSite();
beforeEach(async () => {
	context = await newContext(site.browser, site.server.origin, { width: 320, height: 640 });
	page = await context.newPage();
	problems = watch(page, site.server.origin);
	await page.goto(`${site.server.origin}${BASE}skills/`);
});
afterEach(async () => {
	// Read the problems before closing: closing aborts whatever is still loading.
	const seen = [...problems];
	await context.close();
	assert.deepEqual(seen, []);
});

describe('on a 320 px phone', () => {
	it('fits the page without sideways scrolling', async () => {
		assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320);
	});

	it('opens the sidebar from the menu button and follows a link in it', async () => {
		const sidebar = page.locator('#starlight__sidebar');
		assert.equal(await sidebar.isVisible(), false);
		await page.getByRole('button', { name: 'Menu' }).click();
		assert.equal(await sidebar.isVisible(), true);
		await sidebar.getByRole('link', { name: 'All roles' }).click();
		await page.waitForURL(`**${BASE}roles/`);
		assert.equal(await page.locator('h1').textContent(), 'All roles');
	});

	it('switches to the dark theme from the menu and keeps it on the next page', async () => {
		await page.getByRole('button', { name: 'Menu' }).click();
		await page
			.locator('#starlight__sidebar')
			.getByRole('combobox', { name: 'Select theme' })
			.selectOption('dark');
		assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
		await page.goto(`${site.server.origin}${BASE}roles/`);
		assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
	});

	it('searches from the dialog and opens a result', async () => {
		await page.getByRole('button', { name: 'Search' }).click();
		const dialog = page.getByRole('dialog');
		await dialog.getByRole('textbox').first().fill('SQL');
		const result = dialog.locator('.pagefind-ui__result-link').first();
		await result.waitFor();
		await result.click();
		await page.waitForURL(/\/skills\/|\/career-path\/|\/growing-engineers\/|\/roles\//);
		assert.match(page.url(), new RegExp(`^${site.server.origin}${BASE}`));
	});
});
