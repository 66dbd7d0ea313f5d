/**
 * Offline reading: which built files the service worker precaches, so that after a first visit
 * every page, the search index and the reader's saved progress (in localStorage) work offline.
 */
import type { GenerateSWOptions } from 'workbox-build';

/** The service worker's file name, at the root of the site (its scope is the whole handbook). */
export const SERVICE_WORKER = 'sw.js';

/** Options for workbox-build's `generateSW` over the built site in `dist`, deployed under `base`. */
export function serviceWorkerOptions(dist: string, base: string): GenerateSWOptions {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return {
		globDirectory: dist,
		globPatterns: [
			'**/*.{html,css,js,mjs,svg,png,ico,woff2,json,wasm,pf_meta,pf_index,pf_fragment,pf_filter,pagefind}',
		],
		// Pagefind also writes UIs that Starlight's search does not load, and a fallback for pages with no language.
		globIgnores: [
			SERVICE_WORKER,
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
		// The open data, the Markdown twins and llms.txt: kept once fetched, refreshed in the background.
		runtimeCaching: [
			{
				urlPattern: /\/data\/v\d+\/|\.(?:md|txt)(?:[?#]|$)/,
				handler: 'StaleWhileRevalidate',
				options: { cacheName: 'handbook-data' },
			},
		],
		swDest: `${dist.replace(/\/?$/, '/')}${SERVICE_WORKER}`,
		modifyURLPrefix: { '': prefix },
		// Hashed file names never change content; other files are revisioned by their content hash.
		dontCacheBustURLsMatching: /\/_astro\/.+\.[\w-]{8}\./,
		maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
		// Pages are `/roles/` on the wire and `roles/index.html` in the precache.
		directoryIndex: 'index.html',
		ignoreURLParametersMatching: [/.*/],
		cleanupOutdatedCaches: true,
		// A new version waits until the reader accepts the update prompt (see `offline-client.ts`).
		skipWaiting: false,
		clientsClaim: false,
		inlineWorkboxRuntime: true,
		sourcemap: false,
		mode: 'production',
	};
}
