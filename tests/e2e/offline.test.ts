/**
 * Offline reading on request: the first visit downloads almost nothing in the background, pages
 * read are kept, the rest shows the "not saved" page offline; saving the handbook on the progress
 * page makes every page and search work offline, and removing it empties the caches; updates ask
 * first.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, BASE, DIST, newContext, useSite, watch } from './harness.ts';

/** `sw.js` is served from a map so a test can "deploy" a new version without touching dist/. */
const overrides = new Map<string, string>();
const site = useSite(overrides);

/** The most the service worker may fetch in the background after a first page view. */
const FIRST_VISIT_LIMIT = 300 * 1024;
/** The caches the handbook fills as it is read or saved (see src/lib/site/offline.ts). */
const COPY_CACHES = ['handbook-pages', 'handbook-assets', 'handbook-search', 'handbook-data'];

const url = (path: string) => `${site.server.origin}${BASE}${path}`;

const activeWorker = (page: Page) =>
	page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active));

/** Waits until the first page, which loaded before the worker, has been kept by it. */
const pageKept = (page: Page) =>
	page.waitForFunction(
		async () => Boolean(await caches.match(location.href.split('#')[0] ?? location.href)),
		null,
		{
			polling: 100,
		},
	);

/** Entries in each of the copy's caches that exist (a cache never opened is left out). */
const cachedEntries = (page: Page) =>
	page.evaluate(async (names) => {
		const counts: Record<string, number> = {};
		for (const name of names)
			if (await caches.has(name)) counts[name] = (await (await caches.open(name)).keys()).length;
		return counts;
	}, COPY_CACHES);

/**
 * Bytes of every response the service worker fetched (its own script included): Chromium reports
 * those requests with `request.serviceWorker()` set. On a first page, which the worker does not
 * control, they are all background downloads. The test server neither compresses nor sends cache
 * headers, so every byte counted crossed the network; a real host would only make it smaller.
 */
function countWorkerFetches(context: BrowserContext) {
	const bodies: Promise<number>[] = [];
	const urls: string[] = [];
	context.on('request', (request) => {
		if (!request.serviceWorker()) return;
		urls.push(new URL(request.url()).pathname);
		bodies.push(
			request
				.response()
				.then(async (response) => {
					if (!response) return 0;
					// A body the worker streamed into a cache is not kept for Playwright to read; the
					// protocol's count of body bytes received still is.
					const [body, sizes] = await Promise.all([
						response.body().catch(() => Buffer.alloc(0)),
						request.sizes(),
					]);
					return Math.max(body.length, sizes.responseBodySize);
				})
				.catch(() => 0),
		);
	});
	return {
		done: async () => {
			const sizes = await Promise.all(bodies);
			return {
				requests: sizes.length,
				bytes: sizes.reduce((total, size) => total + size, 0),
				urls: [...urls],
			};
		},
	};
}

/** Makes the pages of a context report `navigator.connection.saveData` as on. */
const saveDataOn = (context: BrowserContext) =>
	context.addInitScript(() => {
		const connection = (navigator as { connection?: object }).connection;
		if (connection)
			Object.defineProperty(Object.getPrototypeOf(connection), 'saveData', { get: () => true });
	});

/** Opens the progress page and saves the handbook through its control, checking what it says. */
async function saveHandbook(page: Page): Promise<void> {
	await page.goto(url('tools/progress/'));
	const section = page.getByRole('region', { name: 'Offline reading' });
	await section.getByText(/A full offline copy is about \d+\.\d MB \(\d+ files\)/).waitFor();
	await section.getByRole('button', { name: 'Save the handbook for offline reading' }).click();
	const bar = section.getByRole('progressbar', { name: 'Saving the handbook for offline reading' });
	await section.getByText(/The handbook is saved for offline reading in this browser/).waitFor({
		timeout: 60_000,
	});
	assert.equal(await bar.evaluate((element: HTMLProgressElement) => element.position), 1);
}

it(`fetches at most ${FIRST_VISIT_LIMIT / 1024} KB in the background on a first visit, and keeps that page`, async (t) => {
	const context = await newContext(site.browser, site.server.origin, { serviceWorkers: 'allow' });
	const fetches = countWorkerFetches(context);
	const page = await context.newPage();
	await page.goto(url('career-path/why-backend/'));
	assert.equal(await activeWorker(page), true);
	await pageKept(page);
	// Let anything else the worker started finish before counting.
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(500);
	const { requests, bytes } = await fetches.done();
	t.diagnostic(`first visit: the service worker fetched ${requests} files, ${bytes} bytes`);
	assert.ok(bytes > 0, 'the worker fetched nothing: the page was not kept');
	assert.ok(bytes <= FIRST_VISIT_LIMIT, `${bytes} bytes in ${requests} files`);
	await context.close();
});

it('without saving, opens pages already read with the network off, and says an unread one was not saved', async () => {
	const context = await newContext(site.browser, site.server.origin, { serviceWorkers: 'allow' });
	const page = await context.newPage();
	await page.goto(url('career-path/why-backend/'));
	assert.equal(await activeWorker(page), true);
	await pageKept(page);
	// The second page is the first one the worker controls: its routes keep it as it loads.
	await page.goto(url('roles/junior/'));
	await page.waitForLoadState('networkidle');
	await context.setOffline(true);

	for (const [path, heading] of [
		['career-path/why-backend/', /backend/i],
		['roles/junior/', /junior/i],
	] as const) {
		const offline = await context.newPage();
		const problems = watch(offline, site.server.origin);
		await offline.goto(url(path));
		assert.match((await offline.locator('h1').textContent()) ?? '', heading);
		// Its stylesheets and scripts came from the cache too.
		await offline.waitForLoadState('networkidle');
		assert.deepEqual(problems, [], path);
		await offline.close();
	}

	await page.goto(url('growing-engineers/portfolio/'));
	assert.equal(
		await page.locator('h1').textContent(),
		'This page is not saved for offline reading',
	);
	assert.equal(
		await page
			.getByRole('link', { name: /Save the handbook for offline reading/ })
			.getAttribute('href'),
		`${BASE}tools/progress/`,
	);
	assert.deepEqual(await axeViolations(page), []);
	await context.close();
});

it('saves the handbook on request, then opens an unvisited chapter and searches with the network off; removing it empties the caches', async () => {
	const context = await newContext(site.browser, site.server.origin, { serviceWorkers: 'allow' });
	const page = await context.newPage();
	const problems = watch(page, site.server.origin);
	await page.goto(url('career-path/why-backend/'));
	assert.equal(await activeWorker(page), true);
	await saveHandbook(page);

	await context.setOffline(true);
	await page.goto(url('growing-engineers/portfolio/'));
	assert.match((await page.locator('h1').textContent()) ?? '', /portfolio/i);

	await page.getByRole('button', { name: 'Search' }).click();
	await page.getByRole('dialog').getByRole('textbox').first().fill('Kubernetes');
	await page.locator('.pagefind-ui__result-link').first().waitFor();
	assert.ok((await page.locator('.pagefind-ui__result-link').count()) > 0);
	const seen = [...problems];

	await context.setOffline(false);
	await page.goto(url('tools/progress/'));
	const section = page.getByRole('region', { name: 'Offline reading' });
	const before = await cachedEntries(page);
	assert.ok((before['handbook-pages'] ?? 0) > 50, JSON.stringify(before));
	await section.getByRole('button', { name: 'Remove the offline copy' }).click();
	await section.getByText(/The offline copy is removed, which freed about \d+\.\d MB/).waitFor();
	// Nothing of the copy is left: no page at all, and at most a file the worker was refreshing.
	const after = await cachedEntries(page);
	assert.ok(!('handbook-pages' in after), JSON.stringify(after));
	assert.ok(
		Object.values(after).every((count) => count <= 1),
		JSON.stringify(after),
	);
	await section.getByRole('button', { name: 'Save the handbook for offline reading' }).waitFor();
	await context.close();
	assert.deepEqual(seen, []);
});

it('offers the offline copy once, after the third page, and never with Save-Data on', async () => {
	const context = await newContext(site.browser, site.server.origin, { serviceWorkers: 'allow' });
	const page = await context.newPage();
	const offer = page.getByRole('status').filter({ hasText: 'save the whole handbook' });
	for (const path of ['', 'career-path/why-backend/', 'roles/junior/']) {
		assert.equal(await offer.count(), 0);
		await page.goto(url(path));
		await activeWorker(page);
	}
	await offer.waitFor();
	assert.equal(
		await offer.getByRole('link', { name: 'See the size and save it' }).getAttribute('href'),
		`${BASE}tools/progress/`,
	);
	await offer.getByRole('button', { name: 'Not now' }).click();
	assert.equal(await offer.count(), 0);
	await page.goto(url('roles/senior/'));
	await activeWorker(page);
	await page.waitForTimeout(300);
	assert.equal(await offer.count(), 0);
	await context.close();

	const scarce = await newContext(site.browser, site.server.origin, { serviceWorkers: 'allow' });
	await saveDataOn(scarce);
	const fetches = countWorkerFetches(scarce);
	const reader = await scarce.newPage();
	await reader.goto(url(''));
	await activeWorker(reader);
	await reader.waitForTimeout(500);
	// The worker fetched its own files only: the first page was not fetched again to keep it.
	const { urls } = await fetches.done();
	assert.deepEqual(
		urls.filter((path) => !/\/(?:offline\.html|sw\.js|sw-keep\.js)$/.test(path)),
		[],
	);
	for (const path of ['career-path/why-backend/', 'roles/junior/', 'roles/senior/']) {
		await reader.goto(url(path));
		await activeWorker(reader);
	}
	await reader.waitForTimeout(300);
	assert.equal(await reader.locator('.handbook-update').count(), 0);
	await reader.goto(url('tools/progress/'));
	const section = reader.getByRole('region', { name: 'Offline reading' });
	await section.getByText(/asks sites to save data/).waitFor();
	assert.equal(await section.getByRole('button').count(), 0);
	await scarce.close();
});

it('keeps an open data file once fetched, and answers it with the network off', async () => {
	const context = await newContext(site.browser, site.server.origin, { serviceWorkers: 'allow' });
	const page = await context.newPage();
	await page.goto(url('data/'));
	assert.equal(await activeWorker(page), true);
	// The worker controls pages opened after it activated.
	await page.reload();
	const fetchRoles = () =>
		page.evaluate(async (address) => {
			const response = await fetch(address);
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
	await page.goto(url(''));
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
	// (The reload is the third page view, so the one-time offer of an offline copy may show now.)
	assert.equal(await prompt.count(), 0);
	overrides.clear();
	await context.close();
});
