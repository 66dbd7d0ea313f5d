import { describe, expect, it } from 'vitest';
import {
	arrivalsAt,
	levelMatrix,
	rolesNeedingSkill,
	skillsOfRole,
	sortRoles,
} from '../../src/lib/career/queries.ts';

const role = (
	id: string,
	track: 'ladder' | 'alternative',
	order: number,
	skills: Record<string, number>,
	to: string[] = [],
) => ({
	id,
	data: {
		title: id.toUpperCase(),
		track,
		order,
		skills,
		transitions: to.map((target) => ({ to: target, focus: ['sql'], milestones: ['m'] })),
	},
});
const roles = [
	role('devops', 'alternative', 1, { sql: 2 }),
	role('senior', 'ladder', 5, { sql: 3, design: 4 }, ['devops']),
	role('intern', 'ladder', 1, { sql: 1 }, ['senior']),
];
const skills = [
	{ id: 'sql', data: { title: 'SQL' } },
	{ id: 'design', data: { title: 'Database design' } },
	{ id: 'unused', data: { title: 'Unused' } },
];

describe('career data', () => {
	it('sorts the ladder before alternative paths, each by order', () => {
		expect(sortRoles(roles).map((r) => r.id)).toEqual(['intern', 'senior', 'devops']);
	});
	it('lists the roles that need a skill with their levels', () => {
		expect(rolesNeedingSkill(roles, 'sql').map(({ role: r, level }) => [r.id, level])).toEqual([
			['intern', 1],
			['senior', 3],
			['devops', 2],
		]);
	});
	it("lists a role's skills, highest level first", () => {
		expect(
			skillsOfRole(roles[1]!.data, skills).map(({ skill, level }) => [skill.id, level]),
		).toEqual([
			['design', 4],
			['sql', 3],
		]);
	});
	it('finds the roles people arrive from', () => {
		expect(arrivalsAt(roles, 'devops').map(({ role: r }) => r.id)).toEqual(['senior']);
		expect(arrivalsAt(roles, 'intern')).toEqual([]);
	});
	it('builds a skill-by-role level matrix without skills no role lists', () => {
		const ladder = sortRoles(roles).slice(0, 2);
		expect(levelMatrix(ladder, skills).map(({ skill, levels }) => [skill.id, levels])).toEqual([
			['sql', [1, 3]],
			['design', [undefined, 4]],
		]);
	});
});
