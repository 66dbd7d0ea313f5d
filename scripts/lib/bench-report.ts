/** Summaries and the Markdown report of `npm run bench`. Pure functions over measured figures. */
import { jsAtLoad, type PageWeight, type Size } from './page-weight.ts';

/** The kind of page a built path is, for grouping figures. */
export function pageKind(path: string): string {
	const page = path.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/');
	if (page === '') return 'home';
	if (page === '404/') return 'not found';
	const [first, second] = page.split('/');
	if ((first === 'skills' || first === 'roles') && !second) return `${first.slice(0, -1)} index`;
	if (first === 'skills') return 'skill';
	if (first === 'roles') return 'role';
	if (first === 'contributing') return 'contributor';
	if (first === 'tools' || first === 'skill-finder') return 'tool';
	if (first === 'career-map') return 'career map';
	if (first === 'print') return 'whole handbook';
	return 'chapter';
}

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	if (!sorted.length) return 0;
	return sorted.length % 2
		? (sorted[middle] as number)
		: ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export interface KindSummary {
	kind: string;
	pages: number;
	/** `jsAtLoad`: decoded bytes of JavaScript run before any interaction, lazy imports included. */
	median: { html: Size; css: Size; js: Size; jsAtLoad: number; requests: number };
	worst: { path: string; weight: PageWeight };
}

const sizeMedian = (sizes: Size[]): Size => ({
	raw: median(sizes.map((s) => s.raw)),
	gzip: median(sizes.map((s) => s.gzip)),
});
const total = (weight: PageWeight) => weight.html.gzip + weight.css.gzip + weight.js.gzip;

/** Median and worst page (by gzipped HTML + CSS + JS) for each kind of page. */
export function summarizeByKind(
	pages: readonly { path: string; weight: PageWeight }[],
): KindSummary[] {
	const groups = Map.groupBy(pages, (page) => pageKind(page.path));
	return [...groups]
		.map(([kind, group]) => ({
			kind,
			pages: group.length,
			median: {
				html: sizeMedian(group.map((page) => page.weight.html)),
				css: sizeMedian(group.map((page) => page.weight.css)),
				js: sizeMedian(group.map((page) => page.weight.js)),
				jsAtLoad: median(group.map((page) => jsAtLoad(page.weight))),
				requests: median(group.map((page) => page.weight.requests)),
			},
			worst: group.reduce((worst, page) =>
				total(page.weight) > total(worst.weight) ? page : worst,
			),
		}))
		.sort((a, b) => a.kind.localeCompare(b.kind));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (value: number, yardstick: number) =>
	yardstick ? `${(value / yardstick).toFixed(2)}×` : 'n/a';

export interface BenchResults {
	date: string;
	node: string;
	timings: { label: string; seconds: number }[];
	bare: PageWeight;
	kinds: KindSummary[];
	lighthouse: { kind: string; path: string; scores: Record<string, number> }[];
	scaling: {
		factor: number;
		skills: number;
		roles: number;
		validateSeconds: number;
		buildSeconds: number;
		/** Raw bytes of one skill page (`/skills/sql/`): its sidebar must not grow with the content. */
		skillPageBytes: number;
		/** Raw bytes of every built HTML page. */
		htmlBytes: number;
	}[];
	pagefindBytes: number;
}

/** The report as Markdown, figures first, every ratio against the bare Starlight page. */
export function renderReport(results: BenchResults): string {
	const lines = [
		'# Benchmark report',
		'',
		`Measured ${results.date} with Node ${results.node}.`,
		'',
		'## Timings',
		'',
		'| What | Seconds |',
		'| --- | ---: |',
		...results.timings.map((timing) => `| ${timing.label} | ${timing.seconds.toFixed(2)} |`),
		'',
		'## Page weight by kind',
		'',
		`Gzipped bytes loaded up front. The yardstick is a bare Starlight docs page built in the same run: HTML ${kb(results.bare.html.gzip)}, CSS ${kb(results.bare.css.gzip)}, JavaScript ${kb(results.bare.js.gzip)}, ${results.bare.requests} requests. "JS at load" is decoded JavaScript run before any interaction, lazy imports included (the bare page imports its search UI when idle: ${kb(jsAtLoad(results.bare))}; the handbook imports it when a reader goes to search).`,
		'',
		'| Kind | Pages | Median HTML | Median CSS | Median JS | JS vs bare | JS at load | At load vs bare | Median requests | Worst page | Worst JS |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
		...results.kinds.map(
			(kind) =>
				`| ${kind.kind} | ${kind.pages} | ${kb(kind.median.html.gzip)} | ${kb(kind.median.css.gzip)} | ${kb(kind.median.js.gzip)} | ${ratio(kind.median.js.gzip, results.bare.js.gzip)} | ${kb(kind.median.jsAtLoad)} | ${ratio(kind.median.jsAtLoad, jsAtLoad(results.bare))} | ${kind.median.requests} | ${kind.worst.path} | ${kb(kind.worst.weight.js.gzip)} |`,
		),
		'',
		'## Lighthouse (mobile)',
		'',
		'| Kind | Page | Performance | Accessibility | Best practices | SEO |',
		'| --- | --- | ---: | ---: | ---: | ---: |',
		...results.lighthouse.map(
			(run) =>
				`| ${run.kind} | ${run.path} | ${run.scores['performance'] ?? '–'} | ${run.scores['accessibility'] ?? '–'} | ${run.scores['best-practices'] ?? '–'} | ${run.scores['seo'] ?? '–'} |`,
		),
		'',
		'## Scaling with synthetic content',
		'',
		'Raw HTML bytes: one skill page (`/skills/sql/`, which should stay the same size) and all pages.',
		'',
		'| Factor | Skills | Roles | Validate (s) | Build (s) | Skill page HTML | All HTML |',
		'| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...results.scaling.map(
			(row) =>
				`| ${row.factor}× | ${row.skills} | ${row.roles} | ${row.validateSeconds.toFixed(2)} | ${row.buildSeconds.toFixed(2)} | ${kb(row.skillPageBytes)} | ${kb(row.htmlBytes)} |`,
		),
		'',
		`Pagefind index: ${kb(results.pagefindBytes)} on disk.`,
		'',
	];
	return lines.join('\n');
}
