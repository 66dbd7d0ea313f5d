/**
 * The transition planner: the shortest route between two roles through the content's transitions,
 * and the plan carried in a link's fragment. What a plan asks of the reader is `plan.ts`.
 */
import { sortRoles, type Entry } from './queries.ts';
import { adoptFormerIds, currentId, ID_PATTERN, type Renamable } from '../content/ids.ts';
import type { Role } from '../content/schemas.ts';

/** What a route needs of a role: its place for tie-breaks, and its transitions. */
type RouteRole = Pick<Role, 'title' | 'track' | 'order' | 'transitions'>;

/**
 * Breadth-first search along transitions: every role reachable from `from`, with the role before it
 * on a shortest route. Among equally short routes ladder roles and lower orders come first, so the
 * answer does not depend on the order transitions are written in.
 */
function searchFrom(
	roles: readonly Entry<RouteRole>[],
	from: string,
): Map<string, string | undefined> {
	const byId = new Map(roles.map((role) => [role.id, role]));
	const rank = new Map(sortRoles(roles).map((role, index) => [role.id, index]));
	const previous = new Map<string, string | undefined>();
	if (!byId.has(from)) return previous;
	previous.set(from, undefined);
	const queue = [from];
	for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
		const next = (byId.get(id)?.data.transitions ?? [])
			.map((transition) => transition.to)
			.filter((target) => byId.has(target) && !previous.has(target))
			.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
		for (const target of next) {
			previous.set(target, id);
			queue.push(target);
		}
	}
	return previous;
}

/**
 * Role ids from `from` to `to` along the fewest transitions, both ends included: `[from]` when they
 * are the same, `undefined` when no route exists.
 */
export function shortestPath(
	roles: readonly Entry<RouteRole>[],
	from: string,
	to: string,
): string[] | undefined {
	const previous = searchFrom(roles, from);
	if (!previous.has(to)) return undefined;
	const path: string[] = [];
	for (let step: string | undefined = to; step !== undefined; step = previous.get(step))
		path.unshift(step);
	return path;
}

/** The roles reachable from `from` (not counting itself), in ladder-then-alternative order. */
export function reachableFrom(roles: readonly Entry<RouteRole>[], from: string): string[] {
	const reached = searchFrom(roles, from);
	return sortRoles(roles)
		.map((role) => role.id)
		.filter((id) => id !== from && reached.has(id));
}

/** `plan` with one end set to `id`, or that end removed when `id` is empty. */
export function withEnd<P extends { from?: string | undefined; to?: string | undefined }>(
	plan: P,
	end: 'from' | 'to',
	id: string,
): P {
	const { [end]: _replaced, ...rest } = plan;
	return (id ? { ...rest, [end]: id } : rest) as P;
}

/** A plan as a link carries it: the two roles and the ratings that matter along the route. */
export interface SharedPlan {
	from?: string | undefined;
	to?: string | undefined;
	ratings: Record<string, number>;
}

/** The URL fragment (without `#`) for a plan, e.g. `from=intern&to=junior&ratings=sql:2`. */
export function planFragment(plan: SharedPlan): string {
	const ratings = Object.entries(plan.ratings)
		.map(([id, rating]) => `${id}:${rating}`)
		.join(',');
	return [
		plan.from && `from=${plan.from}`,
		plan.to && `to=${plan.to}`,
		ratings && `ratings=${ratings}`,
	]
		.filter(Boolean)
		.join('&');
}

/**
 * Reads a plan from a URL fragment; `undefined` when the fragment carries none. Anything that is
 * not a well-formed id or a rating 0-4 is returned in `rejected`, as the text found, to be shown
 * to the reader as plain text.
 */
export function readPlanFragment(
	hash: string,
): { plan: SharedPlan; rejected: string[] } | undefined {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	if (!params.has('from') && !params.has('to')) return undefined;
	const rejected: string[] = [];
	const role = (name: 'from' | 'to') => {
		const value = params.get(name) ?? '';
		if (ID_PATTERN.test(value)) return value;
		if (value) rejected.push(value);
		return undefined;
	};
	const from = role('from');
	const to = role('to');
	const ratings: Record<string, number> = {};
	for (const pair of (params.get('ratings') ?? '').split(',').filter(Boolean)) {
		const match = /^([^:]+):([0-4])$/.exec(pair);
		if (match && ID_PATTERN.test(match[1]!)) ratings[match[1]!] = Number(match[2]);
		else rejected.push(pair);
	}
	return { plan: { from, to, ratings }, rejected };
}

/**
 * A plan read from a link, checked against the content: role and skill ids are mapped through
 * `formerIds`; ids the content does not know join `rejected`.
 */
export function resolveSharedPlan(
	{ plan, rejected }: { plan: SharedPlan; rejected: string[] },
	roles: readonly Renamable[],
	skills: readonly Renamable[],
): { plan: SharedPlan; rejected: string[] } {
	const unknown = [...rejected];
	const role = (id: string | undefined) => {
		if (id === undefined) return undefined;
		const current = currentId(roles, id);
		if (current === undefined) unknown.push(id);
		return current;
	};
	const from = role(plan.from);
	const to = role(plan.to);
	const ratings = adoptFormerIds(plan.ratings, skills);
	for (const id of Object.keys(ratings)) {
		if (skills.some((skill) => skill.id === id)) continue;
		unknown.push(id);
		delete ratings[id];
	}
	return { plan: { from, to, ratings }, rejected: unknown };
}
