/**
 * Renders Mermaid source to SVG in a headless Chromium, driven by playwright-core. The page loads
 * Mermaid and the Inter font from node_modules through an intercepted origin, so nothing is fetched
 * from the network and labels are measured with the font the site serves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium.ts';
import type { DiagramGraph } from './graph.ts';
import { FONT_FAMILY, FONT_STYLESHEET, MERMAID_CONFIG } from './settings.ts';

export interface RenderRequest {
	/** The SVG's id (see `svgId`). */
	id: string;
	source: string;
}

export interface RenderedDiagram {
	svg: string;
	/** Nodes, edges and links as Mermaid parsed them, for the text alternative. */
	graph: DiagramGraph;
}

/** The failure of one diagram, with Mermaid's message. */
export class RenderError extends Error {
	readonly request: RenderRequest;
	constructor(request: RenderRequest, message: string) {
		super(message);
		this.request = request;
	}
}

const ORIGIN = 'http://diagrams.invalid';

const TYPES: Record<string, string> = {
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
};

const SHELL = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="/font/${FONT_STYLESHEET.split('/').pop()}">
<script src="/mermaid.min.js"></script></head><body></body></html>`;

/** Runs in the page: render each diagram, then read its structure back from Mermaid's parser. */
async function renderInPage({
	requests,
	config,
	font,
}: {
	requests: RenderRequest[];
	config: typeof MERMAID_CONFIG;
	font: string;
}): Promise<({ ok: true; value: RenderedDiagram } | { ok: false; message: string })[]> {
	interface Vertex {
		id: string;
		text?: string;
		link?: string;
	}
	interface FlowDb {
		getVertices(): Map<string, Vertex>;
		getEdges(): { start: string; end: string; text?: string }[];
		getAccTitle(): string;
		getAccDescription(): string;
	}
	const mermaid = (
		globalThis as unknown as {
			mermaid: {
				initialize(config: unknown): void;
				render(id: string, source: string): Promise<{ svg: string }>;
				mermaidAPI: { getDiagramFromText(source: string): Promise<{ db: Partial<FlowDb> }> };
			};
		}
	).mermaid;
	mermaid.initialize(config);
	// Mermaid keeps `#quot;`-style entity codes in its parsed text as placeholders: decode them.
	const decode = (text: string) => {
		const area = document.createElement('textarea');
		area.innerHTML = text.replace(/ﬂ°°(\d+)¶ß/g, '&#$1;').replace(/ﬂ°(\w+)¶ß/g, '&$1;');
		return area.value;
	};
	const results = [];
	for (const { id, source } of requests) {
		try {
			// Load every glyph the labels use before Mermaid measures them.
			await document.fonts.load(`16px ${font}`, source);
			const { svg } = await mermaid.render(id, source);
			const { db } = await mermaid.mermaidAPI.getDiagramFromText(source);
			if (!db.getVertices || !db.getEdges)
				throw new Error('Only flowcharts are supported (`flowchart` or `graph`).');
			const nodes = [...db.getVertices().values()].map((vertex) => ({
				id: vertex.id,
				label: decode(vertex.text ?? vertex.id),
				...(vertex.link && vertex.link.startsWith('/') ? { href: vertex.link } : {}),
			}));
			const edges = db.getEdges().map((edge) => ({
				from: edge.start,
				to: edge.end,
				...(edge.text ? { label: decode(edge.text) } : {}),
			}));
			results.push({
				ok: true as const,
				value: {
					svg,
					graph: {
						title: decode(db.getAccTitle?.() ?? ''),
						description: decode(db.getAccDescription?.() ?? ''),
						nodes,
						edges,
					},
				},
			});
		} catch (error) {
			results.push({ ok: false as const, message: (error as Error).message ?? String(error) });
		}
	}
	return results;
}

/**
 * Mermaid's SVG without what a static page never uses: arrowhead markers no edge refers to and the
 * edge coordinates kept for animations. Links use SVG 2's plain `href`, which accessibility
 * checkers recognise as focusable (they skip `xlink:href`), and the internal role description
 * "flowchart-v2", which screen readers read aloud, becomes "flowchart". Entity codes such as `#quot;`,
 * which Mermaid escapes twice in SVG text labels (`&amp;quot;`), are escaped once, so they show as
 * the character.
 */
export function tidySvg(svg: string): string {
	const used = new Set(
		[...svg.matchAll(/marker-(?:start|end)="url\(#([^)]+)\)"/g)].map((match) => match[1]),
	);
	return svg
		.replace(/<marker id="([^"]+)"[\s\S]*?<\/marker>/g, (marker, id: string) =>
			used.has(id) ? marker : '',
		)
		.replace(/ data-points="[^"]*"/g, '')
		.replace(/<a xlink:href="/g, '<a href="')
		.replace('aria-roledescription="flowchart-v2"', 'aria-roledescription="flowchart"')
		.replace(/&amp;(#\d+|#x[\da-f]+|quot|apos|amp|lt|gt|nbsp);/gi, '&$1;');
}

/**
 * Renders diagrams in one browser. `root` is the project whose node_modules provide Mermaid and the
 * font. Throws a `RenderError` for the first diagram Mermaid rejects.
 */
export async function renderDiagrams(
	root: string,
	executablePath: string,
	requests: readonly RenderRequest[],
): Promise<RenderedDiagram[]> {
	const require = createRequire(join(root, 'package.json'));
	const files: Record<string, string> = {
		'/mermaid.min.js': require.resolve('mermaid/dist/mermaid.min.js'),
	};
	const fontDirectory = dirname(require.resolve(FONT_STYLESHEET));

	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage();
		await page.route('**/*', async (route) => {
			const url = new URL(route.request().url());
			if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
			if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: SHELL });
			const path = url.pathname;
			const file =
				path.startsWith('/font/') && !path.includes('..')
					? join(fontDirectory, path.slice('/font/'.length))
					: files[path];
			if (!file || !existsSync(file)) return route.fulfill({ status: 404 });
			return route.fulfill({
				contentType: TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream',
				body: readFileSync(file),
			});
		});
		await page.goto(`${ORIGIN}/`);
		const results = await page.evaluate(renderInPage, {
			requests: [...requests],
			config: MERMAID_CONFIG,
			font: FONT_FAMILY,
		});
		return results.map((result, index) => {
			if (result.ok) return { ...result.value, svg: tidySvg(result.value.svg) };
			throw new RenderError(requests[index] as RenderRequest, result.message);
		});
	} finally {
		await browser.close();
	}
}
