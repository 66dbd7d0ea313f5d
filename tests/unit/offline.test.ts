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
});
