/**
 * Shared set-up for the browser suite: serve the production build on 127.0.0.1 and drive Debian's
 * (or any found) Chromium with playwright-core. Every page a test opens is watched for console
 * errors, failed requests and requests that leave the machine.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_HELP } from '../../src/lib/chromium.ts';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
/** The sub-path the build was made for (`BASE`), e.g. `/handbook/`. */
export const BASE = `/${(process.env['BASE'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(
	'//',
	'/',
);

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.xml': 'application/xml',
	'.txt': 'text/plain',
	'.webmanifest': 'application/manifest+json',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

/** Serves `dist/` under BASE on an ephemeral loopback port, like a static host would. */
export async function serveDist(): Promise<{ origin: string; close: () => Promise<void> }> {
	const server: Server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		if (!path.startsWith(BASE)) {
			response.writeHead(404).end();
			return;
		}
		let file = join(DIST, path.slice(BASE.length));
		try {
			if (statSync(file).isDirectory()) file = join(file, 'index.html');
			const body = readFileSync(file);
			response
				.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
				.end(body);
		} catch {
			response
				.writeHead(404, { 'content-type': TYPES['.html']! })
				.end(readFileSync(join(DIST, '404.html')));
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

/** Every built HTML page as a site path under BASE, e.g. `/skills/sql/`. */
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
		.map((file) => BASE + file.replace(/(^|\/)index\.html$/, '$1'))
		.sort();
}

/** For a test file: serves `dist/` and launches Chromium before its tests, and stops both after. */
export function useSite(): { browser: Browser; server: Awaited<ReturnType<typeof serveDist>> } {
	const site = {} as ReturnType<typeof useSite>;
	before(async () => {
		[site.browser, site.server] = await Promise.all([launchBrowser(), serveDist()]);
	});
	after(async () => {
		await site.browser?.close();
		await site.server?.close();
	});
	return site;
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
	}: { theme?: Theme; width?: number; height?: number } = {},
): Promise<BrowserContext> {
	const context = await browser.newContext({ viewport: { width, height } });
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
	page.on('requestfailed', (request) =>
		problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`),
	);
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
