/** The whole handbook on one page: contents that link to each part, and a layout for paper. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { BASE, newContext, useSite, watch } from './harness.ts';

const site = useSite();

it('lists every part, links to it, and starts each part on a new printed page', async () => {
	const context = await newContext(site.browser, site.server.origin);
	const page = await context.newPage();
	const problems = watch(page, site.server.origin);
	await page.goto(`${site.server.origin}${BASE}print/`);
	const contents = page.getByRole('navigation', { name: 'Contents' }).getByRole('link');
	const parts = page.locator('.print-part');
	assert.equal(await contents.count(), await parts.count());
	assert.ok((await parts.count()) >= 16);

	await contents.filter({ hasText: 'Appendix: the roles' }).click();
	assert.match(page.url(), /#appendix-roles$/);
	assert.equal(await page.getByRole('heading', { name: 'Appendix: the roles' }).isVisible(), true);

	await page.emulateMedia({ media: 'print' });
	assert.equal(await parts.nth(1).evaluate((part) => getComputedStyle(part).breakBefore), 'page');
	assert.equal(await page.locator('#starlight__sidebar').isVisible(), false);
	const pdf = await page.pdf({ format: 'A4' });
	assert.ok(pdf.length > 100_000, `a PDF of the whole handbook (${pdf.length} bytes)`);
	const seen = [...problems];
	await context.close();
	assert.deepEqual(seen, []);
});
