/**
 * Every built page: no console errors, no failed or offsite requests, and every site link under the
 * base path. At the root the page is also checked with axe in both themes, one load per page: the
 * markup does not depend on the base path, so the run under a sub-path checks links and requests only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeViolations, BASE, builtPages, newContext, useSite, watch } from './harness.ts';

const site = useSite();
const pages = builtPages();
const WITH_AXE = BASE === '/';

describe(WITH_AXE ? 'every page, with axe in both themes' : `every page under ${BASE}`, () => {
	for (const path of pages) {
		it(path, async () => {
			const context = await newContext(site.browser, site.server.origin, { theme: 'light' });
			const page = await context.newPage();
			const problems = watch(page, site.server.origin);
			const response = await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
			assert.equal(response?.status(), 200, `status of ${path}`);
			if (WITH_AXE) {
				assert.equal(await page.getAttribute('html', 'data-theme'), 'light');
				problems.push(...(await axeViolations(page)).map((violation) => `axe light: ${violation}`));
				// What Starlight's theme switch does: the colours follow `data-theme`.
				await page.evaluate(() => {
					document.documentElement.dataset['theme'] = 'dark';
					localStorage.setItem('starlight-theme', 'dark');
				});
				problems.push(...(await axeViolations(page)).map((violation) => `axe dark: ${violation}`));
			}
			// Under a sub-path every site link must carry it; a link without it leaves the handbook.
			const links = await page.$$eval('a[href^="/"]', (anchors) =>
				anchors.map((anchor) => anchor.getAttribute('href') ?? ''),
			);
			problems.push(
				...links
					.filter((link) => !link.startsWith(BASE))
					.map((link) => `link outside ${BASE}: ${link}`),
			);
			const seen = [...problems];
			await context.close();
			assert.deepEqual(seen, []);
		});
	}
});
