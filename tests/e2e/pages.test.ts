/** Every built page, in both themes: no axe violations, no console errors, no failed or offsite requests. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
	axeViolations,
	BASE,
	builtPages,
	newContext,
	type Theme,
	useSite,
	watch,
} from './harness.ts';

const site = useSite();

const pages = builtPages();

for (const theme of ['light', 'dark'] as Theme[]) {
	describe(`every page in the ${theme} theme`, () => {
		for (const path of pages) {
			it(path, async () => {
				const context = await newContext(site.browser, site.server.origin, { theme });
				const page = await context.newPage();
				const problems = watch(page, site.server.origin);
				const response = await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
				assert.equal(response?.status(), 200, `status of ${path}`);
				assert.equal(await page.getAttribute('html', 'data-theme'), theme);
				problems.push(...(await axeViolations(page)).map((violation) => `axe ${violation}`));
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
}
