/**
 * Measures the JavaScript the widgets add to each built page (see src/lib/js-weight.ts) and fails
 * when a page with widgets adds more than the budget, or a page without widgets loads any island
 * module. Run after `astro build`: `npm run measure:js`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST, BASE } from '../tests/e2e/harness.ts';
import { measurePages } from '../src/lib/js-weight.ts';

/** Gzipped bytes a page with widgets may add over the same page without them. */
const BUDGET = 15_000;

const fromSite = (path: string) => join(DIST, path.slice(BASE.length));
const cache = new Map<string, string>();
const read = (path: string) => {
	if (!cache.has(path)) cache.set(path, readFileSync(fromSite(path), 'utf8'));
	return cache.get(path)!;
};
const weights = measurePages(
	builtPages().map((page) => ({
		page,
		html: readFileSync(
			page.endsWith('/') ? join(fromSite(page), 'index.html') : fromSite(page),
			'utf8',
		),
	})),
	read,
);

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const withWidgets = weights
	.filter((weight) => weight.widgets)
	.sort((a, b) => b.widgetBytes - a.widgetBytes);
const without = weights.filter((weight) => !weight.widgets);
const islandModules = new Set(withWidgets.flatMap((weight) => weight.widgetModules));
const leaks = without.filter((weight) => weight.modules.some((path) => islandModules.has(path)));

console.log(`JavaScript the widgets add per page (gzip), budget ${kb(BUDGET)}:`);
for (const weight of withWidgets)
	console.log(
		`  ${kb(weight.widgetBytes).padStart(8)}  of ${kb(weight.total).padStart(8)}  ${weight.page}`,
	);
const bare = without.map((weight) => weight.total);
console.log(
	`${without.length} pages without widgets: ${kb(Math.min(...bare))} to ${kb(Math.max(...bare))} of JavaScript, none of it from islands${leaks.length ? ' (except those listed below)' : ''}.`,
);

const over = withWidgets.filter((weight) => weight.widgetBytes > BUDGET);
for (const weight of over)
	console.error(
		`Over budget: ${weight.page} adds ${kb(weight.widgetBytes)}: ${weight.widgetModules.join(', ')}`,
	);
for (const weight of leaks)
	console.error(`Island JavaScript on a page without widgets: ${weight.page}`);
if (over.length || leaks.length) process.exit(1);
