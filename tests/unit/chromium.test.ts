import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../src/lib/diagrams/chromium.ts';

describe('findChromium', () => {
	const emptyCache = mkdtempSync(join(tmpdir(), 'pw-'));

	it('prefers CHROMIUM_PATH when it exists', () => {
		const exists = (path: string) => ['/opt/chrome', '/usr/bin/chromium'].includes(path);
		expect(
			findChromium({ env: { CHROMIUM_PATH: '/opt/chrome' }, exists, playwrightCache: emptyCache }),
		).toBe('/opt/chrome');
	});

	it("falls back to Debian's chromium, then to the newest Playwright browser", () => {
		expect(
			findChromium({
				env: {},
				exists: (path) => path === '/usr/bin/chromium',
				playwrightCache: emptyCache,
			}),
		).toBe('/usr/bin/chromium');
		const cache = mkdtempSync(join(tmpdir(), 'pw-'));
		for (const name of ['chromium-1100', 'chromium-1200', 'firefox-1'])
			mkdirSync(join(cache, name));
		const wanted = join(cache, 'chromium-1200', 'chrome-linux64', 'chrome');
		const exists = (path: string) =>
			path === wanted || path === join(cache, 'chromium-1100', 'chrome-linux', 'chrome');
		expect(
			findChromium({ env: { CHROMIUM_PATH: '/nowhere' }, exists, playwrightCache: cache }),
		).toBe(wanted);
	});

	it('returns undefined when there is no browser anywhere', () => {
		expect(
			findChromium({ env: {}, exists: () => false, playwrightCache: emptyCache }),
		).toBeUndefined();
	});
});
