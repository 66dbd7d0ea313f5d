/**
 * The skill finder: every skill by category with the roles that need it and at which level, and the
 * filters a reader narrows it with. The page renders the full list; its script hides what the
 * filters exclude, using the same predicates the unit tests check.
 */
import { rolesNeedingSkill, sortSkills, type Entry } from './queries.ts';
import { SKILL_CATEGORIES, type Role, type Skill } from '../content/schemas.ts';

type FinderRole = Pick<Role, 'track' | 'order' | 'title' | 'skills'>;
type FinderSkill = Pick<Skill, 'title' | 'category'>;

export interface FinderGroup<S, R> {
	category: Skill['category'];
	skills: { skill: Entry<S>; needs: { role: Entry<R>; level: number }[] }[];
}

/** Skills by category (in schema order, empty categories left out), each with the roles needing it. */
export function finderGroups<S extends FinderSkill, R extends FinderRole>(
	skills: readonly Entry<S>[],
	roles: readonly Entry<R>[],
): FinderGroup<S, R>[] {
	const sorted = sortSkills(skills);
	return SKILL_CATEGORIES.map((category) => ({
		category,
		skills: sorted
			.filter((skill) => skill.data.category === category)
			.map((skill) => ({ skill, needs: rolesNeedingSkill(roles, skill.id) })),
	})).filter((group) => group.skills.length > 0);
}

/** What the reader chose; an absent field does not filter. */
export interface FinderFilters {
	category?: string;
	role?: string;
	level?: number;
}

/** Whether one role's need for a skill passes the role and level filters. */
export function needMatches(
	need: { role: string; level: number },
	filters: FinderFilters,
): boolean {
	return (
		(filters.role === undefined || need.role === filters.role) &&
		(filters.level === undefined || need.level === filters.level)
	);
}

/** Whether a skill stays listed: its category matches and, if a role or level is chosen, a need does. */
export function skillMatches(
	skill: { category: string; needs: readonly { role: string; level: number }[] },
	filters: FinderFilters,
): boolean {
	if (filters.category !== undefined && skill.category !== filters.category) return false;
	if (filters.role === undefined && filters.level === undefined) return true;
	return skill.needs.some((need) => needMatches(need, filters));
}

const FIELDS = ['category', 'role', 'level'] as const;

/** Filters from a query string (`?role=senior&level=3`), keeping only values the page offers. */
export function parseFilters(
	search: string,
	offered: { [K in keyof FinderFilters]-?: readonly string[] },
): FinderFilters {
	const params = new URLSearchParams(search);
	const filters: FinderFilters = {};
	for (const field of FIELDS) {
		const value = params.get(field);
		if (value === null || !offered[field].includes(value)) continue;
		if (field === 'level') filters.level = Number(value);
		else filters[field] = value;
	}
	return filters;
}

/** The query string that reproduces the filters, so a filtered view can be shared or bookmarked. */
export function filtersToSearch(filters: FinderFilters): string {
	const params = new URLSearchParams();
	for (const field of FIELDS) {
		const value = filters[field];
		if (value !== undefined) params.set(field, String(value));
	}
	const search = params.toString();
	return search ? `?${search}` : '';
}
