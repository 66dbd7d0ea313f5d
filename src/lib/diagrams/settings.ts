/**
 * How every diagram is rendered: Mermaid's configuration, the theme written with Starlight's CSS
 * custom properties (so one SVG follows the light/dark toggle without a script), the label font,
 * and the cache key that changes whenever any of these or the diagram's source changes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ROUTE_CLASS } from './route.ts';

/** The label font, self-hosted from @fontsource/inter at build time and in the page. */
export const FONT_FAMILY = 'Inter';
export const FONT_STYLESHEET = '@fontsource/inter/400.css';

/**
 * Colours come from Starlight's custom properties, with light-theme fallbacks for an SVG viewed on
 * its own. Mermaid scopes every rule to the diagram's id. Text gets `color` as well as `fill`:
 * contrast checkers such as axe read the text colour from `color`.
 */
export const THEME_CSS = `
.label, .label text, .nodeLabel, text { fill: var(--sl-color-white, #17181c); color: var(--sl-color-white, #17181c); }
.node rect, .node polygon, .node circle, .node ellipse, .node path {
	fill: var(--sl-color-gray-6, #eceef2);
	stroke: var(--sl-color-gray-3, #545861);
	stroke-width: 1px;
}
.node.clickable rect, .node.clickable polygon { stroke: var(--sl-color-text-accent, #3447e6); stroke-width: 1.5px; }
/* The role a page is about, and the roles on a route the planner marks (see route.ts). */
.node.current rect, .node.current polygon, .node.${ROUTE_CLASS} rect, .node.${ROUTE_CLASS} polygon {
	fill: var(--sl-color-accent-low, #dfe2fb);
	stroke: var(--sl-color-text-accent, #3447e6);
	stroke-width: 3px;
}
a:focus-visible .node rect, a:focus-visible .node polygon { stroke: var(--sl-color-text-accent, #3447e6); stroke-width: 4px; }
.flowchart-link { stroke: var(--sl-color-gray-3, #545861); stroke-width: 1.5px; }
.flowchart-link.${ROUTE_CLASS} { stroke: var(--sl-color-text-accent, #3447e6); stroke-width: 4px; }
.marker, .marker path, .arrowheadPath { fill: var(--sl-color-gray-3, #545861); stroke: var(--sl-color-gray-3, #545861); }
.edgeLabel rect, .edgeLabel .background, .labelBkg { fill: var(--sl-color-bg, #fff); background-color: var(--sl-color-bg, #fff); opacity: 1; }
.edgeLabel .label, .edgeLabel text { fill: var(--sl-color-gray-2, #343841); color: var(--sl-color-gray-2, #343841); }
.cluster rect { fill: none; stroke: var(--sl-color-gray-4, #8c8f97); stroke-dasharray: 4 3; }
.cluster-label text, .cluster text { fill: var(--sl-color-gray-2, #343841); color: var(--sl-color-gray-2, #343841); }
`;

/**
 * Mermaid's settings. `strict` escapes labels and drops `javascript:` links; `secure` stops a
 * diagram's own `%%{init}%%` directive from changing the theme, font or label mode, which would break
 * the page's colours or the label measurements.
 */
export const MERMAID_CONFIG = {
	startOnLoad: false,
	securityLevel: 'strict',
	theme: 'base',
	themeCSS: THEME_CSS,
	look: 'classic',
	layout: 'elk',
	fontFamily: `${FONT_FAMILY}, sans-serif`,
	// SVG text, not HTML in <foreignObject>: measured once with the same font, it cannot reflow in the page.
	htmlLabels: false,
	deterministicIds: true,
	flowchart: { wrappingWidth: 120, nodeSpacing: 24, rankSpacing: 30, padding: 10 },
	secure: [
		'secure',
		'securityLevel',
		'startOnLoad',
		'maxTextSize',
		'suppressErrorRendering',
		'maxEdges',
		'theme',
		'themeCSS',
		'themeVariables',
		'fontFamily',
		'htmlLabels',
		'look',
		'deterministicIds',
	],
} as const;

/**
 * Part of every cache key with the Mermaid and font versions: bump it when the renderer's own output
 * changes (the render page, `tidySvg`), so that cached diagrams count as stale.
 */
export const RENDERER_REVISION = 4;

export interface RendererVersions {
	mermaid: string;
	font: string;
	renderer: number;
}

const packageVersion = (require: NodeJS.Require, entry: string, name: string): string => {
	let directory = dirname(require.resolve(entry));
	while (!directory.endsWith(join('node_modules', name)) && directory !== dirname(directory))
		directory = dirname(directory);
	return (JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { version: string })
		.version;
};

/** The installed Mermaid and font versions, as resolved from the project at `root`. */
export function rendererVersions(root: string): RendererVersions {
	const require = createRequire(join(root, 'package.json'));
	return {
		mermaid: packageVersion(require, 'mermaid/package.json', 'mermaid'),
		font: packageVersion(require, FONT_STYLESHEET, join('@fontsource', 'inter')),
		renderer: RENDERER_REVISION,
	};
}

/** Content address of a rendered diagram: its source, the theme, the settings and the versions. */
export function diagramKey(source: string, versions: RendererVersions): string {
	return createHash('sha256')
		.update(JSON.stringify({ source, config: MERMAID_CONFIG, versions }))
		.digest('hex')
		.slice(0, 16);
}

/** The SVG's id: unique per diagram and stable, so several diagrams can share a page. */
export const svgId = (key: string) => `diagram-${key}`;
