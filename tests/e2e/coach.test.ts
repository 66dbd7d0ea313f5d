/**
 * The coach in Chromium against the production build: a short session answered right up to level 2
 * and wrong above lands near 2, a reload resumes the test, the schedule downloads as a calendar
 * file that parses, a mentor's file shows beside the estimates, and the brief carries the levels.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import strings from '../../src/content/i18n/en.json' with { type: 'json' };
import { readContent } from '../../src/lib/content/content-files.ts';
import { axeViolations, BASE, newContext, useSite, watch } from './harness.ts';

interface BankQuestion {
	id: string;
	level: number;
	prompt: string;
	options: { id: string; text: string; correct?: boolean }[];
}
const content = readContent(fileURLToPath(new URL('../../', import.meta.url)));
const titles = new Map(
	content
		.filter((file) => file.kind === 'skill')
		.map((file) => [(file.data.value as { title: string }).title, file.id]),
);
const bank = new Map(
	content
		.filter((file) => file.kind === 'bank')
		.map((file) => [file.id, (file.data.value as { questions: BankQuestion[] }).questions]),
);
const site = useSite();

/** Answers the question on screen: right at levels 1-2, wrong above. Returns false when done. */
async function answerOne(page: Page): Promise<boolean> {
	const heading = page.locator('#coach-question');
	const results = page.locator('#coach-results');
	await Promise.race([heading.waitFor(), results.waitFor()]);
	if (await results.isVisible()) return false;
	const text = (await heading.textContent()) ?? '';
	const skillTitle = /^Question \d+: (.+?)\. The test/.exec(text)?.[1] ?? '';
	const skill = titles.get(skillTitle) ?? '';
	const prompt = (await page.locator('.coach-question legend').textContent()) ?? '';
	// Prompts repeat ("What do you do?"), so recognise the question by its options too.
	const shown = (await page.locator('.coach-question label').allTextContents()).map((t) =>
		t.trim(),
	);
	const question = bank
		.get(skill)
		?.find(
			(candidate) =>
				candidate.prompt === prompt.trim() &&
				candidate.options.every((option) => shown.includes(option.text.trim())),
		);
	assert.ok(question, `question "${prompt}" of ${skill}`);
	const pick = question.options.filter((option) =>
		question.level <= 2 ? option.correct : !option.correct,
	);
	for (const option of question.level <= 2 ? pick : pick.slice(0, 1))
		await page
			.locator('.coach-question label')
			.filter({ hasText: option.text.trim() })
			.locator('input')
			.check();
	await page.getByRole('button', { name: strings['handbook.coach.answer'] }).click();
	await page.waitForFunction(
		(previous) => document.querySelector('#coach-question')?.textContent !== previous,
		text,
	);
	return true;
}

describe('the coach', () => {
	it('estimates a reader who knows levels 1-2 near 2, resumes after a reload, and advises', async () => {
		const context = await newContext(site.browser, site.server.origin);
		const page = await context.newPage();
		const problems = watch(page, site.server.origin);
		await page.goto(`${site.server.origin}${BASE}tools/coach/`);
		await page.getByLabel(strings['handbook.coach.current']).selectOption('junior');
		await page.getByLabel(strings['handbook.coach.target']).selectOption('mid-level');
		await page.getByLabel(strings['handbook.coach.hours']).fill('4');
		const inSixWeeks = new Date(Date.now() + 42 * 86_400_000).toISOString().slice(0, 10);
		await page.getByLabel(strings['handbook.coach.date']).fill(inSixWeeks);
		await page.getByRole('checkbox', { name: strings['handbook.coach.interest.data'] }).check();
		await page.getByRole('button', { name: strings['handbook.coach.start'] }).click();

		for (let index = 0; index < 3; index++) assert.ok(await answerOne(page));
		await page.reload();
		await page.locator('#coach-question').waitFor();
		assert.match((await page.locator('#coach-question').textContent()) ?? '', /^Question 4:/);
		assert.equal(
			await page.evaluate(() => document.activeElement?.id),
			'coach-question',
			'focus is on the question',
		);

		let asked = 3;
		while (await answerOne(page)) asked++;
		assert.ok(asked >= 20 && asked <= 45, `${asked} questions`);

		await page.waitForFunction(() => document.activeElement?.id === 'coach-results');
		const estimates = (
			await page.locator('#coach-results ~ ul li, #coach-results + ul li').allTextContents()
		)
			.map((line) => Number(/about ([\d.]+)/.exec(line)?.[1]))
			.filter((value) => !Number.isNaN(value));
		const mean = estimates.reduce((sum, value) => sum + value, 0) / estimates.length;
		assert.ok(mean >= 1.5 && mean <= 2.5, `mean estimate ${mean}`);

		// Start here and the gap table: levels as shown elsewhere (halves), where each comes from,
		// a few practice tasks and the chapters to read; no raw estimates, no skill ids.
		const advice =
			(await page.locator('section[aria-labelledby="coach-advice"]').textContent()) ?? '';
		assert.doesNotMatch(advice, /\d\.\d{2,}/, 'no raw decimals in the advice');
		const startHere = page.locator('.start-here > li');
		assert.equal(await startHere.count(), 3);
		assert.ok((await startHere.first().locator('ul > li').count()) >= 2, 'practice tasks');
		assert.ok((await page.locator('.start-here a').count()) >= 1, 'chapters to read');
		const gapRows = page.locator('table.coach-gaps tbody tr');
		assert.ok((await gapRows.count()) >= 3, 'every gap in the table');
		for (const row of await gapRows.allTextContents())
			assert.match(row, /\((from the test|your rating|assumed from your current role)\)/, row);
		const rowHeaders = await page.locator('table.coach-gaps tbody th').allTextContents();
		assert.deepEqual(
			rowHeaders.filter((text) => !titles.has(text.trim())),
			[],
			'skills by title',
		);
		await page.emulateMedia({ media: 'print' });
		assert.equal(await page.locator('#coach-background').isVisible(), false, 'form not printed');
		assert.equal(await page.locator('#coach-advice').isVisible(), true);
		await page.emulateMedia({ media: 'screen' });

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: strings['handbook.coach.ics'] }).click(),
		]);
		const ics = await readFile((await download.path()) ?? '', 'utf8');
		const unfolded = ics.replace(/\r\n /g, '').split('\r\n');
		assert.equal(unfolded[0], 'BEGIN:VCALENDAR');
		const events = unfolded.filter((line) => line === 'BEGIN:VEVENT').length;
		assert.equal(events, await page.locator('.schedule > li').count());
		assert.ok(events >= 1 && events <= 6, `${events} weeks`);
		assert.ok(unfolded.every((line) => line.length <= 75 || !ics.includes(line)));

		const mentorFile = join(tmpdir(), 'mentor.json');
		writeFileSync(
			mentorFile,
			JSON.stringify({
				app: 'backend-career-handbook',
				version: 2,
				progress: {
					quizzes: {},
					ratings: Object.fromEntries([...titles.values()].map((id) => [id, 3])),
					checklists: {},
					plan: {},
				},
			}),
		);
		await page.getByLabel(strings['handbook.coach.mentorFile']).setInputFiles(mentorFile);
		await page.getByText('your mentor rated 3').first().waitFor();
		const badFile = join(tmpdir(), 'not-ratings.json');
		writeFileSync(badFile, '{"hello": "world"}');
		await page.getByLabel(strings['handbook.coach.mentorFile']).setInputFiles(badFile);
		await page.getByText(/is not a ratings file/).waitFor();
		await page.getByText('your mentor rated 3').first().waitFor();

		const brief = await page.locator('#coach-brief ~ textarea').inputValue();
		assert.match(brief, /Estimated skill levels/);
		assert.match(brief, /\n- [^:\n]+: [\d.]+ ± [\d.]+/);
		assert.match(brief, /Target role: Mid-Level Backend Engineer/);

		for (const theme of ['light', 'dark']) {
			await page.evaluate((value) => (document.documentElement.dataset['theme'] = value), theme);
			assert.deepEqual(await axeViolations(page), [], `axe in the ${theme} theme`);
		}
		const saved = await page.evaluate(() =>
			JSON.parse(localStorage.getItem('backend-career-handbook:progress') ?? '{}'),
		);
		assert.equal(saved.version, 3);
		assert.equal(saved.progress.coach.assessments.length, 1);
		assert.deepEqual(saved.progress.ratings, {}, 'the mentor file never touches own ratings');
		assert.deepEqual(problems, []);
		await context.close();
	});

	it('fits a 320 px screen with the test under way, without a sideways scroll', async () => {
		const context = await newContext(site.browser, site.server.origin, { width: 320, height: 640 });
		const page = await context.newPage();
		await page.goto(`${site.server.origin}${BASE}tools/coach/`);
		await page.getByRole('button', { name: strings['handbook.coach.start'] }).click();
		await page.locator('#coach-question').waitFor();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		assert.equal(overflow, 0);
		assert.deepEqual(await axeViolations(page), []);
		await context.close();
	});

	it('explains what it needs without JavaScript', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.server.origin}${BASE}tools/coach/`);
		await page.getByText(/needs JavaScript/).waitFor();
		// The chapters that end with a self-check, and the roles (each role page has one).
		const main = page.locator('main');
		assert.equal(
			await main.getByRole('link', { name: 'Why choose backend development' }).count(),
			1,
		);
		assert.ok((await main.locator('.tool li a').count()) >= 10, 'the chapters with self-checks');
		assert.equal(await main.getByRole('link', { name: strings['handbook.roles.all'] }).count(), 1);
		await context.close();
	});
});
