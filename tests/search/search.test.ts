/**
 * The search query suite: every query in `queries.json` through the built Pagefind index, ranked the
 * way the site ranks (Pagefind's search runs in Node). Serves `dist/` on 127.0.0.1, so run it after
 * `astro build`: `npm run test:search`. Prints the hit rates, query times and index size.
 */
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import strings from '../../src/content/i18n/en.json' with { type: 'json' };
import { readContent } from '../../src/lib/content/content-files.ts';
import { SKILL_CATEGORIES, ROLE_TRACKS } from '../../src/lib/content/schemas.ts';
import { SEARCH_FIELDS, SEARCH_RANKING, TOOL_PAGES } from '../../src/lib/site/search-index.ts';
import { BASE, DIST, serveDist } from '../e2e/harness.ts';
import queries from './queries.json' with { type: 'json' };

interface Query {
	query: string;
	/** The page that must come first, as a site path without the base (`/skills/sql/`). */
	page: string;
	/** What sort of query it is, for the report: title, alias, tool, misspelling, prefix, question. */
	group: string;
}

interface PagefindResult {
	data(): Promise<{ url: string; meta: Record<string, string> }>;
}
interface Pagefind {
	options(options: object): Promise<void>;
	init(): Promise<void>;
	search(
		term: string | null,
		options?: { filters?: Record<string, string> },
	): Promise<{ results: PagefindResult[] }>;
	filters(): Promise<Record<string, Record<string, number>>>;
	destroy(): Promise<void>;
}

/** How far down the list a miss is still reported. */
const DEPTH = 10;
const suite = queries as Query[];
const root = fileURLToPath(new URL('../../', import.meta.url));
const content = readContent(root);

let server: Awaited<ReturnType<typeof serveDist>>;
let pagefind: Pagefind;
let outcomes: (Query & { rank: number; found: string[]; ms: number })[];

/** Site paths (without the base) of the first results. */
async function topPages(results: PagefindResult[], count = DEPTH): Promise<string[]> {
	const pages = await Promise.all(results.slice(0, count).map((result) => result.data()));
	return pages.map((page) => `/${new URL(page.url, server.origin).pathname.slice(BASE.length)}`);
}

before(async () => {
	server = await serveDist();
	pagefind = await import(pathToFileURL(join(DIST, 'pagefind/pagefind.js')).href);
	await pagefind.options({
		basePath: `${server.origin}${BASE}pagefind/`,
		ranking: SEARCH_RANKING,
	});
	await pagefind.init();
	outcomes = [];
	for (const entry of suite) {
		// Timed up to the data of the first three results: what the dialog needs to show them.
		const start = performance.now();
		const { results } = await pagefind.search(entry.query);
		await topPages(results, 3);
		const ms = performance.now() - start;
		const found = await topPages(results);
		outcomes.push({ ...entry, rank: found.indexOf(entry.page) + 1, found, ms });
	}
});

after(async () => {
	await pagefind?.destroy();
	await server?.close();
	if (outcomes?.length) console.log(report());
});

describe('the search query suite', () => {
	it('has a query for every skill and role title and alias, expecting its page', () => {
		const expected = content
			.filter((file) => file.kind === 'skill' || file.kind === 'role')
			.flatMap((file) => {
				const data = file.data.value as {
					title: string;
					aliases?: string[];
					misspellings?: string[];
				};
				const page = `/${file.kind}s/${file.id}/`;
				return [data.title, ...(data.aliases ?? []), ...(data.misspellings ?? [])].map(
					(query) => `${query} -> ${page}`,
				);
			});
		const listed = new Set(suite.map((entry) => `${entry.query} -> ${entry.page}`.toLowerCase()));
		assert.deepEqual(
			expected.filter((line) => !listed.has(line.toLowerCase())),
			[],
			'Add these to tests/search/queries.json',
		);
	});

	it('finds the page of every query in the first three results', () => {
		assert.deepEqual(
			outcomes.filter((outcome) => outcome.rank < 1 || outcome.rank > 3).map(describeMiss),
			[],
		);
	});

	it('ranks the page first for at least 90% of the queries', () => {
		const first = outcomes.filter((outcome) => outcome.rank === 1).length;
		assert.ok(first / outcomes.length >= 0.9, `${first} of ${outcomes.length} first`);
	});
});

describe('search filters', () => {
	const count = (kind: string) => content.filter((file) => file.kind === kind).length;
	const data = <T>(kind: string) =>
		content.filter((file) => file.kind === kind).map((file) => file.data.value as T);
	// Docs pages that Pagefind indexes (a page can opt out with `pagefind: false`).
	const docs = content.filter(
		(file) =>
			file.kind === 'chapter' && (file.data.value as { pagefind?: boolean }).pagefind !== false,
	);
	const contributing = docs.filter((file) => file.id.split('/')[0] === 'contributing').length;

	it('gives every page a type, and skills and roles their category and track', async () => {
		const tally = <T extends string>(values: readonly T[], key: (value: T) => string, of: T[]) =>
			Object.fromEntries(
				values
					.map((value) => [key(value), of.filter((item) => item === value).length] as const)
					.filter(([, total]) => total > 0),
			);
		assert.deepEqual(await pagefind.filters(), {
			[SEARCH_FIELDS.kind]: {
				[strings['handbook.kind.skill']]: count('skill') + 1,
				[strings['handbook.kind.role']]: count('role') + 1,
				[strings['handbook.kind.tool']]: TOOL_PAGES.length,
				[strings['handbook.kind.chapter']]: docs.length - contributing,
				[strings['handbook.kind.contributing']]: contributing,
			},
			[SEARCH_FIELDS.category]: tally(
				SKILL_CATEGORIES,
				(category) => strings[`handbook.category.${category}`],
				data<{ category: (typeof SKILL_CATEGORIES)[number] }>('skill').map(
					(skill) => skill.category,
				),
			),
			[SEARCH_FIELDS.track]: tally(
				ROLE_TRACKS,
				(track) => strings[`handbook.track.${track}`],
				data<{ track: (typeof ROLE_TRACKS)[number] }>('role').map((role) => role.track),
			),
		});
	});

	it('narrows a search to one type and labels each result with it', async () => {
		const role = strings['handbook.kind.role'];
		const { results } = await pagefind.search('lead', { filters: { [SEARCH_FIELDS.kind]: role } });
		const pages = await Promise.all(results.map((result) => result.data()));
		assert.ok(pages.length > 1);
		assert.deepEqual(new Set(pages.map((page) => page.meta[SEARCH_FIELDS.kind])), new Set([role]));
		assert.equal((await topPages(results, 1))[0], '/roles/lead/');
	});
});

function describeMiss({ query, page, rank, found }: (typeof outcomes)[number]): string {
	return `"${query}" -> ${page}: ${rank ? `rank ${rank}` : `not in the first ${DEPTH}`}, first ${found[0] ?? 'nothing'}`;
}

const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}%`;

function report(): string {
	const rate = (list: typeof outcomes) => {
		const first = list.filter((outcome) => outcome.rank === 1).length;
		const top3 = list.filter((outcome) => outcome.rank >= 1 && outcome.rank <= 3).length;
		return `top-1 ${percent(first, list.length)} (${first}/${list.length}), top-3 ${percent(top3, list.length)} (${top3}/${list.length})`;
	};
	const groups = [...new Set(outcomes.map((outcome) => outcome.group))];
	const times = outcomes.map((outcome) => outcome.ms).sort((a, b) => a - b);
	const median = (times[(times.length - 1) >> 1]! + times[times.length >> 1]!) / 2;
	// The first search also fetches and compiles Pagefind's WASM, so it is reported on its own.
	const [first, ...warm] = outcomes;
	const worst = warm.reduce((slowest, outcome) => (outcome.ms > slowest.ms ? outcome : slowest));
	const files = walk(join(DIST, 'pagefind'));
	const bytes = (list: string[]) => list.reduce((sum, file) => sum + statSync(file).size, 0);
	const kb = (list: string[]) => `${(bytes(list) / 1024).toFixed(1)} KB`;
	// The index proper: metadata, word chunks, filters and page fragments, fetched as a search needs them.
	const data = files.filter((file) => /\.pf_meta$|\/(?:index|filter|fragment)\//.test(file));
	const runtime = files.filter((file) =>
		/\/(?:pagefind\.js|pagefind-worker\.js|wasm\.en\.pagefind)$/.test(file),
	);
	return [
		`Search suite: ${outcomes.length} queries against ${BASE}pagefind/`,
		`  all: ${rate(outcomes)}`,
		...groups.map(
			(group) => `  ${group}: ${rate(outcomes.filter((outcome) => outcome.group === group))}`,
		),
		`  query time (search + data of the first three results): median ${median.toFixed(1)} ms, worst ${worst.ms.toFixed(1)} ms ("${worst.query}"), first query ${first!.ms.toFixed(1)} ms`,
		`  index: ${kb(data)} of index data in ${data.length} files, ${kb(runtime)} of search runtime (pagefind.js, worker, English WASM), ${kb(files)} in dist/pagefind/ in all`,
		...outcomes
			.filter((outcome) => outcome.rank !== 1)
			.map((outcome) => `  not first: ${describeMiss(outcome)}`),
	].join('\n');
}

function walk(directory: string): string[] {
	return readdirSync(directory).flatMap((name) => {
		const path = join(directory, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}
