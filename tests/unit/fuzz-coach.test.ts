/**
 * Fuzzing what the coach reads: a mentor's progress file (read by `readDocument`, as `Coach` does,
 * keeping only its ratings) and the coach's saved background, session and assessments, which a
 * reader can bring in an imported file and which every piece of advice is computed from.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	assistantBrief,
	changesSince,
	INTEREST_WEIGHT,
	coachAdvice,
	FITS_SHOWN,
	rankRoles,
	readerLevels,
	rolesAhead,
	SKILLS_PER_TEST,
	skillsForTest,
	startingRole,
	studySchedule,
} from '../../src/lib/career/coach.ts';
import { progressDocument, readDocument } from '../../src/lib/progress/document.ts';
import {
	PROGRESS_KEY,
	PROGRESS_VERSION,
	UNREADABLE_REASONS,
} from '../../src/lib/progress/schema.ts';
import { createProgressStore, type ProgressStore } from '../../src/lib/progress/store.ts';
import {
	ROLES,
	RUNS,
	sampleArb,
	savedTextArb,
	SEED,
	SKILLS,
	textOf,
	validDocumentArb,
} from '../fixtures/fuzz-progress/documents.ts';
import { memoryStorage } from '../helpers/memory-storage.ts';

const NOW = '2026-11-24T12:00:00.000Z';
const TODAY = NOW.slice(0, 10);
const DAY = 24 * 60 * 60 * 1000;
const options = { seed: SEED, numRuns: RUNS };

/** A mentor's file through the coach: read, and only its ratings kept beside the reader's own. */
function importMentor(store: ProgressStore, text: string) {
	const result = readDocument(text);
	if (!result.ok) return result;
	const ratings = result.document.progress.ratings;
	store.update((saved) => ({
		...saved,
		coach: { ...saved.coach, mentor: { importedAt: NOW, ratings } },
	}));
	return result;
}

describe("the coach's mentor file", () => {
	it('changes nothing when it rejects a file, and keeps only the ratings of one it reads', () => {
		fc.assert(
			fc.property(savedTextArb, sampleArb, (saved, file) => {
				const storage = memoryStorage(saved);
				const store = createProgressStore(storage, () => NOW);
				const before = store.state;
				const result = importMentor(store, file.text);
				if (!result.ok) {
					// The coach's message names the reason.
					expect(UNREADABLE_REASONS).toContain(result.reason);
					expect(storage.data.get(PROGRESS_KEY)).toBe(saved);
					expect(store.state).toBe(before);
					return;
				}
				const ratings = result.document.progress.ratings;
				const progress = {
					...before.progress,
					coach: { ...before.progress.coach, mentor: { importedAt: NOW, ratings } },
				};
				expect(store.state.progress).toEqual(progress);
				// What was written reads back: a mentor's ratings always fit where they are kept.
				expect(readDocument(storage.data.get(PROGRESS_KEY)!)).toEqual({
					ok: true,
					fromVersion: PROGRESS_VERSION,
					document: progressDocument(progress, NOW, before),
				});
			}),
			options,
		);
	});
});

/**
 * Not a parser: its input is what `readDocument` accepted. Ranking roles and planning routes cost
 * about a millisecond a document, so this runs a fifth as often as the parsers' properties.
 */
describe("the coach's advice from saved progress", () => {
	const roles = ROLES.map(({ id, data }) => ({ id, data }));
	const practice = Object.fromEntries(SKILLS.map((skill) => [skill.id, skill.data.practice]));
	const titles = Object.fromEntries([...ROLES, ...SKILLS].map(({ id, data }) => [id, data.title]));
	const descriptors = Object.fromEntries(SKILLS.map(({ id, data }) => [id, data.levels]));

	it('computes every piece of advice from any document the store accepts', () => {
		fc.assert(
			fc.property(validDocumentArb, (document) => {
				const read = readDocument(textOf(document, 0));
				expect(read.ok).toBe(true);
				if (!read.ok) return;
				const { coach, ratings } = read.document.progress;
				const { background } = coach;
				const latest = coach.assessments.at(-1);
				const previous = coach.assessments.at(-2);
				const current = startingRole(background.current);
				const reader = readerLevels(latest?.estimates ?? {}, ratings);
				const named = background.current === 'student' ? undefined : background.current;

				const fits = rankRoles(
					roles,
					{ current: named, levels: reader.levels },
					background.interests,
					Object.keys(latest?.estimates ?? {}),
				);
				expect(fits.map((fit) => fit.role).sort()).toEqual(
					rolesAhead(roles, named)
						.map((role) => role.id)
						.sort(),
				);
				expect(fits.map((fit) => fit.role)).not.toContain(named);
				const wrongFits = fits.filter(
					(fit, index) =>
						!(fit.match >= 0 && fit.match <= 1) ||
						fit.score !== fit.match + (fit.interest ? INTEREST_WEIGHT : 0) ||
						(index > 0 && fit.score > fits[index - 1]!.score),
				);
				expect(wrongFits).toEqual([]);

				const advice = coachAdvice(roles, background, latest?.estimates ?? {}, ratings);
				expect(advice.fits).toEqual(fits.slice(0, FITS_SHOWN));
				const target = advice.target;
				const plan = advice.plan;
				if (plan) {
					expect(plan.gaps.filter((gap) => !(gap.gap > 0))).toEqual([]);
					if (plan.route) expect([plan.route[0], plan.route.at(-1)]).toEqual([current, target]);
					const schedule = studySchedule(plan, practice, {
						start: TODAY,
						targetDate: background.targetDate,
						hoursPerWeek: background.hoursPerWeek ?? 0,
					});
					const start = Date.parse(`${TODAY}T00:00:00Z`);
					const end =
						background.targetDate === undefined
							? undefined
							: Date.parse(`${background.targetDate}T00:00:00Z`);
					const tasks = plan.gaps.flatMap((gap) =>
						(practice[gap.skill] ?? []).map((task) => ({ skill: gap.skill, task })),
					);
					if (schedule.ok) {
						expect(schedule.weeks.flatMap((week) => week.tasks)).toEqual(tasks);
						// One week after another from today, all before the target date.
						const dates = schedule.weeks.map((week) => Date.parse(`${week.date}T00:00:00Z`));
						expect(dates).toEqual(dates.map((_, index) => start + index * 7 * DAY));
						expect(dates.filter((date) => end !== undefined && !(date < end))).toEqual([]);
					} else {
						const why = {
							'no-hours': !(background.hoursPerWeek! > 0),
							'past-date': end !== undefined && !(end > start),
							'nothing-to-practise': tasks.length === 0,
						};
						expect(why[schedule.reason]).toBe(true);
					}
				}

				const changes = changesSince(previous?.estimates ?? {}, latest?.estimates ?? {});
				expect(
					changes.filter(
						(row) =>
							row.before !== previous?.estimates[row.skill]?.level ||
							row.after !== latest?.estimates[row.skill]?.level ||
							!(Math.abs(row.after - row.before) >= 0.25),
					),
				).toEqual([]);

				const targetSkills = roles.find((role) => role.id === background.target)?.data.skills;
				const tested = skillsForTest(roles, background);
				expect(tested.length).toBeLessThanOrEqual(SKILLS_PER_TEST);
				expect(new Set(tested).size).toBe(tested.length);
				expect(tested.filter((id) => !Object.hasOwn(targetSkills ?? practice, id))).toEqual([]);

				const brief = assistantBrief({
					background,
					target,
					titles,
					estimates: latest?.estimates ?? {},
					ratings,
					plan,
					descriptors,
				});
				expect(brief).toMatch(/^My backend career background/);
			}),
			{ seed: SEED, numRuns: RUNS / 5 },
		);
	});
});
