/**
 * The committed, content-addressed cache of rendered diagrams (`diagrams/<key>.json`), so that a
 * fresh clone builds without a browser. A diagram missing from the cache is rendered when a Chromium
 * is found; otherwise the build stops and names the diagram's file and line.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, NO_CHROMIUM_HELP } from './chromium.ts';
import type { Position } from '../content/content-files.ts';
import type { DiagramGraph } from './graph.ts';
import { RenderError, renderDiagrams, type RenderedDiagram } from './render.ts';
import { diagramKey, rendererVersions, svgId, type RendererVersions } from './settings.ts';

/** Where the cache lives, relative to the project root. */
export const CACHE_DIR = 'diagrams';

export type CacheEntry = RenderedDiagram;

/** A diagram to render, and where it is written (for messages; line 0 when only the file is known). */
export interface DiagramRequest extends Position {
	file: string;
	name: string;
	source: string;
}

const entryPath = (root: string, key: string) => join(root, CACHE_DIR, `${key}.json`);

/** The keys of every cached diagram. */
export function cachedKeys(root: string): string[] {
	const directory = join(root, CACHE_DIR);
	if (!existsSync(directory)) return [];
	return readdirSync(directory)
		.filter((name) => name.endsWith('.json'))
		.map((name) => name.slice(0, -'.json'.length))
		.sort();
}

export function readCache(root: string, key: string): CacheEntry | undefined {
	const path = entryPath(root, key);
	if (!existsSync(path)) return undefined;
	const { svg, graph } = JSON.parse(readFileSync(path, 'utf8')) as {
		svg: string;
		graph: DiagramGraph;
	};
	return { svg, graph };
}

function writeCache(root: string, key: string, entry: CacheEntry): void {
	mkdirSync(join(root, CACHE_DIR), { recursive: true });
	// The graph first: it is what a reviewer reads in a diff.
	writeFileSync(
		entryPath(root, key),
		`${JSON.stringify({ graph: entry.graph, svg: entry.svg }, null, '\t')}\n`,
	);
}

const where = ({ file, line, column }: DiagramRequest) =>
	line ? `${file}:${line}:${column}` : file;

/** Thrown when diagrams need rendering and cannot be: no browser, or Mermaid rejected one. */
export class DiagramError extends Error {}

export interface EnsureOptions {
	/** Render every diagram again, cached or not. */
	force?: boolean;
	/** Finds the browser to render with. */
	findBrowser?: () => string | undefined;
	versions?: RendererVersions;
}

/**
 * Makes sure every requested diagram is in the cache, rendering the missing ones in one browser.
 * Returns how many were rendered.
 */
export async function ensureRendered(
	root: string,
	requests: readonly DiagramRequest[],
	{
		force = false,
		findBrowser = findChromium,
		versions = rendererVersions(root),
	}: EnsureOptions = {},
): Promise<number> {
	const missing = new Map<string, DiagramRequest>();
	for (const request of requests) {
		const key = diagramKey(request.source, versions);
		if (!missing.has(key) && (force || !existsSync(entryPath(root, key))))
			missing.set(key, request);
	}
	if (missing.size === 0) return 0;

	const browser = findBrowser();
	if (!browser) {
		const list = [...missing.values()].map((request) => `  ${where(request)}  ${request.name}`);
		throw new DiagramError(
			[
				`${missing.size === 1 ? 'A diagram is' : `${missing.size} diagrams are`} new or changed and not in the committed cache (${CACHE_DIR}/):`,
				...list,
				'',
				NO_CHROMIUM_HELP,
				'Then run `npm run diagrams` (or the build again) and commit the files it writes to diagrams/.',
			].join('\n'),
		);
	}
	const keys = [...missing.keys()];
	try {
		const rendered = await renderDiagrams(
			root,
			browser,
			keys.map((key) => ({ id: svgId(key), source: missing.get(key)?.source ?? '' })),
		);
		rendered.forEach((entry, index) => writeCache(root, keys[index] as string, entry));
	} catch (error) {
		if (!(error instanceof RenderError)) throw error;
		const request = missing.get(error.request.id.slice(svgId('').length)) as DiagramRequest;
		throw new DiagramError(
			`${where(request)}  Mermaid could not render the ${request.name}: ${error.message}`,
		);
	}
	return keys.length;
}

/** A rendered diagram from the cache, rendering it first if it is new (e.g. while editing in dev). */
export async function renderedDiagram(
	root: string,
	request: DiagramRequest,
	{ findBrowser, versions = rendererVersions(root) }: Omit<EnsureOptions, 'force'> = {},
): Promise<CacheEntry> {
	const key = diagramKey(request.source, versions);
	const cached = readCache(root, key);
	if (cached) return cached;
	await ensureRendered(root, [request], { versions, ...(findBrowser ? { findBrowser } : {}) });
	return readCache(root, key) as CacheEntry;
}

/** Removes cached diagrams that no request uses; returns their keys. */
export function pruneCache(
	root: string,
	requests: readonly Pick<DiagramRequest, 'source'>[],
	versions = rendererVersions(root),
): string[] {
	const used = new Set(requests.map((request) => diagramKey(request.source, versions)));
	const orphans = cachedKeys(root).filter((key) => !used.has(key));
	for (const key of orphans) rmSync(entryPath(root, key));
	return orphans;
}
