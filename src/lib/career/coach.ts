/**
 * The coach's advice, computed from the reader's background, their estimated levels and the
 * career model: which roles fit and why, a study schedule over the reader's own weeks and hours,
 * what changed since the last test, and a plain-text brief for an AI assistant.
 */
import { own } from '../content/ids.ts';
import type { Role } from '../content/schemas.ts';
import { makePlan, type Plan, type PlanRole } from './plan.ts';
import { sortRoles, type Entry } from './queries.ts';

export const INTEREST_FAMILIES: Record<string, readonly string[]> = {
	features: ['ladder', 'application'],
	infrastructure: ['infrastructure'],
	data: ['data-ai'],
	security: ['security'],
	people: ['people'],
	product: ['product'],
	teaching: ['product'],
};

export type FitRole = Pick<Role, 'title' | 'track' | 'order' | 'family'> & PlanRole;

/** The role a reader starts from: their current role, or the first on the ladder for a student. */
export const STARTING_ROLE = 'intern';

/** The role the plan starts from: the reader's current role, `STARTING_ROLE` without one. */
export const startingRole = (current: string | undefined): string =>
	current && current !== 'student' ? current : STARTING_ROLE;

/** Where each of the reader's levels comes from, for the words beside it. */
export type LevelSource = 'test' | 'rating' | 'assumed';

export interface ReaderLevels {
	/** The test's estimate (to the nearest half level) where it covered a skill, else the rating. */
	levels: Record<string, number>;
	/** `test` or `rating` for each skill in `levels`. */
	source: Record<string, Exclude<LevelSource, 'assumed'>>;
}

/**
 * The reader's levels for advice: where the test estimated a skill its estimate (rounded as shown,
 * so a gap the reader sees is a gap the plan counts), elsewhere their own rating. Skills in
 * neither are left to the plan model, which assumes the level the current role expects.
 */
export function readerLevels(
	estimates: Readonly<Record<string, Pick<Estimate, 'level'>>>,
	ratings: Readonly<Record<string, number>>,
): ReaderLevels {
	// Built with `fromEntries`, so an id such as `__proto__` from a reader's file stays a plain key.
	const levels: Record<string, number> = Object.fromEntries([
		...Object.entries(ratings),
		...Object.entries(estimates).map(([skill, e]) => [skill, roundLevel(e.level)] as const),
	]);
	const source: ReaderLevels['source'] = Object.fromEntries([
		...Object.keys(ratings).map((skill) => [skill, 'rating'] as const),
		...Object.keys(estimates).map((skill) => [skill, 'test'] as const),
	]);
	return { levels, source };
}

/** Where a level in a plan comes from: the test, the reader's rating, or the current role. */
export const sourceOf = (reader: ReaderLevels, skill: string): LevelSource =>
	own(reader.source, skill) ?? 'assumed';

/**
 * The roles worth suggesting to a reader in `current`: never that role, nor one at or below it on
 * the ladder (a junior is not offered intern or graduate). Without a current role (a student),
 * every role.
 */
export function rolesAhead<T extends Pick<Role, 'track' | 'order'>>(
	roles: readonly Entry<T>[],
	current: string | undefined,
): Entry<T>[] {
	const from = roles.find((role) => role.id === current);
	if (!from) return [...roles];
	return roles.filter(
		(role) =>
			role.id !== from.id &&
			!(
				from.data.track === 'ladder' &&
				role.data.track === 'ladder' &&
				role.data.order <= from.data.order
			),
	);
}

export interface RoleFit {
	role: string;
	/** Share of the role's expected levels the reader reaches, 0-1. */
	match: number;
	/** How many of the role's skills the test covered, and how many it expects. */
	tested: number;
	total: number;
	/** Whether the role is in a family the reader says they enjoy. */
	interest: boolean;
	score: number;
}

/** How much a stated interest weighs against skill match when ranking roles. */
export const INTEREST_WEIGHT = 0.2;

/** The role families a reader's interests point to. */
const familiesOf = (interests: readonly string[]) =>
	new Set(interests.flatMap((interest) => own(INTEREST_FAMILIES, interest) ?? []));

/**
 * Roles ahead of the reader (`rolesAhead`) ranked by fit: the share of the role's expected levels
 * the reader reaches (a level above what is expected counts as met), plus `INTEREST_WEIGHT` when
 * the reader enjoys its family. The reader's level of each skill is the plan model's: the test's
 * estimate or their rating (`readerLevels`), else the level their current role expects, so a skill
 * the test did not cover counts as what the reader's job already asks of them, not as zero.
 */
export function rankRoles(
	roles: readonly Entry<FitRole>[],
	reader: { current: string | undefined; levels: Readonly<Record<string, number>> },
	interests: readonly string[],
	tested: readonly string[] = [],
): RoleFit[] {
	const families = familiesOf(interests);
	const order = new Map(sortRoles(roles).map((role, index) => [role.id, index]));
	const from = startingRole(reader.current);
	return rolesAhead(roles, reader.current)
		.map((role) => {
			const { skills } = makePlan(roles, from, role.id, reader.levels);
			const total = skills.reduce((sum, row) => sum + row.expected, 0);
			const reached = skills.reduce((sum, row) => sum + Math.min(row.expected, row.current), 0);
			const match = total ? reached / total : 0;
			const interest = families.has(role.data.family);
			return {
				role: role.id,
				match,
				tested: skills.filter((row) => tested.includes(row.skill)).length,
				total: skills.length,
				interest,
				score: match + (interest ? INTEREST_WEIGHT : 0),
			};
		})
		.sort((a, b) => b.score - a.score || (order.get(a.role) ?? 0) - (order.get(b.role) ?? 0));
}

export interface ScheduleWeek {
	/** The week's first day, `YYYY-MM-DD`. */
	date: string;
	/** Practice tasks for the week, each with the skill it grows. */
	tasks: { skill: string; task: string }[];
}

export type Schedule =
	| { ok: true; weeks: ScheduleWeek[]; hoursPerWeek: number }
	| { ok: false; reason: 'no-hours' | 'past-date' | 'nothing-to-practise' };

const DAY = 24 * 60 * 60 * 1000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * Spreads the plan's practice tasks, skill by skill in the plan's order, over the weeks from
 * `start` to `targetDate` (one a week without a date). The handbook invents no durations: each
 * week carries the reader's own hours, and the tasks share them.
 */
export function studySchedule(
	plan: Pick<Plan, 'gaps'>,
	practice: Readonly<Record<string, readonly string[]>>,
	{
		start,
		targetDate,
		hoursPerWeek,
	}: { start: string; targetDate?: string | undefined; hoursPerWeek: number },
): Schedule {
	if (!(hoursPerWeek > 0)) return { ok: false, reason: 'no-hours' };
	const begin = Date.parse(`${start}T00:00:00Z`);
	const end = targetDate ? Date.parse(`${targetDate}T00:00:00Z`) : undefined;
	if (end !== undefined && !(end > begin)) return { ok: false, reason: 'past-date' };
	const tasks = plan.gaps.flatMap((gap) =>
		(practice[gap.skill] ?? []).map((task) => ({ skill: gap.skill, task })),
	);
	if (tasks.length === 0) return { ok: false, reason: 'nothing-to-practise' };
	const weekCount =
		end === undefined ? tasks.length : Math.max(1, Math.floor((end - begin) / (7 * DAY)));
	const perWeek = Math.ceil(tasks.length / weekCount);
	const weeks: ScheduleWeek[] = [];
	for (let index = 0; index * perWeek < tasks.length; index++)
		weeks.push({
			date: isoDay(begin + index * 7 * DAY),
			tasks: tasks.slice(index * perWeek, (index + 1) * perWeek),
		});
	return { ok: true, weeks, hoursPerWeek };
}

export interface Estimate {
	level: number;
	se: number;
}

/** Per skill, the change between two assessments (only skills in both). */
export function changesSince(
	previous: Readonly<Record<string, Estimate>>,
	current: Readonly<Record<string, Estimate>>,
): { skill: string; before: number; after: number }[] {
	return Object.entries(current)
		.filter(([skill]) => previous[skill] !== undefined)
		.map(([skill, estimate]) => ({ skill, before: previous[skill]!.level, after: estimate.level }))
		.filter((row) => Math.abs(row.after - row.before) >= 0.25);
}

/** A level for display: estimates to the nearest half level. */
export const roundLevel = (level: number): number => Math.round(level * 2) / 2;

export interface BriefInput {
	background: {
		current?: string | undefined;
		years?: number | undefined;
		interests: readonly string[];
		hoursPerWeek?: number | undefined;
		targetDate?: string | undefined;
	};
	target?: string | undefined;
	titles: Readonly<Record<string, string>>;
	estimates: Readonly<Record<string, Estimate>>;
	ratings: Readonly<Record<string, number>>;
	plan?: Plan | undefined;
	descriptors: Readonly<Record<string, Readonly<Record<number, string>>>>;
}

/** How the brief says where a level comes from. */
const BRIEF_SOURCES: Record<LevelSource, string> = {
	test: 'from the test',
	rating: 'my own rating',
	assumed: 'assumed from my current role',
};

/** A plain-text brief to paste into an AI assistant: facts, not instructions about the reader. */
export function assistantBrief(input: BriefInput): string {
	// Own properties only: an id such as `constructor` from a reader's file must not name a built-in.
	const title = (id: string | undefined) => (id ? (own(input.titles, id) ?? id) : 'not given');
	const lines = [
		'My backend career background (from the Backend Career Handbook coach):',
		`- Current role: ${input.background.current === 'student' ? 'student' : title(input.background.current)}`,
		`- Years in backend work: ${input.background.years ?? 'not given'}`,
		`- I enjoy: ${input.background.interests.join(', ') || 'not given'}`,
		`- Target role: ${title(input.target)}`,
		`- Time: ${input.background.hoursPerWeek ?? '?'} hours a week${input.background.targetDate ? `, until ${input.background.targetDate}` : ''}`,
		'',
		'Estimated skill levels (1 Foundation to 4 Expert, from an adaptive test; ± is the uncertainty):',
		...Object.entries(input.estimates).map(
			([skill, estimate]) =>
				`- ${title(skill)}: ${roundLevel(estimate.level)} ± ${estimate.se.toFixed(1)}${own(input.ratings, skill) !== undefined ? ` (I rated myself ${own(input.ratings, skill)})` : ''}`,
		),
	];
	if (input.plan) {
		const reader = readerLevels(input.estimates, input.ratings);
		lines.push(
			'',
			`Route: ${input.plan.route ? input.plan.route.map(title).join(' → ') : 'no route in the handbook'}`,
			'Gaps to the target, largest first:',
			...input.plan.gaps.map((gap) => {
				const descriptor = input.descriptors[gap.skill]?.[gap.expected];
				return `- ${title(gap.skill)}: at ${roundLevel(gap.current)} (${BRIEF_SOURCES[sourceOf(reader, gap.skill)]}), target ${gap.expected}${descriptor ? `. Target level means: ${descriptor}` : ''}`;
			}),
		);
	}
	lines.push('', 'Please help me plan practice for these gaps and check my reasoning.');
	return lines.join('\n');
}

/**
 * How many skills one test covers. With three to five questions a skill (see `adaptive.ts`),
 * eight keep a full run at about 24-40 questions.
 */
export const SKILLS_PER_TEST = 8;

/**
 * The roles a test should tell apart when the reader asks for a suggestion: the roles ahead of
 * them (`rolesAhead`) in the families they enjoy, or every role ahead when no interest matches.
 */
export function suggestionTargets<T extends Pick<Role, 'track' | 'order' | 'family'>>(
	roles: readonly Entry<T>[],
	current: string | undefined,
	interests: readonly string[],
): Entry<T>[] {
	const families = familiesOf(interests);
	const ahead = rolesAhead(roles, current);
	const liked = ahead.filter((role) => families.has(role.data.family));
	return liked.length ? liked : ahead;
}

/**
 * The skills a test asks about, at most `SKILLS_PER_TEST`: those the target roles expect, the
 * largest rise over the current role first (the highest level any target expects, less what the
 * current role expects: where the gaps that matter are), then those more targets expect, then by
 * id. The targets are the reader's chosen role, or with "Suggest one" `suggestionTargets`.
 */
export function skillsToTest(
	current: Readonly<Record<string, number>>,
	targets: readonly Readonly<Record<string, number>>[],
): string[] {
	const rise = new Map<string, number>();
	const expectedBy = new Map<string, number>();
	for (const target of targets)
		for (const [skill, level] of Object.entries(target)) {
			const up = level - (own(current, skill) ?? 0);
			rise.set(skill, Math.max(rise.get(skill) ?? -Infinity, up));
			expectedBy.set(skill, (expectedBy.get(skill) ?? 0) + 1);
		}
	return [...rise.keys()]
		.sort(
			(a, b) =>
				rise.get(b)! - rise.get(a)! ||
				expectedBy.get(b)! - expectedBy.get(a)! ||
				a.localeCompare(b),
		)
		.slice(0, SKILLS_PER_TEST);
}

export interface CoachBackground {
	current?: string | undefined;
	target?: string | undefined;
	interests: readonly string[];
}

/** The reader's current role, if they named one (a student has none). */
const currentRole = (background: CoachBackground) =>
	background.current === 'student' ? undefined : background.current;

/** The skills the reader's next test covers: for their chosen target, or to suggest one. */
export function skillsForTest(roles: readonly Entry<FitRole>[], background: CoachBackground) {
	const skillsOf = (id: string | undefined) => roles.find((role) => role.id === id)?.data.skills;
	const target = skillsOf(background.target);
	return skillsToTest(
		skillsOf(startingRole(background.current)) ?? {},
		target
			? [target]
			: suggestionTargets(roles, currentRole(background), background.interests).map(
					(role) => role.data.skills,
				),
	);
}

/** How many practice tasks the coach's Start here shows for each skill. */
export const START_HERE_TASKS = 3;

/** How many fitting roles the coach names. */
export const FITS_SHOWN = 3;

/**
 * The coach's advice after a test: the reader's levels and where each comes from, the roles that
 * fit best, the target (the reader's, or the best fit) and the plan to it.
 */
export function coachAdvice(
	roles: readonly Entry<FitRole>[],
	background: CoachBackground,
	estimates: Readonly<Record<string, Pick<Estimate, 'level'>>>,
	ratings: Readonly<Record<string, number>>,
) {
	const from = startingRole(background.current);
	const reader = readerLevels(estimates, ratings);
	const fits = rankRoles(
		roles,
		{ current: currentRole(background), levels: reader.levels },
		background.interests,
		Object.keys(estimates),
	).slice(0, FITS_SHOWN);
	const target = background.target ?? fits[0]?.role;
	const plan = target ? makePlan(roles, from, target, reader.levels) : undefined;
	return { from, reader, fits, target, plan };
}
