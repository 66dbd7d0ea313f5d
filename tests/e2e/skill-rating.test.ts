/**
 * The rating control on every skill page: a rating saved while reading is the self-assessment's
 * rating (one store), it survives a reload, and without JavaScript the page says what to do instead.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { PROGRESS_KEY } from '../../src/lib/progress/schema.ts';
import { axeViolations, BASE, useSite, useTrackedPages } from './harness.ts';

const tracked = useTrackedPages(useSite());

const context = (javaScript = true) => tracked.context({ javaScript, width: 360 });
const open = (browser: BrowserContext, path: string) => tracked.page(browser, `${BASE}${path}`);

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
