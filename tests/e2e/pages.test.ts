/** Every built page, in both themes: no axe violations, no console errors, no failed or offsite requests. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import {
	axeViolations,
	builtPages,
	launchBrowser,
	newContext,
	serveDist,
	watch,
	type Theme,
} from './harness.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

before(async () => {
	[browser, server] = await Promise.all([launchBrowser(), serveDist()]);
});
after(async () => {
	await browser?.close();
	await server?.close();
});

const pages = builtPages();

for (const theme of ['light', 'dark'] as Theme[]) {
	describe(`every page in the ${theme} theme`, () => {
		for (const path of pages) {
			it(path, async () => {
				const context = await newContext(browser, server.origin, { theme });
				const page = await context.newPage();
				const problems = watch(page, server.origin);
				const response = await page.goto(server.origin + path, { waitUntil: 'networkidle' });
				assert.equal(response?.status(), 200, `status of ${path}`);
				assert.equal(await page.getAttribute('html', 'data-theme'), theme);
				problems.push(...(await axeViolations(page)).map((violation) => `axe ${violation}`));
				const seen = [...problems];
				await context.close();
				assert.deepEqual(seen, []);
			});
		}
	});
}
