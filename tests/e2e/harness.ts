/**
 * Shared set-up for the browser suite: serve the production build on 127.0.0.1 and drive Debian's
 * (or any found) Chromium with playwright-core. Every page a test opens is watched for console
 * errors, failed requests and requests that leave the machine.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { after, afterEach, before } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_HELP } from '../../src/lib/diagrams/chromium.ts';
import { serveDirectory } from '../../scripts/lib/static-server.ts';
import { OFFLINE_PAGE } from '../../src/lib/site/offline.ts';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
/** The sub-path the build was made for (`BASE`), e.g. `/handbook/`. */
export const BASE = `/${(process.env['BASE'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(
	'//',
	'/',
);

/** Serves `dist/` under BASE on an ephemeral loopback port, like a static host would. */
export const serveDist = (
	/** Bodies served instead of files, by site path (e.g. a changed `sw.js` to simulate a deploy). */
	overrides: Map<string, string> = new Map(),
) => serveDirectory(DIST, BASE, overrides);

/**
 * Every built HTML page as a site path under BASE, e.g. `/skills/sql/`. The service worker's "not
 * saved" page (`offline.html`) is left out: it is no page of the handbook, only what the worker
 * shows offline for a page it does not have, and `offline.test.ts` checks it.
 */
export function builtPages(): string[] {
	const walk = (directory: string): string[] =>
		readdirSync(directory).flatMap((name) => {
			const full = join(directory, name);
			if (statSync(full).isDirectory())
				return name === '_astro' || name === 'pagefind' ? [] : walk(full);
			return name.endsWith('.html') ? [full] : [];
		});
	return walk(DIST)
		.map((file) => relative(DIST, file).split(sep).join('/'))
		.filter((file) => file !== OFFLINE_PAGE)
		.map((file) => BASE + file.replace(/(^|\/)index\.html$/, '$1'))
		.sort();
}

export async function launchBrowser(): Promise<Browser> {
	const executablePath = findChromium();
	if (!executablePath) {
		console.error(NO_CHROMIUM_HELP);
		process.exit(1);
	}
	return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export type Theme = 'light' | 'dark';

/** A context whose pages start in a Starlight theme and may only talk to `origin`. */
export async function newContext(
	browser: Browser,
	origin: string,
	{
		theme = 'light',
		width = 1280,
		height = 800,
		serviceWorkers = 'block',
	}: { theme?: Theme; width?: number; height?: number; serviceWorkers?: 'allow' | 'block' } = {},
): Promise<BrowserContext> {
	// The service worker precaches the whole site; only the offline tests want that.
	const context = await browser.newContext({ viewport: { width, height }, serviceWorkers });
	await context.addInitScript((value) => {
		if (!localStorage.getItem('starlight-theme')) localStorage.setItem('starlight-theme', value);
	}, theme);
	// Anything not served from the site itself is a defect: block it so it shows up as a failed request.
	await context.route(
		(url) => url.origin !== origin,
		(route) => route.abort('blockedbyclient'),
	);
	return context;
}

/** Problems seen on a page: console errors, uncaught exceptions, failed and offsite requests. */
export function watch(page: Page, origin: string): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
	page.on('request', (request) => {
		if (new URL(request.url()).origin !== origin)
			problems.push(`offsite request: ${request.url()}`);
	});
	page.on('requestfailed', (request) => {
		// A navigation superseded by another one (a second click, a redirect) is aborted, not broken.
		if (request.isNavigationRequest() && request.failure()?.errorText === 'net::ERR_ABORTED')
			return;
		problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	return problems;
}

const AXE_SOURCE = readFileSync(fileURLToPath(import.meta.resolve('axe-core/axe.min.js')), 'utf8');

/** axe-core's WCAG 2.2 A/AA violations on the page, as `rule: target` lines. */
export async function axeViolations(page: Page): Promise<string[]> {
	// Evaluated over the DevTools protocol, so a page's Content Security Policy cannot block it.
	await page.evaluate(AXE_SOURCE);
	const violations = await page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: {
					run: (
						context: unknown,
						options: unknown,
					) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
				};
			}
		).axe;
		const result = await axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
		});
		return result.violations.map(
			(violation) =>
				`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
		);
	});
	return violations;
}

/**
 * Starts Chromium and the static server before a test file's tests and stops them after, with
 * `node:test` hooks. The returned object is filled in by the time the tests run.
 */
export function useSite(overrides?: Map<string, string>): {
	browser: Browser;
	server: Awaited<ReturnType<typeof serveDist>>;
} {
	const site = {} as { browser: Browser; server: Awaited<ReturnType<typeof serveDist>> };
	before(async () => {
		[site.browser, site.server] = await Promise.all([launchBrowser(), serveDist(overrides)]);
	});
	after(async () => {
		await site.browser?.close();
		await site.server?.close();
	});
	return site;
}

/**
 * Browser contexts and pages a test file opens, closed after each test, which then fails if any
 * page saw a problem (see `watch`). `javaScript: false` gives a context that runs no script.
 */
export function useTrackedPages(site: ReturnType<typeof useSite>) {
	let contexts: BrowserContext[] = [];
	let watched: string[][] = [];
	afterEach(async () => {
		await Promise.all(contexts.map((context) => context.close()));
		const problems = watched.flat();
		contexts = [];
		watched = [];
		assert.deepEqual(problems, []);
	});
	return {
		async context({
			javaScript = true,
			...options
		}: Parameters<typeof newContext>[2] & { javaScript?: boolean } = {}): Promise<BrowserContext> {
			const created = javaScript
				? await newContext(site.browser, site.server.origin, options)
				: await site.browser.newContext({
						javaScriptEnabled: false,
						viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
					});
			contexts.push(created);
			return created;
		},
		/** A watched page of `context` at the site path `path` (with the base), once the network is quiet. */
		async page(context: BrowserContext, path: string): Promise<Page> {
			const page = await context.newPage();
			watched.push(watch(page, site.server.origin));
			await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
			return page;
		},
	};
}
