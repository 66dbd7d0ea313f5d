/**
 * The rating control on every skill page: a rating saved while reading is the self-assessment's
 * rating (one store), it survives a reload, and without JavaScript the page says what to do instead.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { PROGRESS_KEY } from '../../src/lib/progress/schema.ts';
import { axeViolations, BASE, newContext, useSite, watch } from './harness.ts';

const site = useSite();
let contexts: BrowserContext[] = [];
let watched: string[][] = [];

afterEach(async () => {
	await Promise.all(contexts.map((context) => context.close()));
	const problems = watched.flat();
	contexts = [];
	watched = [];
	assert.deepEqual(problems, []);
});

async function context(javaScript = true): Promise<BrowserContext> {
	const created = javaScript
		? await newContext(site.browser, site.server.origin, { width: 360 })
		: await site.browser.newContext({ javaScriptEnabled: false });
	contexts.push(created);
	return created;
}

async function open(browser: BrowserContext, path: string): Promise<Page> {
	const page = await browser.newPage();
	watched.push(watch(page, site.server.origin));
	await page.goto(`${site.server.origin}${BASE}${path}`, { waitUntil: 'networkidle' });
	return page;
}

const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

/** Scrolls the island into view, which hydrates it (`client:visible`), and returns its group. */
async function reveal(page: Page, selector: string, name: string) {
	await page.locator(selector).first().scrollIntoViewIfNeeded();
	const found = group(page, name);
	await found.waitFor();
	return found;
}

describe('rating a skill on its page', () => {
	it('saves the rating in the one store, keeps it after a reload, and the self-assessment shows it', async () => {
		const browser = await context();
		const page = await open(browser, 'skills/sql/');
		const rating = await reveal(page, '.skill-rating', 'Your level in SQL');
		await rating.getByRole('radio', { name: /^3 Proficient/ }).check();
		await page.getByRole('status').filter({ hasText: 'Saved: 3 Proficient.' }).waitFor();
		const stored = await page.evaluate(
			(key) => JSON.parse(localStorage.getItem(key)!),
			PROGRESS_KEY,
		);
		assert.deepEqual(stored.progress.ratings, { sql: 3 });
		assert.deepEqual(await axeViolations(page), []);

		await page.reload({ waitUntil: 'networkidle' });
		assert.equal(
			await (
				await reveal(page, '.skill-rating', 'Your level in SQL')
			)
				.getByRole('radio', { name: /^3 Proficient/ })
				.isChecked(),
			true,
		);

		const assessment = await open(browser, 'tools/self-assessment/');
		const sql = await reveal(assessment, '.tool', 'SQL');
		await sql.scrollIntoViewIfNeeded();
		assert.equal(await sql.getByRole('radio', { name: /^3 Proficient/ }).isChecked(), true);
		await sql.getByRole('radio', { name: /^2 Working/ }).check();

		const again = await open(browser, 'skills/sql/');
		assert.equal(
			await (
				await reveal(again, '.skill-rating', 'Your level in SQL')
			)
				.getByRole('radio', { name: /^2 Working/ })
				.isChecked(),
			true,
		);
	});

	it('says what to do instead without JavaScript', async () => {
		const page = await open(await context(false), 'skills/sql/');
		assert.equal(await page.getByRole('radio').count(), 0);
		assert.match(
			(await page.locator('.skill-rating').textContent()) ?? '',
			/Rating a skill here needs JavaScript/,
		);
	});
});
