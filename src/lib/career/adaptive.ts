/**
 * The item-response model behind the coach, the adaptive skills test that runs in the browser.
 * Pure functions: no DOM, no storage, no randomness; the caller keeps the responses.
 *
 * Ability θ is on the handbook's level scale: θ = 2 means "can do level 2, not yet level 3".
 *
 * Model and sources
 * - Item response function, Birnbaum's three-parameter logistic model (Birnbaum 1968, in Lord &
 *   Novick, "Statistical Theories of Mental Test Scores"):
 *     P(θ) = c + (1 − c) / (1 + exp(−a(θ − b)))
 *   with b = level − 0.5 (the midpoint between "not yet this level" and "can do it"), c = 1 /
 *   number of options (a blind guess) and one discrimination a for every item. The scaling constant
 *   D = 1.7 of the normal-ogive approximation is left out: a is on the logistic scale.
 * - Item information of the 3PL (Lord 1980, "Applications of Item Response Theory to Practical
 *   Testing Problems"):
 *     I(θ) = a² · (Q / P) · ((P − c) / (1 − c))²,  Q = 1 − P
 *   The next item of a skill is the unasked one with the most information at the current estimate
 *   (maximum-information selection, also Lord 1980); ties go to the smallest item id.
 * - Estimate, expected a posteriori on a grid with a normal prior (Bock & Mislevy 1982, "Adaptive
 *   EAP estimation of ability in a microcomputer environment", Applied Psychological Measurement
 *   6(4)): posterior w_k ∝ N(θ_k; μ, σ) · Π_i P_i(θ_k)^u_i · Q_i(θ_k)^(1−u_i) on
 *   θ_k ∈ [0, 4.5] in steps of 0.05; estimate θ̂ = Σ θ_k w_k, standard error = posterior SD
 *   √(Σ (θ_k − θ̂)² w_k).
 *
 * Why these constants (the bank has no response data to calibrate items with, so they are chosen
 * and checked by simulated readers over the real bank in tests/unit/adaptive.test.ts):
 * - a = 3: the bank's levels are meant as steps (a level-2 question is one a level-2 reader gets
 *   right), so the curve rises over about half a level: a reader at θ = 2 answers a level-2 item
 *   with P ≈ 0.86 and a level-3 item with P ≈ 0.39. At a = 2 each answer is weak evidence, and
 *   estimates stay closer to the prior for the same number of questions.
 * - Prior N(2, 1.5): centred on the middle of the scale and wide enough that a reader who answers
 *   everything right ends near level 4 (≈ 3.7 on average) within the cap; with sd 1.25 the same
 *   reader ends at ≈ 3.5 after five answers.
 * - Stop a skill when SE < 0.45 after at least 3 answers, after 5 answers, or when its items run
 *   out. At c = 0.25 one item gives at most I ≈ 1.4 (at θ ≈ b), and a reader between two levels
 *   sits half a level from the nearest items, where I ≈ 0.95 (item below) and ≈ 0.47 (item above);
 *   with the prior's precision of 0.44 that needs about six answers for SE 0.4. A reader who knows
 *   a level and guesses above it therefore usually reaches the cap of 5 (SE ≈ 0.5, error ≈ 0.15
 *   level on average). A reader who gets everything wrong stops after 3 (the posterior piles up
 *   below level 1); one who gets everything right reaches the cap, because the top of the grid
 *   (3.5 to 4.5) is a whole level wide. The floor of 3 keeps a lucky guess from settling a skill.
 * - Length: 3 to 5 questions per skill. The coach tests `SKILLS_PER_TEST` (8) skills a run
 *   (`coach.ts`), so a run takes 24 to 40 questions.
 *
 * Why not a library: @bdelab/jscat (5.2, an IRT adaptive-testing package) depends on
 * `optimization-js` as `github:yeatmanlab/optimization-js` (`npm view @bdelab/jscat dependencies`,
 * December 2026), a Git dependency that this project's installs, which fetch only from the
 * registry, cannot resolve. The model here is small enough to own and test.
 */

/** One question of the bank, as the model sees it. Ids must be unique across the item list. */
export interface Item {
	/** Unique across all skills, e.g. `sql/null-comparison`. */
	id: string;
	/** The skill the item tests. */
	skill: string;
	/** The level (1-4) the item tests. */
	level: number;
	/** Number of answer options; a blind guess is right with probability 1 / options. */
	options: number;
}

/** One answer the reader gave. */
export interface Response {
	/** The id of the item answered. */
	item: string;
	correct: boolean;
}

export interface SkillEstimate {
	skill: string;
	/** The EAP estimate clamped to [0.5, 4]: below 0.5 says no more than "not yet level 1". */
	level: number;
	/** The unclamped EAP estimate θ̂, at which the next item is chosen. */
	theta: number;
	/** Standard error: the posterior standard deviation. */
	se: number;
	/** Items of this skill answered (each counted once; unknown item ids are ignored). */
	asked: number;
	/** Whether to stop asking about this skill. */
	done: boolean;
}

/** Discrimination a of every item. */
export const DISCRIMINATION = 3;
/** Mean and standard deviation of the normal prior on θ. */
export const PRIOR_MEAN = 2;
export const PRIOR_SD = 1.5;
/** The θ grid of the posterior. */
export const GRID_MIN = 0;
export const GRID_MAX = 4.5;
export const GRID_STEP = 0.05;
/** A skill is done once its standard error is below this (after at least `MIN_ITEMS` answers). */
export const SE_TARGET = 0.45;
/** Fewest answers before a skill may stop on its standard error. */
export const MIN_ITEMS = 3;
/** Most answers per skill. */
export const MAX_ITEMS = 5;
/** The range `SkillEstimate.level` is clamped to. */
export const LEVEL_MIN = 0.5;
export const LEVEL_MAX = 4;

const GRID: readonly number[] = Array.from(
	{ length: Math.round((GRID_MAX - GRID_MIN) / GRID_STEP) + 1 },
	(_, k) => GRID_MIN + k * GRID_STEP,
);
const LOG_PRIOR: readonly number[] = GRID.map(
	(theta) => -((theta - PRIOR_MEAN) ** 2) / (2 * PRIOR_SD ** 2),
);

/** Difficulty b of an item: halfway between the level below and the level it tests. */
export function difficulty(item: Pick<Item, 'level'>): number {
	return item.level - 0.5;
}

/** Guessing parameter c: the chance of a blind guess (0 with fewer than two options). */
export function guessing(item: Pick<Item, 'options'>): number {
	return item.options >= 2 ? 1 / item.options : 0;
}

/** P(correct | θ) under the 3PL model. */
export function probability(theta: number, item: Pick<Item, 'level' | 'options'>): number {
	const c = guessing(item);
	return c + (1 - c) / (1 + Math.exp(-DISCRIMINATION * (theta - difficulty(item))));
}

/** Fisher information of an item at θ under the 3PL model. */
export function information(theta: number, item: Pick<Item, 'level' | 'options'>): number {
	const c = guessing(item);
	const p = probability(theta, item);
	return DISCRIMINATION ** 2 * ((1 - p) / p) * ((p - c) / (1 - c)) ** 2;
}

/** The answers to a skill's items, by item id; a later answer to the same item replaces it. */
function answersOf(
	skillItems: readonly Item[],
	responses: readonly Response[],
): Map<Item, boolean> {
	const byId = new Map(skillItems.map((item) => [item.id, item]));
	const answers = new Map<Item, boolean>();
	for (const response of responses) {
		const item = byId.get(response.item);
		if (!item) continue;
		// Delete first, so the answer moves to the end, as if the item had been answered only now.
		answers.delete(item);
		answers.set(item, response.correct);
	}
	return answers;
}

function estimateOf(
	skill: string,
	skillItems: readonly Item[],
	responses: readonly Response[],
): SkillEstimate {
	const answers = answersOf(skillItems, responses);
	const logPosterior = GRID.map((theta, k) => {
		let sum = LOG_PRIOR[k] ?? 0;
		for (const [item, correct] of answers) {
			const p = probability(theta, item);
			sum += Math.log(correct ? p : 1 - p);
		}
		return sum;
	});
	const top = Math.max(...logPosterior);
	const weights = logPosterior.map((value) => Math.exp(value - top));
	const total = weights.reduce((sum, weight) => sum + weight, 0);
	const theta = GRID.reduce((sum, point, k) => sum + point * (weights[k] ?? 0), 0) / total;
	const variance =
		GRID.reduce((sum, point, k) => sum + (point - theta) ** 2 * (weights[k] ?? 0), 0) / total;
	const se = Math.sqrt(variance);
	const asked = answers.size;
	const done =
		asked >= MAX_ITEMS || asked >= skillItems.length || (asked >= MIN_ITEMS && se < SE_TARGET);
	return {
		skill,
		level: Math.min(LEVEL_MAX, Math.max(LEVEL_MIN, theta)),
		theta,
		se,
		asked,
		done,
	};
}

/** The most informative unasked item at `theta`; ties go to the smallest id. */
function mostInformative(
	skillItems: readonly Item[],
	responses: readonly Response[],
	theta: number,
): Item | undefined {
	const asked = new Set(responses.map((response) => response.item));
	let best: Item | undefined;
	let bestInformation = -Infinity;
	for (const item of skillItems) {
		if (asked.has(item.id)) continue;
		const value = information(theta, item);
		if (
			value > bestInformation ||
			(value === bestInformation && best !== undefined && item.id < best.id)
		) {
			best = item;
			bestInformation = value;
		}
	}
	return best;
}

/** The current estimate of one skill from the responses to its items. */
export function estimate(
	items: readonly Item[],
	responses: readonly Response[],
	skill: string,
): SkillEstimate {
	return estimateOf(
		skill,
		items.filter((item) => item.skill === skill),
		responses,
	);
}

/** The next item to ask about one skill, or undefined when the skill is done. */
export function nextItem(
	items: readonly Item[],
	responses: readonly Response[],
	skill: string,
): Item | undefined {
	const skillItems = items.filter((item) => item.skill === skill);
	const current = estimateOf(skill, skillItems, responses);
	return current.done ? undefined : mostInformative(skillItems, responses, current.theta);
}

/**
 * The next item of a test over several skills: from the skill, not yet done, with the largest
 * standard error (ties go to the earlier skill in `skills`), its most informative unasked item.
 * Undefined when every skill is done.
 */
export function nextQuestion(
	items: readonly Item[],
	responses: readonly Response[],
	skills: readonly string[],
): Item | undefined {
	const bySkill = new Map<string, Item[]>(skills.map((skill) => [skill, []]));
	for (const item of items) bySkill.get(item.skill)?.push(item);
	let chosen: { skillItems: Item[]; estimate: SkillEstimate } | undefined;
	for (const [skill, skillItems] of bySkill) {
		const current = estimateOf(skill, skillItems, responses);
		if (!current.done && (!chosen || current.se > chosen.estimate.se)) {
			chosen = { skillItems, estimate: current };
		}
	}
	return chosen && mostInformative(chosen.skillItems, responses, chosen.estimate.theta);
}
