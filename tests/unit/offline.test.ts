import { describe, expect, it } from 'vitest';
import { serviceWorkerOptions } from '../../src/lib/site/offline.ts';

describe('serviceWorkerOptions', () => {
	it('precaches the built site under the deployed base and leaves the worker itself out', () => {
		const options = serviceWorkerOptions('/srv/dist', '/handbook');
		expect(options).toMatchObject({
			globDirectory: '/srv/dist',
			swDest: '/srv/dist/sw.js',
			modifyURLPrefix: { '': '/handbook/' },
			directoryIndex: 'index.html',
			skipWaiting: false,
		});
		expect(options.globIgnores).toContain('sw.js');
		expect(options.globPatterns?.join()).toMatch(/html.*pf_fragment/);
	});

	it('leaves the open data out of the precache and keeps it once fetched, refreshed in the background', () => {
		const options = serviceWorkerOptions('/srv/dist', '/handbook/');
		expect(options.globIgnores).toContain('data/**');
		expect(options.runtimeCaching).toHaveLength(1);
		const [route] = options.runtimeCaching ?? [];
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
