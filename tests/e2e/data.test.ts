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
import { BASE, newContext, useSite, watch } from './harness.ts';

const content = readContent(fileURLToPath(new URL('../../', import.meta.url)));
const count = (kind: string) => content.filter((file) => file.kind === kind).length;
const site = useSite();
const url = (path: string) => `${site.server.origin}${BASE}${path.replace(/^\//, '')}`;
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
		assert.equal(index.baseUrl, BASE);
		assert.deepEqual(
			index.files.map((file) => file.name),
			['index.json', 'roles.json', 'skills.json', 'questions.json', 'levels.csv'],
		);
		const ajv = new Ajv2020({ strict: false, allErrors: true });
		for (const file of index.files) {
			assert.ok(file.url.startsWith(BASE), `${file.url} is under ${BASE}`);
			const response = await fetch(`${site.server.origin}${file.url}`);
			assert.equal(response.status, 200, file.url);
			if (!file.schema) continue;
			const schema = await (await fetch(`${site.server.origin}${file.schema}`)).json();
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
		assert.equal(senior.url, `${BASE}roles/senior/`);
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

	it('lists every chapter, role and skill in llms.txt, and each twin answers as Markdown', async () => {
		const llms = await (await get('llms.txt')).text();
		const links = [...llms.matchAll(/\]\(([^)]+\.md)\)/g)].map((match) => match[1] as string);
		const chapters = content.filter((file) => file.kind === 'chapter' && file.id !== '404').length;
		assert.equal(links.length, chapters + count('role') + count('skill'));
		for (const link of links) {
			const response = await fetch(`${site.server.origin}${link}`);
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
