/**
 * The coach's advice, computed from the reader's background, their estimated levels and the
 * career model: which roles fit and why, a study schedule over the reader's own weeks and hours,
 * what changed since the last test, and a plain-text brief for an AI assistant.
 */
import { own } from '../content/ids.ts';
import type { Role } from '../content/schemas.ts';
import type { Plan } from './plan.ts';
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

export type FitRole = Pick<Role, 'title' | 'track' | 'order' | 'skills' | 'family'>;

export interface RoleFit {
	role: string;
	/** Share of the role's expected levels the reader reaches, 0-1. */
	match: number;
	/** Whether the role is in a family the reader says they enjoy. */
	interest: boolean;
	score: number;
}

/** How much a stated interest weighs against skill match when ranking roles. */
export const INTEREST_WEIGHT = 0.2;

/**
 * Roles ranked by fit: the share of the role's expected levels the reader's levels reach (a level
 * above what is expected counts as met), plus `INTEREST_WEIGHT` when the reader enjoys its family.
 */
export function rankRoles(
	roles: readonly Entry<FitRole>[],
	levels: Readonly<Record<string, number>>,
	interests: readonly string[],
	exclude: readonly string[] = [],
): RoleFit[] {
	const families = new Set(interests.flatMap((interest) => INTEREST_FAMILIES[interest] ?? []));
	const order = new Map(sortRoles(roles).map((role, index) => [role.id, index]));
	return roles
		.filter((role) => !exclude.includes(role.id))
		.map((role) => {
			const expected = Object.entries(role.data.skills);
			const total = expected.reduce((sum, [, level]) => sum + level, 0);
			const reached = expected.reduce(
				(sum, [skill, level]) => sum + Math.min(level, levels[skill] ?? 0),
				0,
			);
			const match = total ? reached / total : 0;
			const interest = families.has(role.data.family);
			return { role: role.id, match, interest, score: match + (interest ? INTEREST_WEIGHT : 0) };
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
		lines.push(
			'',
			`Route: ${input.plan.route ? input.plan.route.map(title).join(' → ') : 'no route in the handbook'}`,
			'Gaps to the target, largest first:',
			...input.plan.gaps.map((gap) => {
				const descriptor = input.descriptors[gap.skill]?.[gap.expected];
				return `- ${title(gap.skill)}: at ${gap.current}${gap.assumed ? ' (assumed from my current role)' : ''}, target ${gap.expected}${descriptor ? `. Target level means: ${descriptor}` : ''}`;
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
 * The skills a test asks about: those the target expects, the largest rise over the current role
 * first (where the gaps that matter are), then by id; without a target, every skill given.
 */
export function skillsToTest(
	current: Readonly<Record<string, number>>,
	target: Readonly<Record<string, number>> | undefined,
	allSkills: readonly string[],
): string[] {
	if (!target) return [...allSkills].sort().slice(0, SKILLS_PER_TEST);
	return Object.keys(target)
		.sort(
			(a, b) =>
				(target[b] ?? 0) - (current[b] ?? 0) - ((target[a] ?? 0) - (current[a] ?? 0)) ||
				a.localeCompare(b),
		)
		.slice(0, SKILLS_PER_TEST);
}
