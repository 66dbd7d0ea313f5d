import { describe, expect, it } from 'vitest';
import {
	gzipSize,
	measurePages,
	moduleClosure,
	pageScripts,
	staticImports,
} from '../../src/lib/js-weight.ts';

const modules: Record<string, string> = {
	'/_astro/page.js': 'import{a}from"./shared.js";a();',
	'/_astro/shared.js': 'export const a=()=>1;',
	'/_astro/Quiz.js': 'import{h}from"./preact.js";import"./store.js";export default()=>h();',
	'/_astro/client.js':
		'import{h}from"./preact.js";const s=()=>import("./signals.js");export default h;',
	'/_astro/preact.js': 'export const h=()=>0;'.repeat(20),
	'/_astro/store.js': 'export{a}from"./shared.js";',
};
const read = (path: string) => modules[path] ?? '';
const starlight = '<script>theme()</script><script type="module" src="/_astro/page.js"></script>';
const runtime = '<script>(()=>{customElements.define("astro-island")})()</script>';
const island =
	'<astro-island uid="x" component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js" client="visible"></astro-island>';

describe('pageScripts', () => {
	it('finds inline scripts, module scripts and island modules, skipping data blocks', () => {
		expect(
			pageScripts(`${starlight}<script type="application/ld+json">{}</script>${runtime}${island}`),
		).toEqual({
			inline: ['theme()', '(()=>{customElements.define("astro-island")})()'],
			modules: ['/_astro/page.js'],
			islands: ['/_astro/Quiz.js', '/_astro/client.js'],
		});
	});
});

describe('module graph', () => {
	it('follows static imports and re-exports, not dynamic imports', () => {
		expect(staticImports(modules['/_astro/client.js']!)).toEqual(['./preact.js']);
		expect(staticImports(modules['/_astro/Quiz.js']!)).toEqual(['./preact.js', './store.js']);
		expect([...moduleClosure(['/_astro/Quiz.js'], read)]).toEqual([
			'/_astro/Quiz.js',
			'/_astro/preact.js',
			'/_astro/store.js',
			'/_astro/shared.js',
		]);
	});
});

describe('measurePages', () => {
	it('counts what islands add over the page’s own scripts and over pages without widgets', () => {
		const [bare, widget] = measurePages(
			[
				{ page: '/bare/', html: starlight },
				{ page: '/chapter/', html: starlight + runtime + island },
			],
			read,
		);
		expect(bare).toMatchObject({ widgets: false, widgetBytes: 0, widgetModules: [] });
		// shared.js is loaded by the page anyway, so the island does not add it.
		expect(widget!.widgetModules).toEqual([
			'/_astro/Quiz.js',
			'/_astro/client.js',
			'/_astro/preact.js',
			'/_astro/store.js',
		]);
		expect(widget!.widgetBytes).toBe(
			widget!.widgetModules.reduce((sum, path) => sum + gzipSize(read(path)), 0) +
				gzipSize('(()=>{customElements.define("astro-island")})()'),
		);
		expect(widget!.total).toBe(
			widget!.widgetBytes +
				gzipSize(read('/_astro/page.js')) +
				gzipSize(read('/_astro/shared.js')) +
				gzipSize('theme()'),
		);
	});
});
