/**
 * `npm run bench`: builds the handbook and writes `bench/report.md` and `bench/report.json`:
 * build and validation timings, page weight per kind against a bare Starlight page, Lighthouse
 * (mobile) for one page of each kind, how the validator and the build scale with 10x and 100x the
 * content, and the search index size. Timings vary between runs; byte budgets are enforced by
 * `tests/budgets/`, not here. `--quick` skips the 100x build, which takes minutes.
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { renderReport, summarizeByKind, type BenchResults } from './lib/bench-report.ts';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_HELP } from '../src/lib/diagrams/chromium.ts';
import { weighPage } from './lib/page-weight.ts';
import { serveDirectory } from './lib/static-server.ts';
import { CACHE_DIR } from '../src/lib/diagrams/cache.ts';
import { addTransition, writeSyntheticContent } from './lib/synthetic-content.ts';
import { validateProject } from '../src/lib/xref/index.ts';
import { readContent } from '../src/lib/content/content-files.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const astro = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));
const quick = process.argv.includes('--quick');
/** One page of each kind for Lighthouse; kinds whose page is not built are skipped. */
const LIGHTHOUSE_PAGES: [string, string][] = [
	['chapter', 'career-path/why-backend/'],
	['skill', 'skills/sql/'],
	['role', 'roles/senior/'],
	['career map', 'career-map/'],
	['planner', 'tools/planner/'],
	['skill finder', 'skill-finder/'],
];
/** The handbook's own content, which the scaled runs multiply. */
const REAL = {
	skills: readContent(root).filter((file) => file.kind === 'skill').length,
	roles: readContent(root).filter((file) => file.kind === 'role').length,
};

function seconds(run: () => void): number {
	const start = performance.now();
	run();
	return (performance.now() - start) / 1000;
}

function build(projectRoot: string, env: Record<string, string> = {}): void {
	const result = spawnSync(process.execPath, [astro, 'build', '--root', projectRoot], {
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
	});
	if (result.status !== 0)
		throw new Error(`Build of ${projectRoot} failed:\n${result.stdout}${result.stderr}`);
}

function htmlPages(dist: string): string[] {
	const walk = (directory: string): string[] =>
		readdirSync(directory).flatMap((name) => {
			const full = join(directory, name);
			if (statSync(full).isDirectory())
				return name === '_astro' || name === 'pagefind' ? [] : walk(full);
			return name.endsWith('.html') ? [relative(dist, full).split(sep).join('/')] : [];
		});
	return walk(dist).sort();
}

function folderBytes(directory: string): number {
	return readdirSync(directory, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** A copy of the project with `factor` times the skills and roles, reached from the real `intern`. */
function scaledProject(factor: number): string {
	const copy = join(root, '.bench', `scale-${factor}`);
	rmSync(copy, { recursive: true, force: true });
	mkdirSync(copy, { recursive: true });
	for (const item of [
		'src',
		'content',
		'public',
		'astro.config.mjs',
		'tsconfig.json',
		'package.json',
	]) {
		cpSync(join(root, item), join(copy, item), { recursive: true });
	}
	if (factor > 1) {
		const extra = { skills: REAL.skills * (factor - 1), roles: REAL.roles * (factor - 1) };
		writeSyntheticContent(copy, extra.skills, extra.roles, {
			prefix: 'synthetic-',
			firstRole: 'synthetic-start',
		});
		addTransition(copy, 'intern', 'synthetic-start', 'synthetic-skill-1');
	}
	return copy;
}

async function lighthouseScores(dist: string): Promise<BenchResults['lighthouse']> {
	const executablePath = findChromium();
	if (!executablePath) throw new Error(NO_CHROMIUM_HELP);
	const server = await serveDirectory(dist, '/');
	const port = 9300 + Math.floor(Math.random() * 500);
	const browser = await chromium.launch({
		executablePath,
		args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
	});
	const runs: BenchResults['lighthouse'] = [];
	try {
		for (const [kind, path] of LIGHTHOUSE_PAGES) {
			if (!existsSync(join(dist, path, 'index.html'))) continue;
			const result = await lighthouse(`${server.origin}/${path}`, {
				port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			});
			const categories = result?.lhr.categories ?? {};
			runs.push({
				kind,
				path: `/${path}`,
				scores: Object.fromEntries(
					Object.entries(categories).map(([id, category]) => [
						id,
						Math.round((category.score ?? 0) * 100),
					]),
				),
			});
		}
	} finally {
		await browser.close();
		await server.close();
	}
	return runs;
}

async function main(): Promise<void> {
	const dist = join(root, 'dist');
	const timings: BenchResults['timings'] = [];
	console.log('bench: validating');
	timings.push({
		label: '`npm run validate` (cross-references only)',
		seconds: seconds(() => validateProject(root)),
	});
	console.log('bench: cold build');
	rmSync(join(root, '.astro'), { recursive: true, force: true });
	rmSync(join(root, 'node_modules', '.astro'), { recursive: true, force: true });
	rmSync(dist, { recursive: true, force: true });
	// Cold means every diagram rendered in Chromium too; the committed cache is put back afterwards.
	const cache = join(root, CACHE_DIR);
	const savedCache = join(mkdtempSync(join(tmpdir(), 'diagram-cache-')), CACHE_DIR);
	cpSync(cache, savedCache, { recursive: true });
	try {
		rmSync(cache, { recursive: true });
		timings.push({
			label: 'Build, cold (no Astro cache, no diagram cache)',
			seconds: seconds(() => build(root)),
		});
	} finally {
		rmSync(cache, { recursive: true, force: true });
		cpSync(savedCache, cache, { recursive: true });
	}
	console.log('bench: warm build');
	timings.push({
		label: 'Build, warm (Astro and diagram caches filled)',
		seconds: seconds(() => build(root)),
	});

	console.log('bench: bare Starlight page');
	const bareOut = mkdtempSync(join(tmpdir(), 'bare-starlight-'));
	build(join(root, 'tests', 'fixtures', 'bare-starlight'), { BARE_OUT_DIR: bareOut });
	const bare = weighPage(bareOut, 'guide/index.html');
	const kinds = summarizeByKind(
		htmlPages(dist).map((path) => ({ path, weight: weighPage(dist, path) })),
	);

	console.log('bench: Lighthouse');
	const lighthouseRuns = await lighthouseScores(dist);

	const scaling: BenchResults['scaling'] = [];
	for (const factor of quick ? [1, 10] : [1, 10, 100]) {
		console.log(`bench: ${factor}x content`);
		const project = scaledProject(factor);
		const validateSeconds = seconds(() => validateProject(project));
		const buildSeconds = seconds(() => build(project));
		const built = join(project, 'dist');
		scaling.push({
			factor,
			skills: REAL.skills * factor,
			roles: REAL.roles * factor,
			validateSeconds,
			buildSeconds,
			skillPageBytes: statSync(join(built, 'skills', 'sql', 'index.html')).size,
			htmlBytes: htmlPages(built).reduce(
				(total, path) => total + statSync(join(built, path)).size,
				0,
			),
		});
		rmSync(project, { recursive: true, force: true });
	}

	const results: BenchResults = {
		date: new Date().toISOString(),
		node: process.versions.node,
		timings,
		bare,
		kinds,
		lighthouse: lighthouseRuns,
		scaling,
		pagefindBytes: folderBytes(join(dist, 'pagefind')),
	};
	mkdirSync(join(root, 'bench'), { recursive: true });
	writeFileSync(join(root, 'bench', 'report.json'), `${JSON.stringify(results, null, '\t')}\n`);
	writeFileSync(join(root, 'bench', 'report.md'), renderReport(results));
	console.log(renderReport(results));
}

await main();
