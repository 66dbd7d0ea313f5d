/**
 * The one plan model: from the reader's current role, a target role and their ratings, the route,
 * the skills to grow with their gaps, and what to start with. Every view of a plan (the planner,
 * the self-assessment's comparison, the map panel, the coach) asks this function.
 */
import { own } from '../content/ids.ts';
import type { Role } from '../content/schemas.ts';
import { shortestPath } from './planner.ts';
import type { Entry } from './queries.ts';

export type PlanRole = Pick<Role, 'title' | 'track' | 'order' | 'skills' | 'transitions'>;

export interface PlanGap {
	skill: string;
	/** The level the target role expects. */
	expected: number;
	/** The reader's level: their rating, or the level their current role expects when unrated. */
	current: number;
	/** True when `current` is assumed from the current role, not rated by the reader. */
	assumed: boolean;
	gap: number;
	/** How many steps of the route name this skill as a focus. */
	steps: number;
}

/** One move along the route: what to focus on and the milestones that show readiness. */
export interface PlanStep {
	from: string;
	to: string;
	focus: string[];
	milestones: string[];
}

export interface Plan {
	from: string;
	to: string;
	/** Role ids from `from` to `to`; undefined when no route exists. */
	route: string[] | undefined;
	/** The moves along the route, in order. */
	steps: PlanStep[];
	/** Every skill the target expects, the reader's level set against it; same order as `gaps`. */
	skills: PlanGap[];
	/** Every skill the target expects above the reader's level, largest weighted gap first; no duplicates. */
	gaps: PlanGap[];
	/** The three skills to grow first. */
	startHere: PlanGap[];
}

/**
 * Builds the plan. The weight of a gap is its size times one plus the number of route steps that
 * name the skill as a focus, so skills that later moves also need come first; ties by skill id.
 */
export function makePlan(
	roles: readonly Entry<PlanRole>[],
	from: string,
	to: string,
	ratings: Readonly<Record<string, number>>,
): Plan {
	const byId = new Map(roles.map((role) => [role.id, role.data]));
	const route = shortestPath(roles, from, to);
	const target = byId.get(to)?.skills ?? {};
	const baseline = byId.get(from)?.skills ?? {};
	const steps = (route ?? []).slice(1).map((id, index) => {
		const before = route![index]!;
		const move = byId.get(before)?.transitions.find((t) => t.to === id);
		return { from: before, to: id, focus: move?.focus ?? [], milestones: move?.milestones ?? [] };
	});
	const focusCount = new Map<string, number>();
	for (const skill of steps.flatMap((step) => step.focus))
		focusCount.set(skill, (focusCount.get(skill) ?? 0) + 1);
	const skills = Object.entries(target).map(([skill, expected]) => {
		const rated = own(ratings, skill);
		const current = rated ?? own(baseline, skill) ?? 0;
		return {
			skill,
			expected,
			current,
			assumed: rated === undefined,
			gap: Math.max(0, expected - current),
			steps: focusCount.get(skill) ?? 0,
		};
	});
	const weight = (row: PlanGap) => row.gap * (1 + row.steps);
	skills.sort((a, b) => weight(b) - weight(a) || a.skill.localeCompare(b.skill));
	const gaps = skills.filter((row) => row.gap > 0);
	return { from, to, route, steps, skills, gaps, startHere: gaps.slice(0, 3) };
}

/** How near the reader is to a plan's target: the levels it expects that they meet. */
export interface Readiness {
	/** Skills the target expects at or below the reader's level. */
	met: number;
	/** Skills the target expects. */
	total: number;
	/** How many of the target's skills the reader has rated (the rest are assumed). */
	rated: number;
}

/** The map panel's "how ready am I for this role", read off the one plan model. */
export function readiness(plan: Plan): Readiness {
	return {
		met: plan.skills.filter((row) => row.gap === 0).length,
		total: plan.skills.length,
		rated: plan.skills.filter((row) => !row.assumed).length,
	};
}
