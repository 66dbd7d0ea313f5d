/**
 * Offline reading on request. The service worker precaches only a small "not saved" page; every
 * page and file the reader opens is kept by the runtime routes below, so pages already read work
 * offline. The whole handbook is downloaded only when the reader asks for it on the progress page,
 * from the list in the offline manifest (`offline-build.ts` writes it at build time).
 *
 * This module runs in the browser too (the save control picks the cache of each file with
 * `cacheFor`), so it imports nothing from Node, nor anything the offline client on every page
 * imports (a module both used would become a chunk of its own and stop the client being inlined).
 */
import type { GenerateSWOptions, RuntimeCaching } from 'workbox-build';

/** The service worker's file name, at the root of the site (its scope is the whole handbook). */
export const SERVICE_WORKER = 'sw.js';
/** The list of every file a full offline copy needs, with its size, at the root of the site. */
export const OFFLINE_MANIFEST = 'offline-manifest.json';
/** The page shown for a page that was not saved when the network is off (precached at install). */
export const OFFLINE_PAGE = 'offline.html';
/** A script the service worker imports: it keeps the page that installed it (`offline-build.ts`). */
export const KEEP_SCRIPT = 'sw-keep.js';

/** What a full offline copy holds: the globs the service worker used to precache at install. */
export const FULL_COPY_GLOBS = {
	globPatterns: [
		'**/*.{html,css,js,mjs,svg,png,ico,woff2,json,wasm,pf_meta,pf_index,pf_fragment,pf_filter,pagefind}',
	],
	// Pagefind also writes UIs that Starlight's search does not load, and a fallback for pages with no language.
	globIgnores: [
		SERVICE_WORKER,
		KEEP_SCRIPT,
		OFFLINE_MANIFEST,
		// Precached by the worker itself.
		OFFLINE_PAGE,
		'sitemap-*.xml',
		'pagefind/pagefind-component-ui.*',
		'pagefind/pagefind-modular-ui.*',
		'pagefind/pagefind-highlight.js',
		'pagefind/wasm.unknown.pagefind',
		// Open data is for programs and the readers who ask for it: cached when fetched, below.
		'data/**',
		// The social card is for link previews on other sites, not for reading.
		'social-card.png',
	],
};

/** The caches the runtime routes fill; the save control fills the same ones and removes them all. */
export const CACHES = {
	pages: 'handbook-pages',
	assets: 'handbook-assets',
	search: 'handbook-search',
	data: 'handbook-data',
} as const;

/** Seconds a page request waits for the network before the saved copy is shown instead. */
export const NETWORK_TIMEOUT = 3;

type Handler = 'NetworkFirst' | 'CacheFirst' | 'StaleWhileRevalidate';

/** One runtime route: requests whose URL matches `pattern` are answered by `handler` from `cache`. */
export interface OfflineRoute {
	pattern: RegExp;
	handler: Handler;
	cache: string;
}

const END = String.raw`(?:[?#]|$)`;

/** The runtime routes, first match wins (the service worker's router and `cacheFor` agree). */
export const OFFLINE_ROUTES: readonly OfflineRoute[] = [
	// The open data, the Markdown twins and llms.txt: kept once fetched, refreshed in the background.
	{
		pattern: new RegExp(String.raw`\/data\/v\d+\/|\.(?:md|txt)${END}`),
		handler: 'StaleWhileRevalidate',
		cache: CACHES.data,
	},
	// Hashed bundles, stylesheets and fonts never change under one name.
	{
		pattern: new RegExp(String.raw`\/_astro\/|\.woff2?${END}`),
		handler: 'CacheFirst',
		cache: CACHES.assets,
	},
	// Pagefind's index, fragment and filter chunks and its metadata are named by their content hash.
	{
		pattern: new RegExp(String.raw`\/pagefind\/(?:index|fragment|filter)\/|\.pf_meta${END}`),
		handler: 'CacheFirst',
		cache: CACHES.search,
	},
	// Its entry point, scripts and WebAssembly keep their names across builds: the network first.
	{ pattern: /\/pagefind\//, handler: 'NetworkFirst', cache: CACHES.search },
	// Pages: the network first, the saved copy when the network is off or slow.
	{
		pattern: new RegExp(String.raw`\/${END}|\.html${END}`),
		handler: 'NetworkFirst',
		cache: CACHES.pages,
	},
	// Other files at fixed names (the favicon, the offline manifest): kept, refreshed in the background.
	{
		pattern: new RegExp(String.raw`\.(?:svg|png|ico|json|css|js|mjs)${END}`),
		handler: 'StaleWhileRevalidate',
		cache: CACHES.assets,
	},
];

/** The cache a URL is kept in, or `undefined` when no route keeps it. */
export function cacheFor(url: string): string | undefined {
	return OFFLINE_ROUTES.find((route) => route.pattern.test(url))?.cache;
}

/** One file of a full offline copy: its site URL (a page as `/roles/`) and its size in bytes. */
export type ManifestFile = [url: string, bytes: number];

/** The offline manifest: every file a full offline copy needs. */
export interface OfflineManifest {
	/** Total bytes of all files. */
	bytes: number;
	files: ManifestFile[];
}

/** The site path of a built file under `base`: `roles/index.html` is the page `/roles/`. */
export function fileUrl(file: string, base: string): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return prefix + file.replace(/(^|\/)index\.html$/, '$1');
}

/** The offline manifest for built files (paths relative to the build folder) and their sizes. */
export function offlineManifest(
	files: readonly { file: string; bytes: number }[],
	base: string,
): OfflineManifest {
	const list = files
		.map(({ file, bytes }): ManifestFile => [fileUrl(file, base), bytes])
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return { bytes: list.reduce((total, [, bytes]) => total + bytes, 0), files: list };
}

/** Megabytes with one decimal, as the save control states them ("12.2"); never "0.0" for a file. */
export function megabytes(bytes: number): string {
	const value = bytes / 1024 / 1024;
	return bytes > 0 && value < 0.1 ? '0.1' : value.toFixed(1);
}

/** Options for workbox-build's `generateSW` over the built site in `dist`, deployed under `base`. */
export function serviceWorkerOptions(dist: string, base: string): GenerateSWOptions {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const fallback = `${prefix}${OFFLINE_PAGE}`;
	const runtimeCaching = OFFLINE_ROUTES.map(({ pattern, handler, cache }): RuntimeCaching => ({
		urlPattern: pattern,
		handler,
		options: {
			cacheName: cache,
			...(handler === 'NetworkFirst' ? { networkTimeoutSeconds: NETWORK_TIMEOUT } : {}),
			// A page never opened (nor saved) shows the precached "not saved" page when offline.
			...(cache === CACHES.pages ? { precacheFallback: { fallbackURL: fallback } } : {}),
			// Pages are saved under their address (`/roles/`); a query string does not make another copy.
			matchOptions: { ignoreSearch: true },
			cacheableResponse: { statuses: [200] },
		},
	}));
	return {
		globDirectory: dist,
		// Only the "not saved" page: everything else is kept when read, or saved on request.
		globPatterns: [OFFLINE_PAGE],
		runtimeCaching,
		swDest: `${dist.replace(/\/?$/, '/')}${SERVICE_WORKER}`,
		modifyURLPrefix: { '': prefix },
		ignoreURLParametersMatching: [/.*/],
		cleanupOutdatedCaches: true,
		// The page that installed the worker is kept too (see `keepScript` in `offline-build.ts`).
		importScripts: [KEEP_SCRIPT],
		// A new version waits until the reader accepts the update prompt (see `offline-client.ts`).
		skipWaiting: false,
		clientsClaim: false,
		inlineWorkboxRuntime: true,
		sourcemap: false,
		mode: 'production',
	};
}
