import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `src/lib/` is layered: each folder may import only from folders below it, so the content model
 * knows nothing of the site and the career questions know nothing of how pages are built.
 */
const LAYERS: Record<string, number> = {
	content: 0,
	career: 1,
	progress: 1,
	site: 2,
	diagrams: 3,
	xref: 4,
};

const LIB = 'src/lib';
const IMPORT =
	/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function libFiles(dir = LIB): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return libFiles(path);
		return /\.tsx?$/.test(entry.name) ? [path] : [];
	});
}

/** Repository-relative targets of a file's imports that are inside the repository. */
function importsOf(file: string, source: string): string[] {
	const targets: string[] = [];
	for (const match of source.matchAll(IMPORT)) {
		const spec = match[1] ?? match[2] ?? '';
		if (spec.startsWith('~/')) targets.push(normalize(join('src', spec.slice(2))));
		else if (spec.startsWith('.')) targets.push(normalize(join(dirname(file), spec)));
	}
	return targets;
}

const folderOf = (path: string) => relative(LIB, path).split('/')[0] ?? '';

describe('the layout of src/lib', () => {
	const files = libFiles();
	const graph = new Map(files.map((file) => [file, importsOf(file, readFileSync(file, 'utf8'))]));

	it('has every module in a domain folder', () => {
		const loose = files.filter((file) => dirname(file) === LIB);
		expect(loose).toEqual([]);
		expect(new Set(files.map(folderOf))).toEqual(new Set(Object.keys(LAYERS)));
	});

	it('imports only downwards: from its own folder or a lower layer', () => {
		const upward = [...graph].flatMap(([file, targets]) =>
			targets
				.filter((target) => target.startsWith(`${LIB}/`) && /\.tsx?$/.test(target))
				.filter((target) => {
					const [from, to] = [folderOf(file), folderOf(target)];
					return from !== to && !(LAYERS[to]! < LAYERS[from]!);
				})
				.map((target) => `${file} -> ${target}`),
		);
		expect(upward).toEqual([]);
	});

	it('never imports the scripts, tests or components', () => {
		const outward = [...graph].flatMap(([file, targets]) =>
			targets
				.filter((target) => /^(scripts|tests|src\/components|src\/pages)\//.test(target))
				.map((target) => `${file} -> ${target}`),
		);
		expect(outward).toEqual([]);
	});

	it('has no import circle', () => {
		const cycles: string[] = [];
		const state = new Map<string, 'open' | 'done'>();
		const visit = (file: string, trail: string[]) => {
			if (state.get(file) === 'done') return;
			if (state.get(file) === 'open') {
				cycles.push([...trail.slice(trail.indexOf(file)), file].join(' -> '));
				return;
			}
			state.set(file, 'open');
			for (const target of graph.get(file) ?? [])
				if (graph.has(target)) visit(target, [...trail, file]);
			state.set(file, 'done');
		};
		for (const file of graph.keys()) visit(file, []);
		expect(cycles).toEqual([]);
	});

	it('finds the imports it judges', () => {
		expect(
			importsOf(
				'src/lib/xref/collect.ts',
				"import { a } from '../content/ids.ts';\nimport type { B } from './types.ts';\nconst c = await import('~/lib/site/urls.ts');",
			),
		).toEqual(['src/lib/content/ids.ts', 'src/lib/xref/types.ts', 'src/lib/site/urls.ts']);
	});
});
