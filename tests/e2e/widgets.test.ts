/**
 * The widgets in the production build: saved progress across reloads, the planner fed by the
 * self-assessment, export and import, bad stored data, shared links, and hostile text in files and
 * links. Each test checks the page for console errors and failed requests, and runs axe on the
 * widgets in the state the test leaves them in.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { afterEach, describe, it } from 'node:test';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { parse } from 'yaml';
import { PROGRESS_KEY } from '../../src/lib/progress/schema.ts';
import { axeViolations, BASE, newContext, useSite, watch, type Theme } from './harness.ts';

/** How many skills the handbook describes, counted from the content folder. */
const SKILL_COUNT = readdirSync(new URL('../../content/skills/', import.meta.url)).filter((name) =>
	name.endsWith('.mdx'),
).length;

const site = useSite();
let contexts: BrowserContext[] = [];
/** Problems seen on each page a test opened (console errors, failed or offsite requests). */
let watched: string[][] = [];

afterEach(async () => {
	await Promise.all(contexts.map((context) => context.close()));
	const problems = watched.flat();
	contexts = [];
	watched = [];
	assert.deepEqual(problems, []);
});

/** A watched page at `path` in a new browser profile (empty storage). */
async function open(
	path: string,
	options: { theme?: Theme; width?: number; init?: () => void } = {},
): Promise<Page> {
	const context = await newContext(site.browser, site.server.origin, options);
	contexts.push(context);
	if (options.init) await context.addInitScript(options.init);
	const page = await context.newPage();
	watched.push(watch(page, site.server.origin));
	await go(page, path);
	return page;
}

/**
 * Opens a site path and waits until the network is quiet, so that the next navigation does not
 * abort requests still under way (which would show up as failed requests).
 */
async function go(page: Page, path: string): Promise<void> {
	await page.goto(site.server.origin + BASE + path.replace(/^\//, ''), {
		waitUntil: 'networkidle',
	});
}

async function reload(page: Page): Promise<void> {
	await page.reload({ waitUntil: 'networkidle' });
}

const stored = (page: Page) =>
	page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), PROGRESS_KEY);

/** Scrolls a widget into view, which hydrates it (`client:visible`), and waits for it. */
async function reveal(page: Page, selector: string, ready: string): Promise<void> {
	await page.locator(selector).first().scrollIntoViewIfNeeded();
	await page.locator(ready).first().waitFor();
}

/** Waits until focus is on an element whose text starts with `text` (focus moves after a render). */
async function waitForFocus(page: Page, text: string): Promise<void> {
	await page.waitForFunction(
		(start) => document.activeElement?.textContent?.trim().startsWith(start),
		text,
		{ timeout: 5000 },
	);
}

async function expectNoAxeViolations(page: Page, themes: Theme[] = ['light', 'dark']) {
	for (const theme of themes) {
		await page.evaluate((value) => {
			document.documentElement.dataset['theme'] = value;
		}, theme);
		assert.deepEqual(await axeViolations(page), [], `axe in the ${theme} theme`);
	}
}

const CHAPTER = '/career-path/starting-out/';
const quizReady = '.quiz fieldset, .quiz .result';

describe('self-check quiz', () => {
	it('keeps answers after a reload, with each choice explained and the score', async () => {
		const page = await open(CHAPTER);
		await reveal(page, '.self-check', quizReady);
		const first = page.locator('.quiz .question').first();
		await first.getByRole('radio', { name: /A list of ten online course certificates/ }).check();
		await first.getByRole('button', { name: 'Check answer' }).click();

		const result = first.locator('.result');
		await result.waitFor();
		await waitForFocus(page, 'Not right.');
		assert.equal(await result.locator('.verdict').textContent(), 'Not right.');
		assert.match(
			// Options are shown in a build-time shuffled order: find the chosen one by its mark.
			(await result.locator('li', { hasText: '(your choice)' }).textContent()) ?? '',
			/^Not right \(your choice\): A list of ten online course certificates in backend topics, each with its date\. Certificates show/,
		);
		assert.deepEqual(await result.getByRole('link').allTextContents(), [
			'Portfolio and open source',
			'Version control',
			'Testing and debugging',
		]);
		const status = page.locator('.quiz-summary [role="status"]');
		const score = page.locator('.quiz-summary .quiz-score');
		// The verdict is announced; the score line beside it carries only the score.
		assert.equal(await status.textContent(), 'Not right.');
		assert.equal(await score.textContent(), '1 of 5 answered, 0 right.');

		await reload(page);
		await reveal(page, '.self-check', quizReady);
		assert.equal(await score.textContent(), '1 of 5 answered, 0 right.');
		assert.equal(await status.textContent(), '');
		assert.equal(
			await page.locator('.quiz .question').first().locator('.verdict').textContent(),
			'Not right.',
		);
		assert.deepEqual((await stored(page)).progress.quizzes, {
			'starting-out': { 'no-degree-evidence': ['b'] },
		});
		await expectNoAxeViolations(page);

		// One question can be answered again without clearing the others.
		await first.getByRole('button', { name: 'Try this question again' }).click();
		await page.waitForFunction(
			() => (document.activeElement as HTMLInputElement).name === 'starting-out-no-degree-evidence',
		);
		assert.equal(await first.locator('.result').count(), 0);
		assert.equal(await status.textContent(), 'Answer cleared: choose again.');
		assert.equal(await score.textContent(), '0 of 5 answered, 0 right.');
		assert.deepEqual((await stored(page)).progress.quizzes, {});
	});

	it('asks for a choice first, scores the whole self-check and resets on retry', async () => {
		const page = await open(CHAPTER);
		await reveal(page, '.self-check', quizReady);
		const questions = page.locator('.quiz .question');
		const status = page.locator('.quiz-summary [role="status"]');
		await questions.first().getByRole('button', { name: 'Check answer' }).click();
		assert.equal(await status.textContent(), 'Choose an answer first.');

		const count = await questions.count();
		for (let index = 0; index < count; index++) {
			const question = questions.nth(index);
			// The first option of every question, with the keyboard.
			await question.locator('input').first().focus();
			await page.keyboard.press('Space');
			await question.getByRole('button', { name: 'Check answer' }).press('Enter');
			await question.locator('.result').waitFor();
			// Focus moves to the result on the next frame: wait for it, or it lands after the
			// next question's option has been focused and takes the key press away from it.
			await page.waitForFunction(
				(index) =>
					document.querySelectorAll('.quiz .question')[index]?.querySelector('.result') ===
					document.activeElement,
				index,
			);
		}
		assert.match(
			(await page.locator('.quiz-summary .quiz-score').textContent()) ?? '',
			/^5 of 5 answered, \d right\.$/,
		);
		assert.match(
			(await page.locator('.quiz-summary').textContent()) ?? '',
			/Skills to review for this self-check: /,
		);
		await page.getByRole('button', { name: 'Try again' }).click();
		assert.equal(await status.textContent(), 'Answers cleared.');
		assert.equal(
			await page.locator('.quiz-summary .quiz-score').textContent(),
			'0 of 5 answered, 0 right.',
		);
		assert.equal(await questions.locator('.result').count(), 0);
		await page.waitForFunction(
			() => (document.activeElement as HTMLInputElement).name === 'starting-out-no-degree-evidence',
		);
		assert.deepEqual((await stored(page)).progress.quizzes, {});
	});

	it('shows the role’s self-check on its page', async () => {
		const page = await open('/roles/intern/');
		assert.equal(await page.getByRole('heading', { name: 'Check yourself', level: 2 }).count(), 1);
		await reveal(page, '.self-check', quizReady);
		const check = parse(
			await readFile(
				new URL('../../content/self-checks/role-intern.yaml', import.meta.url),
				'utf8',
			),
		) as { questions: { prompt: string }[] };
		assert.deepEqual(
			await page.locator('.quiz .prompt').allTextContents(),
			check.questions.map((question) => question.prompt),
		);
	});
});

describe('chapter checklists', () => {
	it('keeps ticks after a reload, with labelled checkboxes and a count', async () => {
		const page = await open('/growing-engineers/putting-it-together/');
		const list = page.getByRole('list', { name: 'Exit checklist: intern' });
		await list.scrollIntoViewIfNeeded();
		const box = list.getByRole('checkbox', {
			name: 'Writes a failing test before fixing a bug, unprompted.',
		});
		await box.check();
		const status = page.locator('.checklist', { has: list }).locator('.checklist-status');
		assert.equal(await status.textContent(), '1 of 6 ticked.');
		await reload(page);
		await list.scrollIntoViewIfNeeded();
		assert.equal(await box.isChecked(), true);
		assert.deepEqual((await stored(page)).progress.checklists, {
			'intern-exit': ['failing-test-first'],
		});
		await expectNoAxeViolations(page);
	});
});

describe('self-assessment and planner', () => {
	/** What the planner outlines on the career map: role links and move ids (arrow or stub), sorted. */
	const onMap = (page: Page) =>
		page.locator('#route-map .on-route').evaluateAll((marked) =>
			marked
				// The map has a wide and a narrow drawing; the reader sees one.
				.filter((element) => element.checkVisibility())
				.map((element) =>
					element.hasAttribute('data-id')
						? `${element.getAttribute('data-id')} ${element.tagName === 'path' ? getComputedStyle(element).strokeWidth : 'stub'}`
						: element.closest('a')?.getAttribute('href'),
				)
				.sort(),
		);
	/** The plan's table of skills to grow: one row per skill, its cells' text. */
	const gaps = (page: Page) =>
		page
			.locator('.planner table tbody tr')
			.evaluateAll((rows) =>
				rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim())),
			);
	const assumed = (level: number) => `${level}, assumed from your current role`;

	it('shows the planner’s gaps change when the reader rates skills', async () => {
		const page = await open('/tools/planner/');
		await page.getByLabel('Where you are now').selectOption('intern');
		await page.getByLabel('Where you want to go').selectOption('junior');
		assert.equal(
			await page.locator('.planner .outcome').textContent(),
			'Steps: 1. Route: Backend Intern → Junior Backend Engineer.',
		);
		assert.deepEqual(await onMap(page), [
			`${BASE}roles/intern/`,
			`${BASE}roles/junior/`,
			'L_intern_junior_0 4px',
		]);
		// Unrated skills count at the intern's levels, so every gap to junior is 1; the four the
		// move focuses on come first, and each skill junior expects is listed once.
		const unrated = await gaps(page);
		assert.deepEqual(unrated.slice(0, 4), [
			['API design', '2', assumed(1), '1', '1'],
			['Programming languages', '2', assumed(1), '1', '1'],
			['SQL', '2', assumed(1), '1', '1'],
			['Testing and debugging', '2', assumed(1), '1', '1'],
		]);
		assert.equal(new Set(unrated.map((row) => row[0])).size, unrated.length);
		assert.deepEqual(await page.locator('.start-here li > a').allTextContents(), [
			'API design',
			'Programming languages',
			'SQL',
		]);
		assert.match(
			(await page.locator('.start-here li').first().textContent()) ?? '',
			/First task: Write an OpenAPI description/,
		);

		await go(page, '/tools/self-assessment/');
		await page.getByRole('heading', { name: 'Rate your skills' }).waitFor();
		await page
			.getByRole('group', { name: 'SQL', exact: true })
			.getByRole('radio', { name: /^3 Proficient/ })
			.check();
		await page
			.getByRole('group', { name: 'Testing and debugging', exact: true })
			.getByRole('radio', { name: /^1 Foundation/ })
			.check();
		// The planner's target is the default role to compare with.
		assert.equal(await page.getByLabel('Compare with a role').inputValue(), 'junior');
		// The same gaps as the planner: SQL is met, the rest are short by 1.
		assert.equal(
			await page.locator('.tool > [role="status"]').textContent(),
			`Against Junior Backend Engineer: 1 skills at or above the expected level, ${unrated.length - 1} below it. You have rated 2 of ${SKILL_COUNT} skills.`,
		);
		// Unrated skills are drawn and listed at the level assumed from the intern role.
		assert.equal(
			await page
				.locator('.tool table tbody tr', { hasText: 'Programming languages' })
				.locator('td')
				.first()
				.textContent(),
			'1 (assumed)',
		);
		assert.ok((await page.locator('.skill-chart .bar.assumed').count()) > 0);
		assert.equal(
			await page
				.getByRole('img', {
					name: /Your skill ratings against the levels Junior Backend Engineer expects/,
				})
				.count(),
			1,
		);
		await expectNoAxeViolations(page);

		await go(page, '/tools/planner/');
		await page.locator('.planner .steps').waitFor();
		const rated = await gaps(page);
		assert.deepEqual(rated.slice(0, 3), [
			['API design', '2', assumed(1), '1', '1'],
			['Programming languages', '2', assumed(1), '1', '1'],
			['Testing and debugging', '2', '1', '1', '1'],
		]);
		assert.deepEqual(
			rated.map((row) => row[0]),
			unrated.map((row) => row[0]).filter((name) => name !== 'SQL'),
		);
		await expectNoAxeViolations(page);
	});

	it('prints the plan and its route on the map, without the controls', async () => {
		const page = await open('/tools/planner/#from=junior&to=lead');
		await page.locator('.planner .steps').waitFor();
		await page.emulateMedia({ media: 'print' });
		const visible = (locator: Locator) => locator.isVisible();
		assert.equal(await visible(page.getByLabel('Where you are now')), false);
		assert.equal(await visible(page.getByLabel('Link to this plan')), false);
		assert.equal(await visible(page.getByRole('button', { name: 'Print the plan' })), false);
		assert.equal(
			await visible(
				page.getByRole('heading', {
					name: 'Step 3: Senior Backend Engineer to Lead Backend Engineer',
				}),
			),
			true,
		);
		assert.equal(await page.locator('#route-map svg').filter({ visible: true }).count(), 1);
		assert.equal(await visible(page.locator('#route-map .diagram-steps')), false);
		assert.equal((await onMap(page)).length, 4 + 3);
	});

	it('explains when there is no route', async () => {
		const page = await open('/tools/planner/');
		await page.getByLabel('Where you are now').selectOption('architect');
		await page.getByLabel('Where you want to go').selectOption('intern');
		assert.equal(
			await page.locator('.planner .outcome').textContent(),
			'The handbook describes no route from Backend Architect to Backend Intern: its transitions only lead onwards.',
		);
		assert.match(
			(await page.locator('.planner').textContent()) ?? '',
			/From Backend Architect you can reach: /,
		);
	});

	it('reproduces a plan from a shared link without touching the reader’s own progress', async () => {
		const sender = await open('/tools/self-assessment/');
		await sender
			.getByRole('group', { name: 'Caching', exact: true })
			.getByRole('radio', { name: /^2 Working/ })
			.check();
		await go(sender, '/tools/planner/');
		await sender.getByLabel('Where you are now').selectOption('junior');
		await sender.getByLabel('Where you want to go').selectOption('senior');
		const link = await sender.getByLabel('Link to this plan').inputValue();
		assert.equal(
			link,
			`${site.server.origin}${BASE}tools/planner/#from=junior&to=senior&ratings=caching:2`,
		);
		const outcome = await sender.locator('.planner .outcome').textContent();
		const steps = await sender.locator('.planner .steps').textContent();
		const table = await gaps(sender);

		const reader = await open(link.slice(`${site.server.origin}${BASE}`.length));
		await reader.locator('.planner .steps').waitFor();
		assert.equal(await reader.locator('.planner .outcome').textContent(), outcome);
		assert.equal(await reader.locator('.planner .steps').textContent(), steps);
		assert.deepEqual(await gaps(reader), table);
		// The numbers are the sharer's, and the page says so.
		assert.equal(await reader.locator('.planner thead th').nth(2).textContent(), 'Their level');
		assert.equal(await reader.getByText('You have not rated your skills yet').count(), 0);
		const caching = (page: Page) =>
			page.locator('.planner tbody tr', { hasText: 'Caching' }).locator('td').nth(1);
		assert.equal(await caching(reader).textContent(), '2');
		assert.deepEqual(await onMap(reader), [
			`${BASE}roles/junior/`,
			`${BASE}roles/mid-level/`,
			`${BASE}roles/senior/`,
			'L_junior_mid_level_0 4px',
			'L_mid_level_senior_0 4px',
		]);
		assert.match(
			(await reader.locator('.shared-notice').textContent()) ?? '',
			/You opened a plan someone shared/,
		);
		assert.equal(await stored(reader), null);
		await expectNoAxeViolations(reader);

		// Compared with the reader's own (empty) ratings: caching counts at the junior's level.
		await reader.getByRole('button', { name: 'Compare with my ratings' }).click();
		assert.match((await caching(reader).textContent()) ?? '', /, assumed from your current role$/);
		assert.equal(await reader.locator('.planner thead th').nth(2).textContent(), 'Your level');
		await reader.getByRole('button', { name: 'Show their ratings' }).click();
		assert.equal(await caching(reader).textContent(), '2');
		assert.equal(await stored(reader), null);

		await reader.getByRole('button', { name: 'Show my own plan' }).click();
		assert.equal(
			await reader.locator('.planner .outcome').textContent(),
			'Choose where you are now and where you want to go.',
		);
		assert.deepEqual(await onMap(reader), []);
		assert.equal(new URL(reader.url()).hash, '');
	});

	it('shows a script payload in a link as text and never runs it', async () => {
		const payload = '<img src=x onerror="window.pwned=1">';
		const page = await open(
			`/tools/planner/#from=${encodeURIComponent(payload)}&to=lead&ratings=sql:2`,
		);
		const notice = page.locator('.shared-notice');
		await notice.waitFor();
		assert.equal(await notice.locator('.rejected').textContent(), payload);
		assert.equal(await page.locator('.planner img').count(), 0);
		assert.equal(await page.evaluate(() => 'pwned' in window), false);
		assert.equal(await page.getByLabel('Where you want to go').inputValue(), 'lead');
	});
});

describe('saved progress', () => {
	/** Some progress in every area, made through the widgets. */
	async function makeProgress(page: Page) {
		await go(page, '/career-path/starting-out/');
		await page
			.getByRole('list', { name: 'Evidence to have before you apply' })
			.scrollIntoViewIfNeeded();
		await page.getByRole('checkbox', { name: /Automated tests that run/ }).check();
		await reveal(page, '.self-check', quizReady);
		const question = page.locator('.quiz .question').nth(2);
		await question.getByRole('radio').nth(1).check();
		await question.getByRole('button', { name: 'Check answer' }).click();
		await go(page, '/tools/planner/');
		await page.getByLabel('Where you are now').selectOption('mid-level');
		await page.getByLabel('Where you want to go').selectOption('lead');
		await go(page, '/tools/self-assessment/');
		await page
			.getByRole('group', { name: 'Mentoring', exact: true })
			.getByRole('radio', { name: /^0 Not yet/ })
			.check();
	}

	it('exports, clears after confirmation, and imports the same state back with a backup', async () => {
		const page = await open('/');
		await makeProgress(page);
		const before = (await stored(page)).progress;
		assert.deepEqual(before, {
			quizzes: { 'starting-out': { 'debugging-order': ['b'] } },
			ratings: { mentoring: 0 },
			checklists: { 'evidence-before-applying': ['one-command-tests'] },
			plan: { from: 'mid-level', to: 'lead' },
			// Version 3 of saved progress keeps the coach's state, empty until the coach is used.
			coach: { background: { interests: [] }, assessments: [] },
		});

		await go(page, '/tools/progress/');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download my progress' }).click(),
		]);
		assert.match(
			download.suggestedFilename(),
			/^backend-career-handbook-progress-\d{4}-\d{2}-\d{2}\.json$/,
		);
		const file = await download.path();

		await page.getByRole('button', { name: 'Clear my progress' }).click();
		await waitForFocus(page, 'Delete all saved progress');
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Keep my progress' }).click();
		assert.deepEqual((await stored(page)).progress, before);
		await page.getByRole('button', { name: 'Clear my progress' }).click();
		await page.getByRole('button', { name: 'Delete everything' }).click();
		assert.equal(await page.locator('.message').textContent(), 'Your saved progress was deleted.');
		assert.equal(await stored(page), null);

		await page.getByLabel('Progress file').setInputFiles(file);
		const preview = page.locator('.import-preview');
		await preview.waitFor();
		assert.deepEqual(await preview.locator('li').allTextContents(), [
			'Self-check answers: new: Check yourself: starting out',
			'Skill rating: Mentoring none → 0',
			'Checklist: new: Evidence to have before you apply',
			"The transition planner's roles",
		]);
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Replace my progress with the file' }).click();
		assert.equal(
			await page.locator('.message').textContent(),
			'Imported. Your previous progress is kept as a backup.',
		);
		const after = await stored(page);
		assert.deepEqual(after.progress, before);
		assert.deepEqual(after.backup.progress, {
			quizzes: {},
			ratings: {},
			checklists: {},
			plan: {},
			coach: { background: { interests: [] }, assessments: [] },
		});
		assert.deepEqual(JSON.parse(await readFile(file, 'utf8')).progress, before);
	});

	it('rejects a malformed or hostile file with a clear message and changes nothing', async () => {
		const page = await open('/tools/progress/');
		await makeProgress(page);
		await go(page, '/tools/progress/');
		const before = await stored(page);
		const input = page.getByLabel('Progress file');
		// The reason a file is refused is shown next to the file input.
		const message = page.locator('#progress-file-error');
		// Reading a file is asynchronous: wait for the message rather than reading it at once.
		const shows = (text: string) => message.filter({ hasText: text }).waitFor({ timeout: 10_000 });
		const upload = (text: string) =>
			input.setInputFiles({
				name: 'progress.json',
				mimeType: 'application/json',
				buffer: Buffer.from(text),
			});

		await upload('{"app": "backend-career-handbook", "version": 2, "progress": {');
		await shows('This file is not a progress file: it is not JSON. Nothing was changed.');
		await upload('{"theme": "dark"}');
		await shows('This file is not a progress file from this handbook. Nothing was changed.');
		const payload = '<img src=x onerror="window.pwned=1">';
		await upload(
			JSON.stringify({
				app: 'backend-career-handbook',
				version: 2,
				progress: {
					quizzes: {},
					ratings: {},
					checklists: {},
					plan: { from: 'intern' },
					[payload]: 1,
				},
			}),
		);
		await shows(`This file is damaged (progress.${payload}: not expected). Nothing was changed.`);
		assert.equal(await page.locator('.progress-manager img').count(), 0);
		assert.equal(await page.evaluate(() => 'pwned' in window), false);
		assert.equal(await page.locator('.import-preview').count(), 0);
		assert.deepEqual(await stored(page), before);
	});

	it('leaves the page working when storage holds garbage, and offers the data for download', async () => {
		const page = await open(CHAPTER);
		const garbage = '{"app":"backend-career-handbook","version":2,"progress":{"quizzes":<<<';
		await page.evaluate(
			([key, value]) => localStorage.setItem(key!, value!),
			[PROGRESS_KEY, garbage],
		);
		await reload(page);
		await reveal(page, '.checklist', '.checklist .ticks');
		const notice = page.locator('.progress-notice');
		assert.equal(await notice.count(), 1, 'one notice on a page with several widgets');
		assert.match(
			(await notice.textContent()) ?? '',
			/Your saved progress is damaged and could not be read/,
		);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			notice.getByRole('button', { name: 'Download the old data' }).click(),
		]);
		assert.equal(await readFile(await download.path(), 'utf8'), garbage);

		await page.getByRole('checkbox', { name: /A small API/ }).check();
		await reveal(page, '.self-check', quizReady);
		await page.locator('.quiz .question').first().getByRole('radio').first().check();
		await page
			.locator('.quiz .question')
			.first()
			.getByRole('button', { name: 'Check answer' })
			.click();
		const saved = await stored(page);
		assert.equal(saved.unreadable.raw, garbage);
		assert.deepEqual(saved.progress.checklists, { 'evidence-before-applying': ['small-api'] });
		await expectNoAxeViolations(page);

		await notice.getByRole('button', { name: 'Forget the old data' }).click();
		assert.equal(await page.locator('.progress-notice').count(), 0);
		assert.equal((await stored(page)).unreadable, undefined);
	});

	it('keeps the widgets working for the visit when storage is full, and says so', async () => {
		const page = await open(CHAPTER, {
			init: () => {
				const setItem = Storage.prototype.setItem;
				Storage.prototype.setItem = function (key: string, value: string) {
					if (key.startsWith('backend-career-handbook'))
						throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
					setItem.call(this, key, value);
				};
			},
		});
		await reveal(page, '.checklist', '.checklist .ticks');
		await page.getByRole('checkbox', { name: /A small API/ }).check();
		assert.equal(await page.locator('.checklist-status').first().textContent(), '1 of 5 ticked.');
		assert.match(
			(await page.locator('.progress-notice').textContent()) ?? '',
			/your progress will be lost when you leave this page/,
		);
		assert.equal(await stored(page), null);
		await expectNoAxeViolations(page);
	});

	it('fits a 320 px screen on every tools page', async () => {
		for (const path of ['/tools/self-assessment/', '/tools/planner/', '/tools/progress/']) {
			const page = await open(path, { width: 320, theme: 'dark' });
			await page.locator('.tool h2, .planner-roles').first().waitFor();
			assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320, path);
		}
	});
});
