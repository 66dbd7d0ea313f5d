/**
 * What a built page costs a reader, read from `dist/` without a browser so the figures are
 * deterministic: the HTML, every stylesheet and script it loads up front (with the static imports
 * of those scripts), and the islands it hydrates. Lazily imported code (`import()`) is not counted.
 */
import { readFileSync } from 'node:fs';
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

/** Weighs one built page. `pagePath` is the HTML file relative to `dist`; `base` is Astro's `base`. */
export function weighPage(dist: string, pagePath: string, base = '/'): PageWeight {
	const html = readFileSync(join(dist, pagePath), 'utf8');
	const references = pageReferences(html);
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const toFile = (url: string) =>
		join(dist, url.startsWith(prefix) ? url.slice(prefix.length) : url.replace(/^\//, ''));
	const seen = new Set<string>();
	let js = references.inlineScripts.map(sizeOf).reduce(add, ZERO);
	let css = references.inlineStyles.map(sizeOf).reduce(add, ZERO);

	const visitScript = (url: string) => {
		if (seen.has(url) || /^[a-z]+:/i.test(url)) return;
		seen.add(url);
		const code = readFileSync(toFile(url), 'utf8');
		js = add(js, sizeOf(code));
		for (const specifier of staticImports(code)) {
			if (specifier.startsWith('.') || specifier.startsWith('/'))
				visitScript(new URL(specifier, `http://x${url}`).pathname);
		}
	};
	references.scripts.forEach(visitScript);
	const loadedByPage = new Set(seen);
	references.islands.forEach(visitScript);
	const islandFiles = [...seen].filter((url) => !loadedByPage.has(url)).sort();
	for (const url of references.styles) {
		if (seen.has(url)) continue;
		seen.add(url);
		css = add(css, sizeOf(readFileSync(toFile(url))));
	}
	return {
		html: sizeOf(html),
		css,
		js,
		requests: 1 + seen.size + references.images.length,
		hasWidgets: references.hasWidgets,
		files: [...seen].sort(),
		islandFiles,
	};
}
