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

/** Requests for Pagefind's UI and search bundle (the dialog's chunk, Pagefind's files). */
const SEARCH_CODE = /\/_astro\/search-ui\.[\w-]+\.js$|\/pagefind\//;

/** A reading page, its problems, and every script or Pagefind file it has requested so far. */
async function readingPage(path = 'skills/sql/') {
	const context = await newContext(site.browser, site.server.origin);
	const page = await context.newPage();
	const problems = watch(page, site.server.origin);
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	await page.goto(`${site.server.origin}${BASE}${path}`);
	await idle(page);
	return { context, page, problems, requested };
}

/** Resolves once the page is loaded and the browser has been idle (when Starlight used to load search). */
const idle = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<void>((resolve) =>
				requestIdleCallback(() => setTimeout(() => requestIdleCallback(() => resolve()), 200)),
			),
	);

const searchCode = (requested: string[]) => requested.filter((path) => SEARCH_CODE.test(path));

/** Whether the search field has focus (so a key press types into it). */
const fieldFocused = (page: Page) =>
	page.evaluate(() => document.activeElement?.matches('#starlight__search input') ?? false);

describe('search loaded on intent', () => {
	it('requests no search code on a reading page until the reader points at the search button', async () => {
		const { context, page, problems, requested } = await readingPage();
		assert.deepEqual(searchCode(requested), []);
		const loading = page.waitForRequest((request) =>
			SEARCH_CODE.test(new URL(request.url()).pathname),
		);
		await page.getByRole('button', { name: 'Search' }).hover();
		await loading;
		await context.close();
		assert.deepEqual(problems, []);
	});

	it('opens from the button and finds SQL', async () => {
		const { context, page, problems } = await readingPage('roles/');
		await page.getByRole('button', { name: 'Search' }).click();
		const dialog = page.getByRole('dialog');
		await dialog.getByRole('textbox').first().fill('sql');
		// Pagefind shows results as each loads: wait for the one expected, not just the first.
		await dialog.locator(`.pagefind-ui__result-link[href$="skills/sql/"]`).first().waitFor();
		const links = await dialog
			.locator('.pagefind-ui__result-link')
			.evaluateAll((anchors) =>
				anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname),
			);
		assert.ok(links.includes(`${BASE}skills/sql/`), links.join(' '));
		await context.close();
		assert.deepEqual(problems, []);
	});

	for (const shortcut of ['/', 'Control+k']) {
		it(`opens with ${shortcut} on a page that has not loaded search, with the field focused and empty`, async () => {
			const { context, page, problems, requested } = await readingPage();
			assert.deepEqual(searchCode(requested), []);
			await page.keyboard.press(shortcut);
			const dialog = page.getByRole('dialog');
			await dialog.waitFor();
			await page.waitForFunction(() => document.activeElement?.matches('#starlight__search input'));
			assert.equal(await dialog.getByRole('textbox').first().inputValue(), '');
			await page.keyboard.type('sql');
			await dialog.locator('.pagefind-ui__result').first().waitFor();
			// Ctrl+K closes it again, as Starlight's does; `/` in the field is a slash.
			await page.keyboard.type('/');
			assert.equal(await dialog.getByRole('textbox').first().inputValue(), 'sql/');
			await page.keyboard.press('Control+k');
			await dialog.waitFor({ state: 'hidden' });
			await context.close();
			assert.deepEqual(problems, []);
		});
	}

	it('keeps what the reader types straight after the shortcut, before the field exists', async () => {
		const { context, page, problems } = await readingPage();
		await page.keyboard.press('/');
		await page.keyboard.type('sql');
		const field = page.getByRole('dialog').getByRole('textbox').first();
		await page.waitForFunction(() => document.activeElement?.matches('#starlight__search input'));
		assert.equal(await field.inputValue(), 'sql');
		await page.getByRole('dialog').locator('.pagefind-ui__result').first().waitFor();
		await context.close();
		assert.deepEqual(problems, []);
	});

	it('leaves / alone while the reader types in a field', async () => {
		const { context, page, problems } = await readingPage();
		// A field of the page's own, as a form or a widget would have.
		await page.evaluate(() => {
			const field = document.createElement('input');
			field.id = 'probe';
			field.setAttribute('aria-label', 'Probe');
			document.querySelector('main')?.prepend(field);
		});
		await page.locator('#probe').focus();
		await page.keyboard.type('a/b');
		assert.equal(await page.locator('#probe').inputValue(), 'a/b');
		assert.equal(await page.getByRole('dialog').isVisible(), false);
		await context.close();
		assert.deepEqual(problems, []);
	});

	it('is ready to type within 300 ms of the shortcut on a warm cache (second page view)', async () => {
		// Playwright turns the HTTP cache off in a context that routes requests, as newContext's do;
		// this one does not route, and watch() still reports any request that leaves the machine.
		const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		const problems = watch(page, site.server.origin);
		await page.goto(`${site.server.origin}${BASE}roles/`);
		// The first view loads search and Pagefind once, so their code is in the browser's cache.
		await page.keyboard.press('/');
		await page.keyboard.type('sql');
		await page.getByRole('dialog').locator('.pagefind-ui__result').first().waitFor();
		await resultTypes(page);
		await page.goto(`${site.server.origin}${BASE}skills/sql/`);
		await idle(page);
		assert.equal(await fieldFocused(page), false);
		await page.evaluate(() => {
			const timing = {} as { pressed?: number; ready?: number };
			Object.assign(window, { searchTiming: timing });
			window.addEventListener('keydown', () => (timing.pressed ??= performance.now()), {
				capture: true,
			});
			document.addEventListener('focusin', (event) => {
				if ((event.target as Element).matches('#starlight__search input'))
					timing.ready ??= performance.now();
			});
		});
		await page.keyboard.press('/');
		const ready = await page.waitForFunction(() => {
			const { pressed, ready } = (
				window as unknown as { searchTiming: { pressed?: number; ready?: number } }
			).searchTiming;
			return pressed !== undefined && ready !== undefined && ready - pressed;
		});
		const milliseconds = (await ready.jsonValue()) as number;
		await page.keyboard.type('sql');
		await page.getByRole('dialog').locator('.pagefind-ui__result').first().waitFor();
		await resultTypes(page);
		await context.close();
		console.log(`search ready ${milliseconds.toFixed(0)} ms after the shortcut (warm cache)`);
		assert.ok(milliseconds < 300, `ready after ${milliseconds.toFixed(0)} ms`);
		assert.deepEqual(problems, []);
	});
});
