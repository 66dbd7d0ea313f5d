/**
 * Open data and plain text from the production build, under the build's base: every data file
 * answers, matches its own published schema, and agrees with the pages; every page llms.txt lists
 * has a Markdown twin; the copy button puts the twin on the clipboard.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import strings from '../../src/content/i18n/en.json' with { type: 'json' };
import { readContent } from '../../src/lib/content/content-files.ts';
import { publicUrl } from '../../src/lib/site/data-export.ts';
import { markdownPathOf } from '../../src/lib/site/markdown-twin.ts';
import { BASE, builtPages, newContext, useSite, watch } from './harness.ts';

const content = readContent(fileURLToPath(new URL('../../', import.meta.url)));
const count = (kind: string) => content.filter((file) => file.kind === kind).length;
const site = useSite();
const url = (path: string) => `${site.server.origin}${BASE}${path.replace(/^\//, '')}`;
/** A URL as the build publishes it: base-relative, or absolute when it was built with `SITE`. */
const published = (path: string) =>
	publicUrl(path, { base: BASE, site: process.env['SITE'] || undefined });
/** A published URL, absolute or not, on the test server. */
const served = (link: string) => {
	const { pathname, search } = new URL(link, site.server.origin);
	return `${site.server.origin}${pathname}${search}`;
};
const get = async (path: string) => {
	const response = await fetch(url(path));
	assert.equal(response.status, 200, `${path} answers ${response.status}`);
	return response;
};

interface IndexFile {
	files: { name: string; url: string; schema?: string }[];
	counts: Record<string, number>;
	baseUrl: string;
}

describe('open data', () => {
	it('lists every file in index.json, each answering and matching its own schema', async () => {
		const index = (await (await get('data/v1/index.json')).json()) as IndexFile;
		assert.equal(index.baseUrl, published('/'));
		assert.deepEqual(
			index.files.map((file) => file.name),
			['index.json', 'roles.json', 'skills.json', 'questions.json', 'levels.csv'],
		);
		const ajv = new Ajv2020({ strict: false, allErrors: true });
		for (const file of index.files) {
			assert.equal(file.url, published(`/data/v1/${file.name}`));
			const response = await fetch(served(file.url));
			assert.equal(response.status, 200, file.url);
			if (!file.schema) continue;
			const schema = await (await fetch(served(file.schema))).json();
			const validate = ajv.compile(schema);
			assert.ok(
				validate(await response.json()),
				`${file.name}: ${ajv.errorsText(validate.errors)}`,
			);
		}
		assert.deepEqual(
			[index.counts['skills'], index.counts['roles'], index.counts['selfChecks']],
			[count('skill'), count('role'), count('self-check')],
		);
	});

	it('gives a role the same levels in roles.json, in levels.csv and on its page', async () => {
		const { roles } = (await (await get('data/v1/roles.json')).json()) as {
			roles: { id: string; title: string; url: string; skills: Record<string, number> }[];
		};
		const senior = roles.find((role) => role.id === 'senior');
		assert.ok(senior);
		assert.equal(senior.url, published('/roles/senior/'));
		const csv = (await (await get('data/v1/levels.csv')).text()).split('\r\n');
		const column = (csv[0] ?? '').split(',').indexOf(`${senior.title} (senior)`);
		const sqlRow = csv.find((row) => row.split(',')[1] === 'sql')?.split(',') ?? [];
		assert.equal(sqlRow[column], String(senior.skills['sql']));

		const context = await newContext(site.browser, site.server.origin);
		const page = await context.newPage();
		await page.goto(url('roles/senior/'));
		// The "Skills and expected levels" table: a skill link in each row header, the level beside it.
		const rows = await page
			.locator('h2#skills ~ table')
			.first()
			.locator('tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) => [
					tr.querySelector('th a')?.getAttribute('href') ?? '',
					(tr.querySelector('td')?.textContent ?? '').trim().split(' ')[0],
				]),
			);
		await context.close();
		assert.deepEqual(
			Object.fromEntries(rows.map(([href, level]) => [href?.split('/').at(-2), Number(level)])),
			senior.skills,
		);
	});

	it('lists every page in llms.txt, a chapter, role or skill by its twin, each answering', async () => {
		const llms = await (await get('llms.txt')).text();
		const targets = [...llms.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] as string);
		const links = targets.filter((link) => link.endsWith('.md'));
		const chapters = content.filter((file) => file.kind === 'chapter' && file.id !== '404').length;
		assert.equal(links.length, chapters + count('role') + count('skill'));
		// Every built HTML page but 404 is listed: by its Markdown twin, or as itself.
		const twinOf = (page: string) =>
			BASE.slice(0, -1) + markdownPathOf(page.slice(BASE.length - 1));
		const listed = new Set(targets.map((link) => new URL(link, site.server.origin).pathname));
		const missing = builtPages()
			.filter((page) => page !== `${BASE}404.html`)
			.filter((page) => !listed.has(page) && !listed.has(twinOf(page)));
		assert.deepEqual(missing, [], 'built pages llms.txt does not list');
		for (const link of targets.filter((target) => !target.endsWith('.md')))
			assert.equal((await fetch(served(link))).status, 200, link);
		for (const link of links) {
			const response = await fetch(served(link));
			assert.equal(response.status, 200, link);
			assert.match(await response.text(), /^# .+\n\n> /, link);
		}
		assert.match(await (await get('llms-full.txt')).text(), /# Staff Backend Engineer/);
	});

	it('copies a page as Markdown with the button under its title', async () => {
		const context = await newContext(site.browser, site.server.origin);
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: site.server.origin,
		});
		const page = await context.newPage();
		const problems = watch(page, site.server.origin);
		await page.goto(url('roles/staff/'));
		await page.getByRole('button', { name: strings['handbook.twin.copy'] }).click();
		await page.getByRole('status').filter({ hasText: strings['handbook.twin.copied'] }).waitFor();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		assert.equal(copied, await (await get('roles/staff.md')).text());
		assert.deepEqual(problems, []);
		await context.close();
	});

	it('keeps the Markdown link, and no button, without JavaScript', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(url('skills/sql/'));
		const link = page.getByRole('link', { name: strings['handbook.twin.view'] });
		assert.equal(await link.getAttribute('href'), `${BASE}skills/sql.md`);
		assert.equal(
			await page.getByRole('button', { name: strings['handbook.twin.copy'] }).count(),
			0,
		);
		await context.close();
	});
});
