/**
 * "The levels compared" table: the header row and the skill column stay in view while it scrolls,
 * and in a phone's column two pickers choose the two roles shown, with or without JavaScript.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, BASE, useSite, useTrackedPages } from './harness.ts';

const tracked = useTrackedPages(useSite());

async function open(width: number, javaScript = true): Promise<Page> {
	return tracked.page(await tracked.context({ width, javaScript }), `${BASE}levels-compared/`);
}

/** The column headers a reader sees. */
const shownHeaders = (page: Page) =>
	page
		.locator('.level-comparison thead th')
		.evaluateAll((cells) =>
			cells.filter((cell) => cell.checkVisibility()).map((cell) => cell.textContent?.trim()),
		);

describe('the levels compared table', () => {
	for (const javaScript of [true, false])
		it(`shows the two roles picked on a phone (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
			const page = await open(360, javaScript);
			assert.deepEqual(await shownHeaders(page), [
				'Skill',
				'Junior Backend Engineer',
				'Senior Backend Engineer',
			]);
			await page.getByLabel('Second role').selectOption({ label: 'Staff Backend Engineer' });
			assert.deepEqual(await shownHeaders(page), [
				'Skill',
				'Junior Backend Engineer',
				'Staff Backend Engineer',
			]);
			const box = page.locator('.level-comparison .table-scroll');
			assert.ok(
				await box.evaluate((element) => element.scrollWidth <= element.clientWidth),
				'no sideways scroll with two roles',
			);
			if (javaScript) assert.deepEqual(await axeViolations(page), []);
		});

	it('keeps the header row and the skill column in view while it scrolls (1280 px)', async () => {
		const page = await open(1280);
		assert.equal(await page.locator('.level-pick').isVisible(), false);
		// Every role's column is there, the last ones a scroll away.
		assert.equal(
			(await shownHeaders(page)).length,
			await page.locator('.level-comparison thead th').count(),
		);
		const offsets = await page.locator('.level-comparison .table-scroll').evaluate((box) => {
			box.scrollTop = 400;
			box.scrollLeft = 200;
			const frame = box.getBoundingClientRect();
			const header = box.querySelector('thead th:nth-child(2)')!.getBoundingClientRect();
			const skill = box.querySelector('tbody tr:nth-child(12) th')!.getBoundingClientRect();
			return {
				scrolled: box.scrollTop > 0 && box.scrollLeft > 0,
				header: Math.round(header.top - frame.top),
				skill: Math.round(skill.left - frame.left),
			};
		});
		assert.deepEqual(offsets, { scrolled: true, header: 0, skill: 0 });
	});
});
