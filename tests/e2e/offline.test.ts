/** Offline reading: after one visit, other pages and search work with no network; updates ask first. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import type { Page } from 'playwright-core';
import { BASE, DIST, newContext, useSite, watch } from './harness.ts';

/** `sw.js` is served from a map so a test can "deploy" a new version without touching dist/. */
const overrides = new Map<string, string>();
const site = useSite(overrides);

const activeWorker = (page: Page) =>
	page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active));

it('opens an unvisited chapter and searches with the network off', async () => {
	const context = await newContext(site.browser, site.server.origin, { serviceWorkers: 'allow' });
	const page = await context.newPage();
	const problems = watch(page, site.server.origin);
	await page.goto(`${site.server.origin}${BASE}career-path/why-backend/`);
	assert.equal(await activeWorker(page), true);

	await context.setOffline(true);
	await page.goto(`${site.server.origin}${BASE}growing-engineers/portfolio/`);
	assert.match((await page.locator('h1').textContent()) ?? '', /portfolio/i);

	await page.getByRole('button', { name: 'Search' }).click();
	await page.getByRole('dialog').getByRole('textbox').first().fill('Kubernetes');
	await page.locator('.pagefind-ui__result-link').first().waitFor();
	assert.ok((await page.locator('.pagefind-ui__result-link').count()) > 0);
	const seen = [...problems];
	await context.close();
	assert.deepEqual(seen, []);
});

it('keeps an open data file once fetched, and answers it with the network off', async () => {
	const context = await newContext(site.browser, site.server.origin, { serviceWorkers: 'allow' });
	const page = await context.newPage();
	await page.goto(`${site.server.origin}${BASE}data/`);
	assert.equal(await activeWorker(page), true);
	// The worker controls pages opened after it activated.
	await page.reload();
	const fetchRoles = () =>
		page.evaluate(async (url) => {
			const response = await fetch(url);
			return { status: response.status, roles: (await response.json()).roles.length };
		}, `${BASE}data/v1/roles.json`);
	const online = await fetchRoles();
	assert.equal(online.status, 200);
	await context.setOffline(true);
	assert.deepEqual(await fetchRoles(), online);
	await context.close();
});

it('offers a reload when a new version is deployed, and reloads into it when asked', async () => {
	const context = await newContext(site.browser, site.server.origin, { serviceWorkers: 'allow' });
	const page = await context.newPage();
	await page.goto(`${site.server.origin}${BASE}`);
	await activeWorker(page);
	// The first visit installs silently: nothing to update yet.
	await page.reload();
	assert.equal(await page.locator('.handbook-update').count(), 0);

	overrides.set(`${BASE}sw.js`, `${readFileSync(join(DIST, 'sw.js'), 'utf8')}\n// a new deploy\n`);
	await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
	const prompt = page
		.getByRole('status')
		.filter({ hasText: 'A new version of the handbook is ready.' });
	await prompt.waitFor();
	await Promise.all([
		page.waitForEvent('load'),
		prompt.getByRole('button', { name: 'Reload to update' }).click(),
	]);
	assert.equal(await page.locator('.handbook-update').count(), 0);
	overrides.clear();
	await context.close();
});
