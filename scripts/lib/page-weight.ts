/**
 * What a built page costs a reader, read from `dist/` without a browser so the figures are
 * deterministic: the HTML, every stylesheet and script it loads up front (with the static imports
 * of those scripts), and the islands it hydrates. Lazily imported code (`import()`) is not counted
 * in `js`; it is listed in `lazy`, one entry per import, for callers that know which of those a page
 * runs without the reader doing anything (Starlight's search UI, imported when the browser is idle).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Size {
	raw: number;
	gzip: number;
}

export interface PageWeight {
	html: Size;
	css: Size;
	js: Size;
	/** Files fetched to show the page: the HTML, stylesheets, scripts, their imports and images. */
	requests: number;
	/** Whether the page has a widget: an island (`<astro-island>`) or an element marked `data-widget`. */
	hasWidgets: boolean;
	/** The site paths of the CSS and JavaScript files counted. */
	files: string[];
	/** The JavaScript files only islands load (their components, renderers and imports). */
	islandFiles: string[];
	/** The bytes of `islandFiles`, included in `js`. */
	islandJs: Size;
	/**
	 * Modules the page's scripts (not its islands) import with `import()`, each with the files it
	 * brings that nothing before it loaded (its static imports included), in the order they are
	 * found. Not included in `js` or `files`.
	 */
	lazy: LazyImport[];
}

export interface LazyImport {
	/** The site path of the imported module. */
	url: string;
	files: string[];
	size: Size;
}

/** Raw and gzipped (level 9) byte counts. */
export const sizeOf = (text: string | Buffer): Size => ({
	raw: Buffer.byteLength(text),
	gzip: gzipSync(text, { level: 9 }).length,
});

const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Size = { raw: 0, gzip: 0 };

const attributeValues = (html: string, pattern: RegExp) =>
	[...html.matchAll(pattern)].map((match) => match[1] ?? '');

/** Scripts, stylesheets, island modules and images a page references up front, and its inline code. */
export function pageReferences(html: string): {
	scripts: string[];
	/** Island component and renderer modules, loaded when the island hydrates. */
	islands: string[];
	styles: string[];
	images: string[];
	inlineScripts: string[];
	inlineStyles: string[];
	hasWidgets: boolean;
} {
	const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
	const tags = (name: string) =>
		[...withoutComments.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((match) => match[0]);
	const attribute = (tag: string, name: string) =>
		new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`).exec(tag);
	const value = (tag: string, name: string) => {
		const match = attribute(tag, name);
		return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
	};
	const scripts = tags('script').flatMap((tag) => value(tag, 'src') ?? []);
	const links = tags('link');
	const styles = links
		.filter((tag) => value(tag, 'rel') === 'stylesheet' && value(tag, 'media') !== 'print')
		.flatMap((tag) => value(tag, 'href') ?? []);
	const preloads = links
		.filter((tag) => value(tag, 'rel') === 'modulepreload')
		.flatMap((tag) => value(tag, 'href') ?? []);
	const islands = tags('astro-island').flatMap((tag) =>
		[value(tag, 'component-url'), value(tag, 'renderer-url')].filter((url): url is string =>
			Boolean(url),
		),
	);
	return {
		scripts: [...new Set([...scripts, ...preloads])],
		islands: [...new Set(islands)],
		styles: [...new Set(styles)],
		images: [...new Set(tags('img').flatMap((tag) => value(tag, 'src') ?? []))],
		inlineScripts: attributeValues(
			withoutComments,
			/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g,
		).filter((code) => code.trim()),
		inlineStyles: attributeValues(withoutComments, /<style\b[^>]*>([\s\S]*?)<\/style>/g),
		hasWidgets: islands.length > 0 || /<[a-z][\w-]*\s[^>]*\bdata-widget\b/.test(withoutComments),
	};
}

/** Specifiers a module imports statically (`import … from "x"`, `import "x"`), not `import("x")`. */
export function staticImports(code: string): string[] {
	const found = [
		...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g),
	].map((match) => match[1] ?? '');
	found.push(
		...[...code.matchAll(/(?:^|[;\s}])export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g)].map(
			(match) => match[1] ?? '',
		),
	);
	return [...new Set(found)];
}

/**
 * Lazily imported modules the handbook's pages run only when the reader shows an intent to search:
 * the search override's `search-dialog.ts` imports `search-ui.ts` on hover, focus, press or
 * shortcut, and `tests/e2e/search.test.ts` checks a reading page requests none of it before.
 */
export const ON_INTENT = /\/_astro\/search-ui\.[\w-]+\.js$/;

/**
 * Decoded bytes of JavaScript a page runs before the reader does anything, islands included: what
 * it loads up front, plus every `import()` its scripts make except those in `ON_INTENT`. Starlight's
 * own search imports its UI as soon as the browser is idle, so on a bare page that counts.
 */
export const jsAtLoad = (weight: PageWeight): number =>
	weight.js.raw +
	weight.lazy
		.filter(({ url }) => !ON_INTENT.test(url))
		.reduce((total, { size }) => total + size.raw, 0);

/** Specifiers a module imports with `import("x")`; computed ones (`import(`${base}x.js`)`) are left out. */
export function dynamicImports(code: string): string[] {
	return [
		...new Set(
			[...code.matchAll(/(?<![\w$.])import\(\s*(["'`])([^"'`$]+?)\1\s*\)/g)].map(
				(match) => match[2] ?? '',
			),
		),
	];
}

/** Weighs one built page. `pagePath` is the HTML file relative to `dist`; `base` is Astro's `base`. */
export function weighPage(dist: string, pagePath: string, base = '/'): PageWeight {
	const html = readFileSync(join(dist, pagePath), 'utf8');
	const references = pageReferences(html);
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const toFile = (url: string) =>
		join(dist, url.startsWith(prefix) ? url.slice(prefix.length) : url.replace(/^\//, ''));
	const seen = new Set<string>();
	const pageUrl = `http://x${prefix}${pagePath}`;
	let js = references.inlineScripts.map(sizeOf).reduce(add, ZERO);
	let css = references.inlineStyles.map(sizeOf).reduce(add, ZERO);
	/** `import()` specifiers met in the page's own scripts, resolved to site paths. */
	const lazyUrls: string[] = [];
	const local = (specifier: string) => specifier.startsWith('.') || specifier.startsWith('/');
	const noteLazy = (code: string, from: string) => {
		for (const specifier of dynamicImports(code))
			if (local(specifier)) lazyUrls.push(new URL(specifier, from).pathname);
	};

	/** Visits a module and its static imports once each; returns the bytes of the files it added. */
	const visit = (url: string, onCode?: (code: string, url: string) => void): Size => {
		if (seen.has(url) || /^[a-z]+:/i.test(url)) return ZERO;
		const code = readFileSync(toFile(url), 'utf8');
		seen.add(url);
		onCode?.(code, `http://x${url}`);
		let size = sizeOf(code);
		for (const specifier of staticImports(code)) {
			if (local(specifier))
				size = add(size, visit(new URL(specifier, `http://x${url}`).pathname, onCode));
		}
		return size;
	};
	references.inlineScripts.forEach((code) => noteLazy(code, pageUrl));
	for (const url of references.scripts) js = add(js, visit(url, noteLazy));
	const loadedByPage = new Set(seen);
	for (const url of references.islands) js = add(js, visit(url));
	const islandFiles = [...seen].filter((url) => !loadedByPage.has(url)).sort();
	const islandJs = islandFiles
		.map((url) => sizeOf(readFileSync(toFile(url), 'utf8')))
		.reduce(add, ZERO);
	const lazy: LazyImport[] = [];
	const eager = new Set(seen);
	for (let index = 0; index < lazyUrls.length; index++) {
		const url = lazyUrls[index] as string;
		// A lazily imported module that is not there is the page's problem, not the weigher's.
		if (!existsSync(toFile(url))) continue;
		const before = new Set(seen);
		const size = visit(url, noteLazy);
		const files = [...seen].filter((file) => !before.has(file)).sort();
		if (files.length) lazy.push({ url, files, size });
	}
	for (const url of references.styles) {
		if (eager.has(url)) continue;
		eager.add(url);
		css = add(css, sizeOf(readFileSync(toFile(url))));
	}
	return {
		html: sizeOf(html),
		css,
		js,
		requests: 1 + eager.size + references.images.length,
		hasWidgets: references.hasWidgets,
		files: [...eager].sort(),
		islandFiles,
		islandJs,
		lazy,
	};
}
