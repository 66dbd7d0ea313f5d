import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	cacheFor,
	CACHES,
	FULL_COPY_GLOBS,
	megabytes,
	OFFLINE_ROUTES,
	offlineManifest,
	serviceWorkerOptions,
} from '../../src/lib/site/offline.ts';
import { buildOfflineManifest, keepScript, offlinePage } from '../../src/lib/site/offline-build.ts';
import {
	missingFiles,
	readManifest,
	removeCopy,
	saveFiles,
	type CacheLike,
	type CacheStorageLike,
} from '../../src/lib/site/offline-save.ts';

describe('serviceWorkerOptions', () => {
	it('precaches only the "not saved" page, under the deployed base, and imports the keep script', () => {
		const options = serviceWorkerOptions('/srv/dist', '/handbook');
		expect(options).toMatchObject({
			globDirectory: '/srv/dist',
			globPatterns: ['offline.html'],
			swDest: '/srv/dist/sw.js',
			modifyURLPrefix: { '': '/handbook/' },
			importScripts: ['sw-keep.js'],
			skipWaiting: false,
		});
	});

	it('answers pages from the network first with a short timeout, and the "not saved" page offline', () => {
		const options = serviceWorkerOptions('/srv/dist', '/handbook/');
		const pages = options.runtimeCaching?.find(
			(route) => route.options?.cacheName === CACHES.pages,
		);
		expect(pages).toMatchObject({
			handler: 'NetworkFirst',
			options: {
				networkTimeoutSeconds: 3,
				precacheFallback: { fallbackURL: '/handbook/offline.html' },
			},
		});
		expect(options.runtimeCaching?.map(({ handler }) => handler)).toEqual(
			OFFLINE_ROUTES.map(({ handler }) => handler),
		);
	});

	it('keeps the open data once fetched, refreshed in the background', () => {
		const [route] = serviceWorkerOptions('/srv/dist', '/handbook/').runtimeCaching ?? [];
		expect(route).toMatchObject({
			handler: 'StaleWhileRevalidate',
			options: { cacheName: 'handbook-data' },
		});
		const pattern = route?.urlPattern as RegExp;
		for (const url of [
			'/handbook/data/v1/roles.json',
			'/handbook/data/v1/schema/roles.schema.json',
			'/handbook/data/v1/levels.csv',
			'/handbook/skills/sql.md',
			'/handbook/llms.txt',
			'/handbook/llms-full.txt?x=1',
		])
			expect(pattern.test(url), url).toBe(true);
		for (const url of ['/handbook/skills/sql/', '/handbook/_astro/app.1234abcd.js', '/handbook/'])
			expect(pattern.test(url), url).toBe(false);
	});
});

describe('runtime routes', () => {
	const origin = 'https://example.org';
	const cases: [string, string | undefined][] = [
		['/handbook/', CACHES.pages],
		['/handbook/roles/staff/', CACHES.pages],
		['/handbook/roles/staff/?from=map', CACHES.pages],
		['/handbook/404.html', CACHES.pages],
		['/handbook/data/', CACHES.pages],
		['/handbook/_astro/app.1234abcd.js', CACHES.assets],
		['/handbook/_astro/inter-latin-400-normal.Dx4kXJAl.woff2', CACHES.assets],
		['/handbook/pagefind/fragment/en_1a2b3c.pf_fragment', CACHES.search],
		['/handbook/pagefind/index/en_1a2b3c.pf_index', CACHES.search],
		['/handbook/pagefind/pagefind.en_1a2b3c.pf_meta', CACHES.search],
		['/handbook/pagefind/pagefind-entry.json', CACHES.search],
		['/handbook/pagefind/wasm.en.pagefind', CACHES.search],
		['/handbook/favicon.svg', CACHES.assets],
		['/handbook/data/v1/roles.json', CACHES.data],
		['/handbook/skills/sql.md', CACHES.data],
		['/handbook/sw.webmanifest.zip', undefined],
	];
	it.each(cases)('keeps %s in %s', (path, cache) => {
		expect(cacheFor(origin + path)).toBe(cache);
	});

	it('hands the same routes to the keep script, which the worker can parse', () => {
		const script = keepScript();
		expect(() => new Function(script)).not.toThrow();
		for (const { pattern, cache } of OFFLINE_ROUTES) {
			expect(script).toContain(JSON.stringify(pattern.source));
			expect(script).toContain(JSON.stringify(cache));
		}
		expect(script).toContain('"handbook-keep"');
	});
});

describe('the offline manifest', () => {
	it('lists pages under their address, sorted, with the total of their sizes', () => {
		const manifest = offlineManifest(
			[
				{ file: 'roles/index.html', bytes: 1000 },
				{ file: 'index.html', bytes: 200 },
				{ file: '_astro/app.1234abcd.js', bytes: 30 },
			],
			'/handbook',
		);
		expect(manifest).toEqual({
			bytes: 1230,
			files: [
				['/handbook/', 200],
				['/handbook/_astro/app.1234abcd.js', 30],
				['/handbook/roles/', 1000],
			],
		});
	});

	it('holds what the precache used to hold, and nothing the site does not need to be read', async () => {
		const dist = mkdtempSync(join(tmpdir(), 'offline-manifest-'));
		const files: Record<string, number> = {
			'index.html': 100,
			'roles/staff/index.html': 200,
			'404.html': 50,
			'_astro/app.1234abcd.js': 300,
			'_astro/inter.Dx4kXJAl.woff2': 400,
			'pagefind/pagefind.js': 10,
			'pagefind/wasm.en.pagefind': 20,
			'pagefind/fragment/en_1.pf_fragment': 5,
			'favicon.svg': 7,
			// Left out:
			'pagefind/pagefind-highlight.js': 1,
			'pagefind/wasm.unknown.pagefind': 1,
			'data/v1/roles.json': 1,
			'sitemap-0.xml': 1,
			'social-card.png': 1,
			'sw.js': 1,
			'sw-keep.js': 1,
			'offline.html': 1,
			'offline-manifest.json': 1,
			'skills/sql.md': 1,
		};
		for (const [file, bytes] of Object.entries(files)) {
			mkdirSync(dirname(join(dist, file)), { recursive: true });
			writeFileSync(join(dist, file), 'x'.repeat(bytes));
		}
		const manifest = await buildOfflineManifest(dist, '/');
		expect(manifest.files.map(([url]) => url)).toEqual([
			'/',
			'/404.html',
			'/_astro/app.1234abcd.js',
			'/_astro/inter.Dx4kXJAl.woff2',
			'/favicon.svg',
			'/pagefind/fragment/en_1.pf_fragment',
			'/pagefind/pagefind.js',
			'/pagefind/wasm.en.pagefind',
			'/roles/staff/',
		]);
		expect(manifest.bytes).toBe(100 + 200 + 50 + 300 + 400 + 10 + 20 + 5 + 7);
		expect(FULL_COPY_GLOBS.globIgnores).toContain('data/**');
		// Every file of a full copy goes into a cache the worker reads.
		expect(manifest.files.filter(([url]) => !cacheFor(`https://x${url}`))).toEqual([]);
	});

	it('states sizes in megabytes with one decimal, never as nothing', () => {
		expect(megabytes(12.2 * 1024 * 1024)).toBe('12.2');
		expect(megabytes(300)).toBe('0.1');
		expect(megabytes(0)).toBe('0.0');
	});

	it('is read back from a fetched body, and anything else is refused', () => {
		expect(readManifest({ bytes: 3, files: [['/a/', 3]] })).toEqual({
			bytes: 3,
			files: [['/a/', 3]],
		});
		for (const body of [undefined, null, '[]', { bytes: 3 }, { bytes: 1, files: [['/a/']] }])
			expect(readManifest(body)).toBeUndefined();
	});
});

describe('the offline page', () => {
	it('says the page was not saved, links to the progress page under the base, and allows only its own style', () => {
		const html = offlinePage(
			{ title: 'T & co', heading: 'Not saved', text: 'Go save', progress: 'Save', home: 'Home' },
			'/handbook',
		);
		expect(html).toContain('<h1>Not saved</h1>');
		expect(html).toContain('<title>T &amp; co</title>');
		expect(html).toContain('href="/handbook/tools/progress/"');
		expect(html).toMatch(/default-src 'none';[^"]*style-src 'sha256-[^']+'/);
		expect(html).not.toContain('<script');
	});
});

/** An in-memory CacheStorage holding response bodies as text. */
function memoryCaches(): CacheStorageLike & { names: Map<string, Map<string, string>> } {
	const names = new Map<string, Map<string, string>>();
	const cache = (entries: Map<string, string>): CacheLike => ({
		match: async (url) => {
			const body = entries.get(url);
			return body === undefined ? undefined : new Response(body);
		},
		put: async (url, response) => {
			entries.set(url, await response.text());
		},
		keys: async () => [...entries.keys()].map((url) => ({ url })),
	});
	return {
		names,
		open: async (name) => {
			if (!names.has(name)) names.set(name, new Map());
			return cache(names.get(name) as Map<string, string>);
		},
		has: async (name) => names.has(name),
		delete: async (name) => names.delete(name),
	};
}

describe('saving and removing the offline copy', () => {
	const origin = 'https://example.org';
	const manifest = offlineManifest(
		[
			{ file: 'index.html', bytes: 4 },
			{ file: '_astro/app.1234abcd.js', bytes: 6 },
			{ file: 'pagefind/pagefind.js', bytes: 3 },
		],
		'/',
	);

	it('downloads what is missing into the routes’ caches, reporting progress, and removes it all', async () => {
		const storage = memoryCaches();
		await (await storage.open(CACHES.pages)).put(`${origin}/`, new Response('home'));
		const missing = await missingFiles(manifest, storage, origin);
		expect(missing).toEqual({
			files: [
				['/_astro/app.1234abcd.js', 6],
				['/pagefind/pagefind.js', 3],
			],
			bytes: 9,
		});
		const progress: number[] = [];
		const fetched: string[] = [];
		const failed = await saveFiles(missing.files, {
			storage,
			origin,
			fetch: async (url) => {
				fetched.push(url);
				return new Response(url.endsWith('.js') && url.includes('_astro') ? 'app.js' : 'pf!');
			},
			onProgress: (done) => progress.push(done),
			parallel: 1,
		});
		expect(failed).toEqual([]);
		expect(fetched).toEqual([`${origin}/_astro/app.1234abcd.js`, `${origin}/pagefind/pagefind.js`]);
		expect(progress).toEqual([6, 9]);
		expect((await missingFiles(manifest, storage, origin)).bytes).toBe(0);
		expect(storage.names.get(CACHES.assets)?.has(`${origin}/_astro/app.1234abcd.js`)).toBe(true);
		expect(storage.names.get(CACHES.search)?.has(`${origin}/pagefind/pagefind.js`)).toBe(true);

		await (await storage.open('handbook-offered')).put(`${origin}/x`, new Response(''));
		expect(await removeCopy(storage)).toBe('home'.length + 'app.js'.length + 'pf!'.length);
		expect([...storage.names.keys()]).toEqual(['handbook-offered']);
		expect((await missingFiles(manifest, storage, origin)).bytes).toBe(13);
		// Checking what is missing creates no cache.
		expect([...storage.names.keys()]).toEqual(['handbook-offered']);
	});

	it('keeps going past a failed file and returns it, so trying again fetches only that one', async () => {
		const storage = memoryCaches();
		const failed = await saveFiles(manifest.files, {
			storage,
			origin,
			fetch: async (url) =>
				url.endsWith('/') ? new Response('gone', { status: 503 }) : new Response('ok'),
			onProgress: () => undefined,
		});
		expect(failed).toEqual([['/', 4]]);
		expect((await missingFiles(manifest, storage, origin)).files).toEqual([['/', 4]]);
	});
});
