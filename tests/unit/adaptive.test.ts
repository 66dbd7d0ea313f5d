/** The coach's item-response model: formulas, item selection, and simulated readers on the bank. */
import { seededRandom } from '../../src/lib/content/option-order.ts';
import { describe, expect, it } from 'vitest';
import {
	DISCRIMINATION,
	MAX_ITEMS,
	MIN_ITEMS,
	estimate,
	information,
	nextItem,
	nextQuestion,
	probability,
	type Item,
	type Response,
} from '../../src/lib/career/adaptive.ts';
import { readContent } from '../../src/lib/content/content-files.ts';
import { questionBankSchema, type BankQuestion } from '../../src/lib/content/schemas.ts';

/** Items of one made-up skill: `count` items per level 1-4 with 4 options, ids `<skill>-<level><letter>`. */
function skillItems(skill: string, count = 2): Item[] {
	return [1, 2, 3, 4].flatMap((level) =>
		Array.from({ length: count }, (_, index) => ({
			id: `${skill}-${level}${'abcdefgh'[index]}`,
			skill,
			level,
			options: 4,
		})),
	);
}

describe('3PL formulas', () => {
	const item: Item = { id: 'q', skill: 'sql', level: 2, options: 4 };

	it('uses a = 3, the value the hand-computed numbers below assume', () => {
		expect(DISCRIMINATION).toBe(3);
	});

	it('gives the hand-computed probability', () => {
		// b = 2 - 0.5 = 1.5, c = 1/4.
		// θ = b: P = c + (1 - c)/2 = 0.625.
		expect(probability(1.5, item)).toBeCloseTo(0.625, 12);
		// θ = 2: P = 0.25 + 0.75 / (1 + e^-1.5) = 0.25 + 0.75 × 0.8175745 = 0.8631809.
		expect(probability(2, item)).toBeCloseTo(0.8631809, 6);
		// θ = 1: P = 0.25 + 0.75 / (1 + e^1.5) = 0.25 + 0.75 × 0.1824255 = 0.3868191.
		expect(probability(1, item)).toBeCloseTo(0.3868191, 6);
		// Far below the item only guessing is left; two options guess right half the time.
		expect(probability(-20, item)).toBeCloseTo(0.25, 9);
		expect(probability(-20, { ...item, options: 2 })).toBeCloseTo(0.5, 9);
	});

	it('gives the hand-computed information', () => {
		// I = a² (Q/P) ((P - c)/(1 - c))².
		// θ = b: 9 × (0.375 / 0.625) × 0.5² = 1.35.
		expect(information(1.5, item)).toBeCloseTo(1.35, 12);
		// θ = 2: 9 × (0.1368191 / 0.8631809) × 0.8175745² = 0.9535473.
		expect(information(2, item)).toBeCloseTo(0.9535473, 6);
		// θ = 1: 9 × (0.6131809 / 0.3868191) × 0.1824255² = 0.4747821.
		expect(information(1, item)).toBeCloseTo(0.4747821, 6);
	});
});

describe('nextQuestion', () => {
	const items = [...skillItems('x'), ...skillItems('y')];

	it('picks the most informative item at the current estimate', () => {
		const responses: Response[] = [
			{ item: 'x-1a', correct: true },
			{ item: 'x-2a', correct: true },
		];
		const { theta } = estimate(items, responses, 'x');
		const picked = nextQuestion(items, responses, ['x']);
		const unasked = skillItems('x').filter(
			(item) => !responses.some((response) => response.item === item.id),
		);
		const best = Math.max(...unasked.map((item) => information(theta, item)));
		expect(picked && information(theta, picked)).toBe(best);
		// Two right answers up to level 2 put the estimate near level 3: the next item tests level 3.
		expect(theta).toBeGreaterThan(2.5);
		expect(picked?.id).toBe('x-3a');
	});

	it('aims lower after wrong answers', () => {
		const responses: Response[] = [
			{ item: 'x-2a', correct: false },
			{ item: 'x-3a', correct: false },
		];
		expect(nextQuestion(items, responses, ['x'])?.level).toBe(1);
	});

	it('breaks ties by item id and never repeats an asked item', () => {
		const twins: Item[] = [
			{ id: 'b', skill: 'z', level: 2, options: 4 },
			{ id: 'a', skill: 'z', level: 2, options: 4 },
			{ id: 'c', skill: 'z', level: 2, options: 4 },
		];
		expect(nextQuestion(twins, [], ['z'])?.id).toBe('a');
		expect(nextQuestion(twins, [{ item: 'a', correct: true }], ['z'])?.id).toBe('b');
		const responses: Response[] = [];
		for (let item; (item = nextQuestion(items, responses, ['x']));) {
			expect(responses.map((response) => response.item)).not.toContain(item.id);
			responses.push({ item: item.id, correct: responses.length % 2 === 0 });
		}
		expect(responses.length).toBeGreaterThanOrEqual(MIN_ITEMS);
		expect(responses.length).toBeLessThanOrEqual(MAX_ITEMS);
	});

	it('moves to the skill with the largest standard error, earlier skills first on ties', () => {
		expect(nextQuestion(items, [], ['y', 'x'])?.skill).toBe('y');
		const responses: Response[] = [{ item: 'x-2a', correct: true }];
		expect(estimate(items, responses, 'x').se).toBeLessThan(estimate(items, [], 'y').se);
		expect(nextQuestion(items, responses, ['x', 'y'])?.skill).toBe('y');
		// Skills outside the list are never asked.
		expect(nextQuestion(items, [], ['w'])).toBeUndefined();
	});

	it('returns undefined once every skill is done', () => {
		const responses: Response[] = [];
		for (let item; (item = nextQuestion(items, responses, ['x', 'y']));) {
			responses.push({ item: item.id, correct: item.level <= 2 });
		}
		expect(['x', 'y'].map((skill) => estimate(items, responses, skill).done)).toEqual([true, true]);
		expect(nextItem(items, responses, 'x')).toBeUndefined();
		// A skill with fewer items than the floor stops when they run out.
		const short = items.filter((item) => item.id === 'x-2a' || item.id === 'x-3a');
		const answered: Response[] = [
			{ item: 'x-2a', correct: true },
			{ item: 'x-3a', correct: false },
		];
		expect(estimate(short, answered, 'x')).toMatchObject({ asked: 2, done: true });
		expect(nextQuestion(short, answered, ['x'])).toBeUndefined();
	});
});

describe('estimate', () => {
	const items = skillItems('x');
	const responses: Response[] = [
		{ item: 'x-2a', correct: true },
		{ item: 'x-3a', correct: false },
		{ item: 'x-2b', correct: true },
	];

	it('ignores responses to items no longer in the bank', () => {
		const withGone = [...responses, { item: 'x-removed', correct: false }];
		expect(estimate(items, withGone, 'x')).toEqual(estimate(items, responses, 'x'));
		// An item removed mid-session: its answer no longer counts, the others keep theirs.
		const bank = items.filter((item) => item.id !== 'x-3a');
		const kept = responses.filter((response) => response.item !== 'x-3a');
		expect(estimate(bank, responses, 'x')).toEqual(estimate(bank, kept, 'x'));
		expect(estimate(bank, responses, 'x').asked).toBe(2);
		expect(estimate(bank, responses, 'x').level).not.toBe(estimate(items, responses, 'x').level);
	});

	it('counts an item answered twice once, with the later answer', () => {
		const twice = [...responses, { item: 'x-3a', correct: true }];
		const once = [responses[0]!, responses[2]!, { item: 'x-3a', correct: true }];
		expect(estimate(items, twice, 'x')).toEqual(estimate(items, once, 'x'));
	});

	it('only uses the answers to the skill asked about', () => {
		const both = [...items, ...skillItems('y')];
		const mixed = [...responses, { item: 'y-4a', correct: true }];
		expect(estimate(both, mixed, 'x')).toEqual(estimate(items, responses, 'x'));
	});

	it('clamps the level to [0.5, 4] and reports the prior without answers', () => {
		const right = items.map((item) => ({ item: item.id, correct: true }));
		const wrong = items.map((item) => ({ item: item.id, correct: false }));
		// All right: the posterior sits on the top of the grid, up to 4.5; the level stays within 4.
		const top = estimate(items, right, 'x');
		expect(top.theta).toBeGreaterThan(3.5);
		expect(top.level).toBe(Math.min(4, top.theta));
		expect(estimate(items, wrong, 'x').theta).toBeLessThan(0.5);
		expect(estimate(items, wrong, 'x').level).toBe(0.5);
		const none = estimate(items, [], 'x');
		expect(none).toMatchObject({ asked: 0, done: false });
		expect(none.level).toBeGreaterThan(1.5);
		expect(none.level).toBeLessThan(2.5);
	});
});

// Simulated readers over the real question bank.

const files = readContent(new URL('../../', import.meta.url).pathname);
/** Bank questions by item id (`<skill>/<question id>`). */
const questions = new Map<string, BankQuestion>();
const bankItems: Item[] = [];
/**
 * Skills whose bank file exists, is valid, and has at least 3 questions at every level. The bank
 * is being written while this test exists, so skills without a usable file are skipped.
 */
const skills = files
	.filter((file) => file.kind === 'skill')
	.map((file) => file.id)
	.filter((skill) => {
		const bank = files.find((file) => file.kind === 'bank' && file.id === skill);
		const parsed = bank && questionBankSchema().safeParse(bank.data.value);
		if (!parsed?.success) return false;
		const perLevel = [1, 2, 3, 4].map(
			(level) => parsed.data.questions.filter((question) => question.level === level).length,
		);
		if (perLevel.some((count) => count < 3)) return false;
		for (const question of parsed.data.questions) {
			const id = `${skill}/${question.id}`;
			questions.set(id, question);
			bankItems.push({ id, skill, level: question.level, options: question.options.length });
		}
		return true;
	});

type Reader = (item: Item, random: () => number) => boolean;

/** Right at levels up to `level`; above, a blind guess among the options. */
const knowsUpTo =
	(level: number): Reader =>
	(item, random) =>
		item.level <= level || random() < 1 / item.options;

/** Always picks the first longest option; right only when that is the one right option. */
const longest: Reader = (item) => {
	const question = questions.get(item.id)!;
	const pick = question.options.reduce((best, option) =>
		option.text.length > best.text.length ? option : best,
	);
	const right = question.options.filter((option) => option.correct);
	return right.length === 1 && right[0] === pick;
};

/** Runs the adaptive loop over `over` until no question is left; estimates by skill. */
function run(reader: Reader, seed: number, over: readonly string[] = skills) {
	const random = seededRandom(seed);
	const responses: Response[] = [];
	for (let item; (item = nextQuestion(bankItems, responses, over));) {
		responses.push({ item: item.id, correct: reader(item, random) });
	}
	return {
		responses,
		estimates: over.map((skill) => estimate(bankItems, responses, skill)),
	};
}

const mean = (values: readonly number[]) =>
	values.reduce((sum, value) => sum + value, 0) / values.length;

describe('simulated readers on the question bank', () => {
	const seeds = [1, 2, 3];

	it('has skills with a usable bank', () => {
		expect(skills.length).toBeGreaterThan(0);
	});

	it('places a reader who knows levels 1-2 within half a level of 2', () => {
		for (const seed of seeds) {
			const { estimates } = run(knowsUpTo(2), seed);
			expect(mean(estimates.map((estimate) => Math.abs(estimate.level - 2)))).toBeLessThanOrEqual(
				0.5,
			);
		}
	});

	it('places readers who know up to level 1 or 3 as well, so the prior alone cannot pass', () => {
		for (const level of [1, 3]) {
			const { estimates } = run(knowsUpTo(level), 7);
			expect(
				mean(estimates.map((estimate) => Math.abs(estimate.level - level))),
			).toBeLessThanOrEqual(0.5);
		}
	});

	it('rates a reader who is always right high and one who is always wrong low', () => {
		expect(mean(run(() => true, 1).estimates.map((e) => e.level))).toBeGreaterThanOrEqual(3.5);
		expect(mean(run(() => false, 1).estimates.map((e) => e.level))).toBeLessThanOrEqual(1);
	});

	it('does not reward always picking the longest option', () => {
		expect(mean(run(longest, 1).estimates.map((e) => e.level))).toBeLessThanOrEqual(1.5);
	});

	it('asks between the floor and the cap for every skill', () => {
		const readers: Reader[] = [knowsUpTo(1), knowsUpTo(2), knowsUpTo(3), () => true, () => false];
		for (const reader of readers) {
			for (const estimate of run(reader, 2).estimates) {
				expect(estimate.done).toBe(true);
				expect(estimate.asked).toBeGreaterThanOrEqual(MIN_ITEMS);
				expect(estimate.asked).toBeLessThanOrEqual(MAX_ITEMS);
			}
		}
	});

	it('runs over a role of about 30 skills, always asking the least certain skill next', () => {
		const roles = files
			.filter((file) => file.kind === 'role')
			.map((file) => {
				const expected = (file.data.value as { skills?: Record<string, number> }).skills ?? {};
				return { id: file.id, skills: skills.filter((skill) => skill in expected) };
			})
			.filter((role) => role.skills.length > 0)
			.sort(
				(a, b) =>
					Math.abs(a.skills.length - 30) - Math.abs(b.skills.length - 30) || (a.id < b.id ? -1 : 1),
			);
		const role = roles[0];
		expect(role).toBeDefined();
		const over = role!.skills;
		const random = seededRandom(3);
		const reader = knowsUpTo(2);
		const responses: Response[] = [];
		for (let item; (item = nextQuestion(bankItems, responses, over));) {
			const open = over
				.map((skill) => estimate(bankItems, responses, skill))
				.filter((estimate) => !estimate.done);
			expect(estimate(bankItems, responses, item.skill).se).toBe(
				Math.max(...open.map((estimate) => estimate.se)),
			);
			responses.push({ item: item.id, correct: reader(item, random) });
		}
		// Each skill needs MIN_ITEMS to MAX_ITEMS answers, so the total is bounded by the skill
		// count: about 30 skills cannot be covered in fewer than 90 questions at 3 per skill.
		expect(responses.length).toBeGreaterThanOrEqual(MIN_ITEMS * over.length);
		expect(responses.length).toBeLessThanOrEqual(MAX_ITEMS * over.length);
		expect(over.every((skill) => estimate(bankItems, responses, skill).done)).toBe(true);
	});
});
