/**
 * How much JavaScript the widgets add to a built page. A page's JavaScript is its inline scripts,
 * its module scripts and everything they import statically; an island adds its component and
 * renderer modules with their imports, and Astro's inline island runtime. The widgets' share of a
 * page is what it loads that a page without them does not: island modules the page's own scripts
 * do not already load, and inline scripts no widget-free page has. Dynamic imports are left out:
 * they load only when used (Preact signals, which no widget uses; the search UI on demand).
 */
import { gzipSync } from 'node:zlib';

export interface PageScripts {
	/** Bodies of inline `<script>` elements. */
	inline: string[];
	/** Addresses of `<script src>` elements. */
	modules: string[];
	/** Addresses of island components and renderers (`<astro-island component-url renderer-url>`). */
	islands: string[];
}

const ATTRIBUTE = (name: string) => new RegExp(`\\s${name}="([^"]*)"`);

/** The scripts an HTML page loads. */
export function pageScripts(html: string): PageScripts {
	const scripts: PageScripts = { inline: [], modules: [], islands: [] };
	for (const [, attributes = '', body = ''] of html.matchAll(
		/<script\b([^>]*)>([\s\S]*?)<\/script>/g,
	)) {
		const src = ATTRIBUTE('src').exec(attributes)?.[1];
		if (src) scripts.modules.push(src);
		else if (body.trim() && !/type="(?!module)[^"]*"/.test(attributes)) scripts.inline.push(body);
	}
	for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/g)) {
		for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
			const url = ATTRIBUTE(name).exec(tag)?.[1];
			if (url) scripts.islands.push(url);
		}
	}
	return scripts;
}

/** Relative specifiers a module imports statically (`import … from "./x.js"`, `import "./x.js"`). */
export function staticImports(code: string): string[] {
	const found = new Set<string>();
	for (const match of code.matchAll(
		/(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g,
	))
		if (match[1]!.startsWith('.')) found.add(match[1]!);
	return [...found];
}

/** Every module reachable from `entries` through static imports, as site paths. */
export function moduleClosure(
	entries: readonly string[],
	read: (path: string) => string,
): Set<string> {
	const seen = new Set<string>();
	const queue = [...entries];
	for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
		if (seen.has(path)) continue;
		seen.add(path);
		for (const specifier of staticImports(read(path)))
			queue.push(new URL(specifier, `http://site${path}`).pathname);
	}
	return seen;
}

export const gzipSize = (text: string): number => gzipSync(text).length;

export interface PageWeight {
	page: string;
	/** Whether the page has islands. */
	widgets: boolean;
	/** Gzipped bytes of all the page's JavaScript. */
	total: number;
	/** Every module the page loads. */
	modules: string[];
	/** Gzipped bytes the widgets add: island modules and island-only inline scripts. */
	widgetBytes: number;
	/** The modules counted in `widgetBytes`. */
	widgetModules: string[];
}

/**
 * The weight of every page. `read` returns a module's code by site path. Inline scripts that appear
 * on a page without islands are Starlight's own and never count towards the widgets.
 */
export function measurePages(
	pages: readonly { page: string; html: string }[],
	read: (path: string) => string,
): PageWeight[] {
	const scripts = pages.map(({ page, html }) => ({ page, ...pageScripts(html) }));
	const baseline = new Set(
		scripts.filter((page) => page.islands.length === 0).flatMap((page) => page.inline),
	);
	return scripts.map((page) => {
		const own = moduleClosure(page.modules, read);
		const islands = [...moduleClosure(page.islands, read)].filter((path) => !own.has(path));
		const inline = page.inline.filter((body) => !baseline.has(body));
		const size = (paths: Iterable<string>) =>
			[...paths].reduce((total, path) => total + gzipSize(read(path)), 0);
		const inlineSize = (bodies: string[]) =>
			bodies.reduce((total, body) => total + gzipSize(body), 0);
		const modules = [...new Set([...own, ...islands])].sort();
		return {
			page: page.page,
			widgets: page.islands.length > 0,
			total: size(modules) + inlineSize(page.inline),
			modules,
			widgetBytes: size(islands) + inlineSize(inline),
			widgetModules: islands.sort(),
		};
	});
}
