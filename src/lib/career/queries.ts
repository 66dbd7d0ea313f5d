/**
 * Questions asked of the role and skill data: who needs a skill, where people come from, how the
 * levels compare. Pure functions over plain data, shared by pages, components and the sidebar.
 */
import type { Role, Skill } from '../content/schemas.ts';

export interface Entry<T> {
	id: string;
	data: T;
}

/** Ladder roles first in ladder order, then alternative paths in their order. */
export function sortRoles<T extends Pick<Role, 'track' | 'order' | 'title'>>(
	roles: readonly Entry<T>[],
): Entry<T>[] {
	const trackRank = (role: Entry<T>) => (role.data.track === 'ladder' ? 0 : 1);
	return [...roles].sort(
		(a, b) =>
			trackRank(a) - trackRank(b) ||
			a.data.order - b.data.order ||
			a.data.title.localeCompare(b.data.title),
	);
}

/** Skills sorted by title. */
export function sortSkills<T extends Pick<Skill, 'title'>>(
	skills: readonly Entry<T>[],
): Entry<T>[] {
	return [...skills].sort((a, b) => a.data.title.localeCompare(b.data.title));
}

/** Every role that expects a skill, with the level, in role order. */
export function rolesNeedingSkill<T extends Pick<Role, 'track' | 'order' | 'title' | 'skills'>>(
	roles: readonly Entry<T>[],
	skillId: string,
): { role: Entry<T>; level: number }[] {
	return sortRoles(roles).flatMap((role) => {
		const level = role.data.skills[skillId];
		return level === undefined ? [] : [{ role, level }];
	});
}

/** A role's expected skills, highest level first, then by title. */
export function skillsOfRole<T extends Pick<Skill, 'title'>>(
	role: Pick<Role, 'skills'>,
	skills: readonly Entry<T>[],
): { skill: Entry<T>; level: number }[] {
	const byId = new Map(skills.map((skill) => [skill.id, skill]));
	return Object.entries(role.skills)
		.flatMap(([id, level]) => {
			const skill = byId.get(id);
			return skill ? [{ skill, level }] : [];
		})
		.sort((a, b) => b.level - a.level || a.skill.data.title.localeCompare(b.skill.data.title));
}

/**
 * The skills a move from one role to another asks more of: expected higher by the target, or
 * expected by the target and not by the source. Largest rise first, then by title.
 */
export function skillsThatGrow<T extends Pick<Skill, 'title'>>(
	from: Pick<Role, 'skills'>,
	to: Pick<Role, 'skills'>,
	skills: readonly Entry<T>[],
): { skill: Entry<T>; from: number | undefined; to: number }[] {
	return skillsOfRole(to, skills)
		.map(({ skill, level }) => ({ skill, from: from.skills[skill.id], to: level }))
		.filter((row) => row.to > (row.from ?? 0))
		.sort(
			(a, b) =>
				b.to - (b.from ?? 0) - (a.to - (a.from ?? 0)) ||
				a.skill.data.title.localeCompare(b.skill.data.title),
		);
}

/** Roles with a transition into `roleId`, with that transition. */
export function arrivalsAt<T extends Pick<Role, 'track' | 'order' | 'title' | 'transitions'>>(
	roles: readonly Entry<T>[],
	roleId: string,
): { role: Entry<T>; transition: T['transitions'][number] }[] {
	return sortRoles(roles).flatMap((role) =>
		role.data.transitions
			.filter((transition) => transition.to === roleId)
			.map((transition) => ({ role, transition })),
	);
}

/** A skill-by-role matrix of expected levels (undefined where a role does not list the skill). */
export function levelMatrix<R extends Pick<Role, 'skills'>, S>(
	roles: readonly Entry<R>[],
	skills: readonly Entry<S>[],
): { skill: Entry<S>; levels: (number | undefined)[] }[] {
	return skills
		.map((skill) => ({ skill, levels: roles.map((role) => role.data.skills[skill.id]) }))
		.filter((row) => row.levels.some((level) => level !== undefined));
}

/** The self-check shown on a role's page, when `content/self-checks/role-<id>.yaml` exists. */
export const roleSelfCheckId = (roleId: string): string => `role-${roleId}`;
