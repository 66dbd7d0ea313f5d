import { describe, expect, it } from 'vitest';
import {
	dynamicImports,
	jsAtLoad,
	pageReferences,
	staticImports,
	weighPage,
} from '../../scripts/lib/page-weight.ts';

const dist = new URL('../fixtures/weight-dist/', import.meta.url).pathname;

describe('staticImports', () => {
	it('finds static imports and re-exports but not dynamic imports', () => {
		expect(
			staticImports(
				'import{a}from"./a.js";import "./b.js";export*from"./c.js";import("./lazy.js")',
			),
		).toEqual(['./a.js', './b.js', './c.js']);
	});
});

describe('dynamicImports', () => {
	it('finds import() with a fixed specifier in any quotes, not computed ones or static imports', () => {
		expect(
			dynamicImports(
				'import{a}from"./a.js";import("./x.js");await import(`./y.js`);import(\'./x.js\');import(`${b}p.js`);o.import("./z.js")',
			),
		).toEqual(['./x.js', './y.js']);
	});
});

describe('jsAtLoad', () => {
	it('adds the lazy imports a page runs by itself, not those it makes when the reader goes to search', () => {
		const size = (raw: number) => ({ raw, gzip: 0 });
		const weight = {
			...weighPage(dist, 'index.html'),
			js: size(100),
			lazy: [
				{ url: '/_astro/ui-core.x1.js', files: [], size: size(20) },
				{ url: '/handbook/_astro/search-ui.Ab-9.js', files: [], size: size(300) },
			],
		};
		expect(jsAtLoad(weight)).toBe(120);
	});
});

describe('pageReferences', () => {
	it('ignores print stylesheets and commented-out scripts', () => {
		const html =
			'<link rel="stylesheet" href="/p.css" media="print"><!-- <script src="/x.js"></script> --><script>1</script>';
		expect(pageReferences(html)).toMatchObject({
			scripts: [],
			islands: [],
			styles: [],
			inlineScripts: ['1'],
			hasWidgets: false,
		});
	});
});

describe('widget detection', () => {
	it('counts an island or an element marked data-widget as a widget, and nothing else', () => {
		expect(
			[
				'<astro-island component-url="/a.js"></astro-island>',
				'<div class="x" data-widget>',
				'<p>data-widget</p>',
			].map((html) => pageReferences(html).hasWidgets),
		).toEqual([true, true, false]);
	});
});

describe('weighPage', () => {
	it('counts the HTML, stylesheets, scripts with their static imports, inline code and images', () => {
		const weight = weighPage(dist, 'index.html');
		expect(weight.files).toEqual(['/_astro/a.js', '/_astro/b.js', '/_astro/style.css']);
		expect(weight.js.raw).toBe(
			'let x=1'.length +
				'import{b}from"./b.js";import("./lazy.js");b()'.length +
				'export function b(){}'.length,
		);
		expect(weight.css.raw).toBe('body{color:red}'.length);
		expect(weight.requests).toBe(5);
		expect(weight.hasWidgets).toBe(false);
	});

	it('lists what the page scripts import lazily, apart from what they load up front', () => {
		const weight = weighPage(dist, 'index.html');
		expect(weight.lazy).toEqual([
			{
				url: '/_astro/lazy.js',
				files: ['/_astro/lazy.js'],
				size: expect.objectContaining({ raw: 'export const lazy=1'.length }),
			},
		]);
		expect(weight.islandJs.raw).toBe(0);
	});

	it('counts the modules an island hydrates, once each', () => {
		const weight = weighPage(dist, 'island/index.html');
		expect(weight.hasWidgets).toBe(true);
		expect(weight.files).toEqual(['/_astro/a.js', '/_astro/b.js', '/_astro/island.js']);
		// b.js is already loaded by the page's own script; only island.js is the island's own.
		expect(weight.islandFiles).toEqual(['/_astro/island.js']);
		expect(weight.islandJs.raw).toBe('import"./b.js";export default 1'.length);
	});
});
