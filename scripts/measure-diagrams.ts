/**
 * `npm run measure:diagrams`: what build-time diagrams cost and save.
 *
 * 1. `astro build` with an empty diagram cache (every diagram rendered in Chromium) and with the
 *    committed cache, timed; the cold build must reproduce the committed files byte for byte.
 * 2. The bytes a role page (senior, whose neighbourhood diagram is the largest) makes a browser
 *    download, against the same page with the diagram left as Mermaid source and rendered by
 *    Mermaid's own script in the browser. The career map is drawn without Mermaid (lane-map.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser, newContext, serveDist } from '../tests/e2e/harness.ts';
import { readContent } from '../src/lib/content/content-files.ts';
import { CACHE_DIR } from '../src/lib/diagrams/cache.ts';
import { roleNeighbourhood } from '../src/lib/diagrams/career-diagrams.ts';
import { MERMAID_CONFIG } from '../src/lib/diagrams/settings.ts';
import { careerData } from '../src/lib/diagrams/sites.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const cache = join(root, CACHE_DIR);
const astro = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));

function build(): number {
	const started = performance.now();
	const result = spawnSync(process.execPath, [astro, 'build'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}${result.stderr}`);
	return (performance.now() - started) / 1000;
}

const snapshot = (directory: string) =>
	Object.fromEntries(
		readdirSync(directory).map((name) => [name, readFileSync(join(directory, name), 'utf8')]),
	);

// 1. Cold, then warm. The committed cache is kept aside and put back whatever happens.
const saved = join(mkdtempSync(join(tmpdir(), 'diagram-cache-')), CACHE_DIR);
cpSync(cache, saved, { recursive: true });
let cold: number;
let identical: boolean;
try {
	rmSync(cache, { recursive: true });
	cold = build();
	identical = JSON.stringify(snapshot(cache)) === JSON.stringify(snapshot(saved));
} finally {
	rmSync(cache, { recursive: true, force: true });
	cpSync(saved, cache, { recursive: true });
}
const warm = build();

// 2. Bytes of a role page, as built and with client-side Mermaid.
interface Transfer {
	raw: number;
	gzip: number;
	byType: Record<string, number>;
	requests: number;
}

async function transfer(page: Page, url: string, ready: () => Promise<unknown>): Promise<Transfer> {
	const bodies: { type: string; body: Buffer }[] = [];
	page.on('response', async (response) => {
		const type = response.request().resourceType();
		bodies.push({ type, body: await response.body().catch(() => Buffer.alloc(0)) });
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await ready();
	await page.waitForLoadState('networkidle');
	const byType: Record<string, number> = {};
	for (const { type, body } of bodies) byType[type] = (byType[type] ?? 0) + body.length;
	return {
		raw: bodies.reduce((sum, { body }) => sum + body.length, 0),
		gzip: bodies.reduce((sum, { body }) => sum + gzipSync(body).length, 0),
		byType,
		requests: bodies.length,
	};
}

const { roles, skills } = careerData(readContent(root));
const { source } = roleNeighbourhood(roles, skills, 'senior');
const built = readFileSync(join(root, 'dist', 'roles', 'senior', 'index.html'), 'utf8');
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const { secure: _secure, ...config } = MERMAID_CONFIG;
// The same page, with the diagram's Mermaid source in place of the SVG and Mermaid run in the browser.
const clientSide = built
	.replace(
		/<div class="diagram-canvas"[^>]*><svg[\s\S]*?<\/svg><\/div>/,
		`<div class="diagram-canvas"><pre class="mermaid">${escape(source)}</pre></div>`,
	)
	.replace(
		'</body>',
		`<script type="module">import mermaid from '/mermaid/mermaid.esm.min.mjs';
mermaid.initialize(${JSON.stringify({ ...config, startOnLoad: false })});
await mermaid.run();</script></body>`,
	);
const mermaidDist = join(fileURLToPath(import.meta.resolve('mermaid')), '..');

const server = await serveDist();
const browser = await launchBrowser();
try {
	const context = await newContext(browser, server.origin);
	const page = await context.newPage();
	const svg = () => page.locator('.diagram-canvas svg').first().waitFor();
	const buildTime = await transfer(page, `${server.origin}/roles/senior/`, svg);

	const clientPage = await context.newPage();
	await clientPage.route(`${server.origin}/roles/senior-client/`, (route) =>
		route.fulfill({ contentType: 'text/html; charset=utf-8', body: clientSide }),
	);
	await clientPage.route(`${server.origin}/mermaid/**`, (route) =>
		route.fulfill({
			contentType: 'text/javascript',
			body: readFileSync(join(mermaidDist, new URL(route.request().url()).pathname.slice(9))),
		}),
	);
	const client = await transfer(clientPage, `${server.origin}/roles/senior-client/`, () =>
		clientPage.locator('.diagram-canvas svg').first().waitFor({ timeout: 60_000 }),
	);
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
	const row = (name: string, t: Transfer) =>
		`${name.padEnd(28)} ${kb(t.raw).padStart(10)} ${kb(t.gzip).padStart(10)}   ${t.requests} requests; ${Object.entries(
			t.byType,
		)
			.map(([type, bytes]) => `${type} ${kb(bytes)}`)
			.join(', ')}`;
	console.log(
		[
			`astro build, empty diagram cache:      ${cold.toFixed(1)} s (cold render reproduces the committed cache: ${identical ? 'yes' : 'NO'})`,
			`astro build, committed diagram cache:  ${warm.toFixed(1)} s`,
			'',
			`Senior role page (${kb(Buffer.byteLength(built))} of HTML)  raw        gzip`,
			row('build-time SVG', buildTime),
			row('client-side Mermaid', client),
		].join('\n'),
	);
} finally {
	await browser.close();
	await server.close();
}
