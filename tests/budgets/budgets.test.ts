/**
 * Byte budgets over the production build in `dist/` (run `astro build` first; `npm test` does).
 * Byte counts are deterministic, so they are enforced here; timings go in `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	jsAtLoad,
	pageReferences,
	sizeOf,
	weighPage,
	type PageWeight,
} from '../../scripts/lib/page-weight.ts';
import { OFFLINE_PAGE } from '../../src/lib/site/offline.ts';

/**
 * The same code split at different chunk boundaries costs a few hundred bytes of module glue. Since
 * the map panel (December 2026) three islands share the plan model and the route marking, which
 * Vite moves into chunks of their own: about 260 B more on the planner's page for the same code.
 */
const CHUNK_GLUE = 512;
/**
 * The search override's own script (shortcuts, intent, typing ahead; `search-dialog.ts`) is 281 B
 * gzip more than Starlight's search script on every page (December 2026), in exchange for not
 * importing Starlight's 94 KB search UI on every page once the browser is idle (which the
 * up-front comparisons below do not see; the at-load share does).
 */
const SEARCH_LOADER = 384;
/**
 * 15 KB for the widgets, plus 1 KB grown since (December 2026): the one progress store's schema
 * now validates the coach's saved state (512 B on every page with a widget), and the planner's and
 * self-assessment's code shares chunks with the map panel and the skill pages' rating control
 * (about 300 B of module glue). The career map page with its panel stays under 15 KB.
 */
const ISLAND_ALLOWANCE = 16 * 1024;
/** The coach (adaptive test, plan, schedule, calendar file, brief) has its own, larger allowance. */
const COACH_PAGE = 'tools/coach/index.html';
const COACH_ALLOWANCE = 25 * 1024;
/** The career map page with its panel (issue 13's budget). */
const MAP_PAGE = 'career-map/index.html';
const MAP_ALLOWANCE = 15 * 1024;
const allowanceOf = (path: string) =>
	path === COACH_PAGE ? COACH_ALLOWANCE : path === MAP_PAGE ? MAP_ALLOWANCE : ISLAND_ALLOWANCE;
/** Offline reading registers its service worker from every page; that (inlined) script has its own cap. */
const OFFLINE_LIMIT = 1024;
const HTML_LIMIT = 100 * 1024;
/** The "Copy page as Markdown" button's script on chapter, role and skill pages has its own cap. */
const COPY_LIMIT = 2 * 1024;
/**
 * The whole handbook on one page is every chapter by design; it has its own, larger cap. It is
 * 205 KB with 23 roles, 37 skills and 28 chapters (December 2026); past 300 KB, print by part.
 */
const PRINT_PAGE = 'print/index.html';
const PRINT_LIMIT = 300 * 1024;
/**
 * Share of a bare Starlight page's JavaScript (decoded bytes run before the reader does anything,
 * its search UI included) that a page may run before the reader does anything, not counting its
 * own islands (issue 16 §1). Search is fetched on intent here, so a reading page is mostly Starlight's
 * own small scripts, offline registration and the copy button.
 */
const AT_LOAD_SHARE = 0.25;

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const bareSite = fileURLToPath(new URL('../fixtures/bare-starlight/', import.meta.url));
const astro = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));

function htmlFiles(directory: string): string[] {
	return readdirSync(directory).flatMap((name) => {
		const full = join(directory, name);
		if (statSync(full).isDirectory())
			return name === '_astro' || name === 'pagefind' ? [] : htmlFiles(full);
		// The service worker's "not saved" page is no page of the handbook (see offline.test.ts).
		return name.endsWith('.html') && full !== join(dist, OFFLINE_PAGE) ? [full] : [];
	});
}

/** Bare Starlight pages without and with a code block (Expressive Code adds its copy button script). */
/** Gzipped bytes of the offline registration script, which Astro inlines into each page. */
function offlineBytes(html: string): number {
	return pageReferences(html)
		.inlineScripts.filter((code) => code.includes('handbook-offline'))
		.reduce((total, code) => total + sizeOf(code).gzip, 0);
}

/** Gzipped bytes of the copy button's script, which Astro inlines into pages with a Markdown twin. */
function copyBytes(html: string): number {
	return pageReferences(html)
		.inlineScripts.filter((code) => code.includes('data-copy-markdown'))
		.reduce((total, code) => total + sizeOf(code).gzip, 0);
}

let bare: { plain: PageWeight; code: PageWeight };
let pages: {
	path: string;
	weight: PageWeight;
	bare: PageWeight;
	offline: number;
	copy: number;
}[];

beforeAll(() => {
	const out = mkdtempSync(join(tmpdir(), 'bare-starlight-'));
	const build = spawnSync(process.execPath, [astro, 'build', '--root', bareSite], {
		encoding: 'utf8',
		env: {
			...process.env,
			NODE_ENV: 'production',
			BARE_OUT_DIR: out,
			ASTRO_TELEMETRY_DISABLED: '1',
		},
	});
	if (build.status !== 0)
		throw new Error(`The bare Starlight fixture did not build:\n${build.stdout}${build.stderr}`);
	bare = { plain: weighPage(out, 'guide/index.html'), code: weighPage(out, 'code/index.html') };
	let files: string[];
	try {
		files = htmlFiles(dist);
	} catch {
		throw new Error('No dist/ folder: run `astro build` before the budget tests.');
	}
	pages = files.map((file) => {
		const path = relative(dist, file).split(sep).join('/');
		const html = readFileSync(file, 'utf8');
		const hasCode = html.includes('class="expressive-code');
		return {
			path,
			weight: weighPage(dist, path, process.env['BASE'] ?? '/'),
			bare: hasCode ? bare.code : bare.plain,
			offline: offlineBytes(html),
			copy: copyBytes(html),
		};
	});
});

describe('page weight budgets', () => {
	it('builds enough pages to be worth checking', () => {
		expect(pages.length).toBeGreaterThan(50);
	});

	it('keeps the offline registration script on every page under 1 KB gzip', () => {
		const sizes = new Set(pages.map(({ offline }) => offline));
		expect(sizes.size).toBe(1);
		expect([...sizes][0]).toBeGreaterThan(0);
		expect([...sizes][0]).toBeLessThanOrEqual(OFFLINE_LIMIT);
	});

	it('keeps the copy button under 2 KB gzip, on every chapter, role and skill page', () => {
		expect(pages.find(({ path }) => path === 'roles/staff/index.html')?.copy).toBeGreaterThan(0);
		expect(pages.find(({ path }) => path === 'tools/planner/index.html')?.copy).toBe(0);
		expect(pages.filter(({ copy }) => copy > COPY_LIMIT).map(({ path }) => path)).toEqual([]);
	});

	it('ships no more JavaScript up front on a page without widgets than a bare Starlight page (besides offline registration, the copy button and the search loader)', () => {
		const over = pages
			.filter(
				({ weight, bare, offline, copy }) =>
					!weight.hasWidgets &&
					weight.js.gzip - offline - copy > bare.js.gzip + CHUNK_GLUE + SEARCH_LOADER,
			)
			.map(
				({ path, weight, bare }) =>
					`${path}: ${weight.js.gzip} B gzip (bare page: ${bare.js.gzip} B)`,
			);
		expect(over).toEqual([]);
	});

	it("runs at most a quarter of a bare Starlight page's JavaScript before any interaction, besides its own islands", () => {
		// The yardstick loads its search UI when idle; this checks that weighPage sees it.
		expect(bare.plain.lazy.map(({ url }) => url).some((url) => /ui-core/.test(url))).toBe(true);
		expect(jsAtLoad(bare.plain)).toBeGreaterThan(80 * 1024);
		// Chapters and index pages have no island; skill pages have the rating control's, hydrated
		// when it scrolls into view and counted apart.
		const reading = pages.filter(({ weight }) => !weight.hasWidgets);
		expect(reading.length).toBeGreaterThan(20);
		for (const path of ['skills/sql/index.html', 'roles/index.html', 'career-map/index.html'])
			expect(pages.some((page) => page.path === path)).toBe(true);
		const over = pages
			.filter(
				({ weight, bare }) =>
					jsAtLoad(weight) - weight.islandJs.raw > AT_LOAD_SHARE * jsAtLoad(bare),
			)
			.map(
				({ path, weight, bare }) =>
					`${path}: ${jsAtLoad(weight) - weight.islandJs.raw} B (bare page: ${jsAtLoad(bare)} B)`,
			);
		expect(over).toEqual([]);
	});

	it('loads no island code on a page without widgets', () => {
		const islandCode = new Set(pages.flatMap(({ weight }) => weight.islandFiles));
		const leaks = pages
			.filter(({ weight }) => !weight.hasWidgets)
			.flatMap(({ path, weight }) =>
				weight.files.filter((file) => islandCode.has(file)).map((file) => `${path}: ${file}`),
			);
		expect(islandCode.size).toBeGreaterThan(0);
		expect(leaks).toEqual([]);
	});

	it('adds at most 16 KB of gzipped JavaScript on a page with widgets, 15 KB on the career map, 25 KB on the coach', () => {
		expect(pages.find(({ path }) => path === COACH_PAGE)?.weight.hasWidgets).toBe(true);
		expect(pages.find(({ path }) => path === MAP_PAGE)?.weight.hasWidgets).toBe(true);
		const over = pages
			.filter(
				({ path, weight, bare, offline }) =>
					weight.hasWidgets &&
					weight.js.gzip - offline > bare.js.gzip + CHUNK_GLUE + SEARCH_LOADER + allowanceOf(path),
			)
			.map(
				({ path, weight, bare, offline }) =>
					`${path}: ${weight.js.gzip - offline} B gzip (allowed: ${bare.js.gzip + CHUNK_GLUE + SEARCH_LOADER + allowanceOf(path)} B)`,
			);
		expect(over).toEqual([]);
	});

	it('keeps every page under 100 KB of gzipped HTML, and the whole-handbook page under 300 KB', () => {
		expect(pages.some(({ path }) => path === PRINT_PAGE)).toBe(true);
		const over = pages
			.filter(
				({ path, weight }) => weight.html.gzip > (path === PRINT_PAGE ? PRINT_LIMIT : HTML_LIMIT),
			)
			.map(({ path, weight }) => `${path}: ${weight.html.gzip} B`);
		expect(over).toEqual([]);
	});
});
