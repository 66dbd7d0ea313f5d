import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/content-files.ts';
import {
	cachedKeys,
	DiagramError,
	ensureRendered,
	pruneCache,
	renderedDiagram,
} from '../../src/lib/diagrams/cache.ts';
import { diagramKey, rendererVersions } from '../../src/lib/diagrams/settings.ts';
import { diagramSites } from '../../src/lib/diagrams/sites.ts';

const project = new URL('../../', import.meta.url).pathname;

describe('the committed diagram cache', () => {
	const versions = rendererVersions(project);
	const sites = diagramSites(readContent(project));
	const keys = new Set(sites.map((site) => diagramKey(site.source, versions)));

	it('holds every diagram of the site (run `npm run diagrams` and commit diagrams/ if not)', () => {
		const cached = new Set(cachedKeys(project));
		const stale = sites
			.filter((site) => !cached.has(diagramKey(site.source, versions)))
			.map((site) => `${site.file}:${site.line}:${site.column} ${site.name}`);
		expect(stale).toEqual([]);
	});

	it('holds nothing else (run `npm run diagrams` to remove unused entries)', () => {
		expect(cachedKeys(project).filter((key) => !keys.has(key))).toEqual([]);
	});
});

describe('rendering on a cache miss', () => {
	const versions = { mermaid: '0.0.0', font: '0.0.0', renderer: 0 };
	const request = {
		file: 'src/content/docs/chapter.md',
		line: 12,
		column: 3,
		name: 'mermaid block',
		source: 'flowchart LR\n  a --> b',
	};
	const emptyRoot = () => mkdtempSync(join(tmpdir(), 'diagram-cache-'));

	it('fails without a browser, naming each missing diagram and how to get Chromium', async () => {
		const failure = ensureRendered(emptyRoot(), [request, { ...request, line: 40 }], {
			versions,
			findBrowser: () => undefined,
		});
		await expect(failure).rejects.toBeInstanceOf(DiagramError);
		await expect(failure).rejects.toThrow(
			[
				'A diagram is new or changed and not in the committed cache (diagrams/):',
				'  src/content/docs/chapter.md:12:3  mermaid block',
			].join('\n'),
		);
		await expect(failure).rejects.toThrow('sudo apt-get install -y chromium');
	});

	it('needs no browser when the diagram is cached, and prunes entries nothing uses', async () => {
		const root = emptyRoot();
		mkdirSync(join(root, 'diagrams'));
		const key = diagramKey(request.source, versions);
		const entry = { graph: { title: 'T', description: 'D', nodes: [], edges: [] }, svg: '<svg/>' };
		writeFileSync(join(root, 'diagrams', `${key}.json`), JSON.stringify(entry));
		writeFileSync(join(root, 'diagrams', 'orphan.json'), JSON.stringify(entry));
		const findBrowser = () => {
			throw new Error('no browser should be looked for');
		};
		await expect(renderedDiagram(root, request, { versions, findBrowser })).resolves.toEqual(entry);
		expect(await ensureRendered(root, [request], { versions, findBrowser })).toBe(0);
		expect(pruneCache(root, [request], versions)).toEqual(['orphan']);
		expect(readdirSync(join(root, 'diagrams'))).toEqual([`${key}.json`]);
	});
});
