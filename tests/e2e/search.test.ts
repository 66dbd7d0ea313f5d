/** The search dialog: Pagefind's filters are there, narrow the results, and each result says its type. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import strings from '../../src/content/i18n/en.json' with { type: 'json' };
import { SEARCH_FIELDS } from '../../src/lib/site/search-index.ts';
import { axeViolations, BASE, newContext, useSite, watch, type Theme } from './harness.ts';

const site = useSite();

/** Opens the dialog on the home page and searches; returns the page, the dialog and the problems seen. */
async function search(term: string, theme: Theme = 'light') {
	const context = await newContext(site.browser, site.server.origin, { theme });
	const page = await context.newPage();
	const problems = watch(page, site.server.origin);
	await page.goto(`${site.server.origin}${BASE}`);
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('textbox').first().fill(term);
	await dialog.locator('.pagefind-ui__result').first().waitFor();
	return { page, dialog, problems };
}

/** The type tag of every result shown, once they have all loaded. */
async function resultTypes(page: Page): Promise<string[]> {
	await page.waitForFunction(
		() =>
			document.querySelectorAll('#starlight__search .pagefind-ui__result .pagefind-ui__loading')
				.length === 0,
	);
	const tags = await page
		.locator(
			`#starlight__search .pagefind-ui__result [data-pagefind-ui-meta="${SEARCH_FIELDS.kind}"]`,
		)
		.allTextContents();
	return tags.map((tag) => tag.trim());
}

describe('the search dialog', () => {
	it('labels every result with its type and does not repeat the aliases as a tag', async () => {
		const { page, problems } = await search('lead');
		const types = await resultTypes(page);
		assert.ok(types.length > 1);
		for (const type of types) assert.match(type, new RegExp(`^${SEARCH_FIELDS.kind}: \\w`));
		assert.equal(await page.locator('[data-pagefind-ui-meta="aliases"]:visible').count(), 0);
		await page.context().close();
		assert.deepEqual(problems, []);
	});

	it('shows the type, category and track filters and narrows the results to skills', async () => {
		const { page, dialog, problems } = await search('lead');
		const panel = dialog.locator('.pagefind-ui__filter-panel');
		assert.deepEqual(
			await panel.locator('summary').allTextContents(),
			[SEARCH_FIELDS.track, SEARCH_FIELDS.category, SEARCH_FIELDS.kind].sort(),
		);
		await panel.locator('summary', { hasText: SEARCH_FIELDS.kind }).click();
		const skill = strings['handbook.kind.skill'];
		await dialog.getByRole('checkbox', { name: new RegExp(`^${skill} \\(\\d+\\)$`) }).check();
		await page.waitForFunction(
			([field, expected]) => {
				const tags = [
					...document.querySelectorAll(`#starlight__search [data-pagefind-ui-meta="${field}"]`),
				];
				return tags.length > 0 && tags.every((tag) => tag.textContent?.trim() === expected);
			},
			[SEARCH_FIELDS.kind, `${SEARCH_FIELDS.kind}: ${skill}`],
		);
		const types = await resultTypes(page);
		assert.ok(types.length > 0);
		assert.deepEqual(new Set(types), new Set([`${SEARCH_FIELDS.kind}: ${skill}`]));
		await page.context().close();
		assert.deepEqual(problems, []);
	});

	for (const theme of ['light', 'dark'] as Theme[]) {
		it(`has no axe violations with results and open filters in the ${theme} theme`, async () => {
			const { page, dialog, problems } = await search('kubernetes', theme);
			await dialog.locator('.pagefind-ui__filter-panel summary').first().click();
			await resultTypes(page);
			problems.push(...(await axeViolations(page)).map((violation) => `axe ${violation}`));
			await page.context().close();
			assert.deepEqual(problems, []);
		});
	}
});
