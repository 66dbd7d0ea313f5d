/**
 * The career map as a tool: selecting a role opens the map panel beside the map (a modal dialog on
 * a phone) with its summary, the reader's readiness from the one plan model and "Plan a move
 * here"; Escape closes it and focus goes back to the role. The reader's roles and route are marked
 * on the map on the career map page and the home page; without JavaScript a role is a plain link.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { makePlan, readiness } from '../../src/lib/career/plan.ts';
import { readContent } from '../../src/lib/content/content-files.ts';
import { roleSchema } from '../../src/lib/content/schemas.ts';
import { PROGRESS_KEY } from '../../src/lib/progress/schema.ts';
import { axeViolations, BASE, useSite, useTrackedPages, type Theme } from './harness.ts';

const tracked = useTrackedPages(useSite());

const roles = readContent(new URL('../../', import.meta.url).pathname)
	.filter((file) => file.kind === 'role')
	.map((file) => ({ id: file.id, data: roleSchema().parse(file.data.value) }));
const title = (id: string) => roles.find((role) => role.id === id)!.data.title;

/** Saved progress with a plan from junior to senior and two ratings. */
const SAVED = {
	app: 'backend-career-handbook',
	version: 3,
	savedAt: '2026-12-01T00:00:00.000Z',
	progress: {
		quizzes: {},
		ratings: { sql: 3, 'api-design': 1 },
		checklists: {},
		plan: { from: 'junior', to: 'senior' },
		coach: { background: { interests: [] }, assessments: [] },
	},
};

async function open(
	path: string,
	{
		theme,
		width,
		saved,
		javaScript = true,
	}: { theme?: Theme; width?: number; saved?: object; javaScript?: boolean } = {},
): Promise<Page> {
	const context = await tracked.context({
		javaScript,
		...(theme ? { theme } : {}),
		...(width ? { width } : {}),
	});
	if (saved)
		await context.addInitScript(
			([key, value]) => {
				if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
			},
			[PROGRESS_KEY, JSON.stringify(saved)],
		);
	const page = await tracked.page(context, path);
	if (javaScript) await page.waitForSelector('astro-island:not([ssr])');
	return page;
}

/** A role's box on the drawing of the map that is shown. */
const roleOnMap = (page: Page, id: string) =>
	page.locator(`.career-map-canvas svg:visible a[href="${BASE}roles/${id}/"] .role-title`).first();
const panel = (page: Page) => page.locator('dialog.map-panel');
const panelOpen = (page: Page) =>
	panel(page).evaluate((element) => element.matches(':popover-open, [open]'));

describe('the map panel', () => {
	it('opens beside the map on a click, names the role, and closes with Escape, focus back on the role', async () => {
		const page = await open(`${BASE}career-map/`);
		await roleOnMap(page, 'senior').click();
		await page.waitForFunction(() =>
			document.querySelector('dialog.map-panel')?.matches(':popover-open'),
		);
		assert.equal(await panel(page).evaluate((element) => element.matches(':modal')), false);
		assert.equal(await page.evaluate(() => document.activeElement?.textContent), title('senior'));
		const text = await panel(page).innerText();
		assert.ok(text.includes(roles.find((role) => role.id === 'senior')!.data.summary));
		assert.match(text, /Rate your skills, or choose your current role/);
		// Beside the map: it does not cover the map's column.
		const [box, map] = await Promise.all([
			panel(page).boundingBox(),
			page.locator('.career-map-canvas').boundingBox(),
		]);
		assert.ok(
			box!.x >= map!.x + map!.width,
			`panel at ${box!.x}, map ends at ${map!.x + map!.width}`,
		);
		await page.keyboard.press('Escape');
		assert.equal(await panelOpen(page), false);
		assert.equal(
			await page.evaluate(() => document.activeElement?.getAttribute('href')),
			`${BASE}roles/senior/`,
		);
		assert.equal(new URL(page.url()).pathname, `${BASE}career-map/`);
	});

	it('opens from the keyboard with Enter, and its link leads to the role page', async () => {
		const page = await open(`${BASE}career-map/`);
		await page
			.locator(`.career-map-canvas svg:visible a[href="${BASE}roles/intern/"]`)
			.first()
			.focus();
		await page.keyboard.press('Enter');
		await page.waitForFunction(() =>
			document.querySelector('dialog.map-panel')?.matches(':popover-open'),
		);
		assert.equal(new URL(page.url()).pathname, `${BASE}career-map/`);
		await panel(page)
			.getByRole('link', { name: `Read the ${title('intern')} page` })
			.click();
		await page.waitForURL(`**${BASE}roles/intern/`);
		assert.equal(await page.locator('h1').textContent(), title('intern'));
	});

	for (const theme of ['light', 'dark'] as Theme[])
		it(`is a modal dialog on a phone, passes axe while open and closes with its button (${theme})`, async () => {
			const page = await open(`${BASE}career-map/`, { width: 360, theme });
			await roleOnMap(page, 'data-engineer').click();
			await page.waitForFunction(() =>
				document.querySelector('dialog.map-panel')?.matches(':modal'),
			);
			const box = await panel(page).boundingBox();
			assert.ok(
				box!.x >= 0 && box!.x + box!.width <= 360,
				`panel from ${box!.x}, ${box!.width} wide`,
			);
			assert.deepEqual(await axeViolations(page), []);
			await panel(page).getByRole('button', { name: 'Close' }).click();
			assert.equal(await panelOpen(page), false);
			assert.equal(
				await page.evaluate(() => document.activeElement?.getAttribute('href')),
				`${BASE}roles/data-engineer/`,
			);
		});

	it('marks the reader’s current role, target and route, and gives readiness from the plan model', async () => {
		const page = await open(`${BASE}career-map/`, { saved: SAVED });
		const marked = await page.evaluate(() =>
			[...document.querySelectorAll('.lane-map-wide .node')]
				.filter((node) => node.matches('.current, .target, .on-route'))
				.map((node) =>
					[
						node.getAttribute('data-role'),
						...['current', 'target', 'on-route'].filter((name) => node.classList.contains(name)),
					].join(' '),
				),
		);
		assert.deepEqual(marked, [
			'junior current on-route',
			'mid-level on-route',
			'senior target on-route',
		]);
		assert.equal(
			await page.locator('.map-panel-hint').textContent(),
			`Marked on the map: your current role, ${title('junior')} (filled box); your target, ${title('senior')} (dashed border); the route between them (thick lines).`,
		);
		await roleOnMap(page, 'staff').click();
		const plan = makePlan(roles, 'junior', 'staff', SAVED.progress.ratings);
		const { met, total, rated } = readiness(plan);
		const text = await panel(page).innerText();
		assert.ok(
			text.includes(`You meet ${met} of the ${total} skill levels ${title('staff')} expects.`),
			text,
		);
		assert.ok(
			text.includes(
				`${total - rated} of them you have not rated; they count at the level your current role expects.`,
			),
		);
		assert.deepEqual(
			await panel(page).locator('li').allTextContents(),
			plan.gaps.slice(0, 3).map((gap) => {
				const skill = readContent(new URL('../../', import.meta.url).pathname).find(
					(file) => file.kind === 'skill' && file.id === gap.skill,
				)!;
				return `${(skill.data.value as { title: string }).title}, ${gap.gap} below`;
			}),
		);
	});

	it('plans a move: "Plan a move here" saves the target and the planner shows the route', async () => {
		const page = await open(`${BASE}career-map/`, { saved: SAVED });
		await roleOnMap(page, 'staff').click();
		await panel(page).getByRole('link', { name: 'Plan a move here' }).click();
		await page.waitForURL(`**${BASE}tools/planner/`);
		const stored = await page.evaluate(
			(key) => JSON.parse(localStorage.getItem(key)!),
			PROGRESS_KEY,
		);
		assert.deepEqual(stored.progress.plan, { from: 'junior', to: 'staff' });
		assert.deepEqual(stored.progress.ratings, SAVED.progress.ratings);
		const route = makePlan(roles, 'junior', 'staff', {}).route!;
		await page.waitForSelector('.planner .outcome');
		assert.match(
			(await page.locator('.planner .outcome').textContent()) ?? '',
			new RegExp(`Route: ${route.map(title).join(' → ')}\\.`),
		);
	});

	it('marks the reader’s roles on the home page’s map too', async () => {
		const page = await open(BASE, { saved: SAVED });
		assert.equal(
			await page.locator('.lane-map-wide .node.current').getAttribute('data-role'),
			'junior',
		);
		assert.equal(
			await page.locator('.lane-map-wide .node.target').getAttribute('data-role'),
			'senior',
		);
	});

	it('leaves each role a plain link without JavaScript', async () => {
		const page = await open(`${BASE}career-map/`, { javaScript: false });
		await page
			.locator(`.career-map-canvas svg a[href="${BASE}roles/senior/"] .role-title`)
			.first()
			.click();
		await page.waitForURL(`**${BASE}roles/senior/`);
		assert.equal(await page.locator('h1').textContent(), title('senior'));
	});
});
