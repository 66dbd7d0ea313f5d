/** The skill finder: filters by category, role and level in place, by mouse or keyboard, and without JavaScript it is the plain list. */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import strings from '../../src/content/i18n/en.json' with { type: 'json' };
import { readContent } from '../../src/lib/content/content-files.ts';
import type { Role, Skill } from '../../src/lib/content/schemas.ts';
import { axeViolations, BASE, newContext, useSite, watch, type Theme } from './harness.ts';

const content = readContent(fileURLToPath(new URL('../../', import.meta.url)));
const skills = content
	.filter((file) => file.kind === 'skill')
	.map((file) => file.data.value as Skill);
const roles = content
	.filter((file) => file.kind === 'role')
	.map((file) => ({ id: file.id, data: file.data.value as Role }));
const senior = roles.find((role) => role.id === 'senior')!.data;
const levelsOf = (role: Role, level: number) =>
	Object.values(role.skills).filter((expected) => expected === level).length;
const status = (shown: number) =>
	strings['handbook.finder.status']
		.replace('{{shown}}', String(shown))
		.replace('{{total}}', String(skills.length));

const site = useSite();

async function open(search = '', options: { theme?: Theme; width?: number } = {}) {
	const context = await newContext(site.browser, site.server.origin, options);
	const page = await context.newPage();
	const problems = watch(page, site.server.origin);
	await page.goto(`${site.server.origin}${BASE}skill-finder/${search}`);
	await page.getByRole('group', { name: strings['handbook.finder.filters'] }).waitFor();
	return { page, problems };
}

const shownSkills = (page: Page) => page.locator('[data-skill]:visible').count();
const statusText = (page: Page) => page.getByRole('status').textContent();

describe('the skill finder', () => {
	it('narrows the list to the skills a role needs at a level and keeps the choice after a reload', async () => {
		const { page, problems } = await open();
		assert.equal(await statusText(page), status(skills.length));
		await page.getByLabel(strings['handbook.finder.role'], { exact: true }).selectOption('senior');
		await page.getByLabel(strings['handbook.finder.level'], { exact: true }).selectOption('3');
		const expected = levelsOf(senior, 3);
		assert.equal(await statusText(page), status(expected));
		assert.equal(await shownSkills(page), expected);
		// Each skill left lists only the chosen role's need.
		const needs = await page.locator('[data-role]:visible').allTextContents();
		assert.equal(needs.length, expected);
		for (const need of needs)
			assert.equal(
				need.replace(/\s+/g, ' ').trim(),
				`${senior.title} (3 ${strings['handbook.level.3']})`,
			);
		assert.match(page.url(), /\/skill-finder\/\?role=senior&level=3$/);

		await page.reload();
		await page
			.getByRole('status')
			.filter({ hasText: status(expected) })
			.waitFor();
		assert.equal(
			await page.getByLabel(strings['handbook.finder.role'], { exact: true }).inputValue(),
			'senior',
		);
		assert.equal(await shownSkills(page), expected);
		await page.context().close();
		assert.deepEqual(problems, []);
	});

	it('works from the keyboard, and the reset button shows every skill again', async () => {
		const { page, problems } = await open();
		const category = page.getByLabel(strings['handbook.finder.category'], { exact: true });
		await category.focus();
		await page.keyboard.press('ArrowDown');
		const chosen = await category.inputValue();
		const inCategory = skills.filter((skill) => skill.category === chosen).length;
		assert.ok(chosen);
		assert.equal(await statusText(page), status(inCategory));
		assert.equal(await shownSkills(page), inCategory);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		assert.equal(
			await page.evaluate(() => document.activeElement?.textContent),
			strings['handbook.finder.reset'],
		);
		await page.keyboard.press('Enter');
		await page
			.getByRole('status')
			.filter({ hasText: status(skills.length) })
			.waitFor();
		assert.equal(await category.inputValue(), '');
		assert.match(page.url(), /\/skill-finder\/$/);
		await page.context().close();
		assert.deepEqual(problems, []);
	});

	it('says so when no skill matches', async () => {
		const empty = roles.flatMap((role) =>
			[1, 2, 3, 4]
				.filter((level) => levelsOf(role.data, level) === 0)
				.map((level) => ({ role, level })),
		)[0];
		assert.ok(empty, 'a role with no skill at some level');
		const { page, problems } = await open(`?role=${empty.role.id}&level=${empty.level}`);
		await page.getByText(strings['handbook.finder.none']).waitFor();
		assert.equal(await statusText(page), status(0));
		assert.equal(await page.locator('[data-finder-group]:visible').count(), 0);
		await page.context().close();
		assert.deepEqual(problems, []);
	});

	for (const theme of ['light', 'dark'] as Theme[]) {
		it(`fits a 320 px screen with filters applied and has no axe violations in the ${theme} theme`, async () => {
			const { page, problems } = await open('?category=technical&level=2', { theme, width: 320 });
			assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320);
			problems.push(...(await axeViolations(page)).map((violation) => `axe ${violation}`));
			await page.context().close();
			assert.deepEqual(problems, []);
		});
	}

	it('is the whole list, without filters, when JavaScript is off', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const problems = watch(page, site.server.origin);
		await page.goto(`${site.server.origin}${BASE}skill-finder/?role=senior`);
		assert.equal(await shownSkills(page), skills.length);
		assert.equal(await page.locator('[data-skill-finder]').getByRole('combobox').count(), 0);
		assert.equal(
			await page.locator('[data-role]:visible').count(),
			roles.reduce((sum, role) => sum + Object.keys(role.data.skills).length, 0),
		);
		await context.close();
		assert.deepEqual(problems, []);
	});
});
