import { describe, expect, it } from 'vitest';
import { assessmentRubric } from '../../src/lib/career/rubric.ts';
import { skillsThatGrow } from '../../src/lib/career/queries.ts';

const levels = (name: string) => ({
	1: `${name} 1`,
	2: `${name} 2`,
	3: `${name} 3`,
	4: `${name} 4`,
});
const skills = [
	{ id: 'sql', data: { title: 'SQL', levels: levels('sql') } },
	{ id: 'mentoring', data: { title: 'Mentoring', levels: levels('mentoring') } },
	{ id: 'caching', data: { title: 'Caching', levels: levels('caching') } },
];

describe('assessmentRubric', () => {
	it('gives each expected skill the descriptor at its level and the one below, highest first', () => {
		const rows = assessmentRubric({ skills: { sql: 3, mentoring: 1, caching: 3 } }, skills);
		expect(
			rows.map(({ skill, level, meets, fallsShort }) => [skill.id, level, meets, fallsShort]),
		).toEqual([
			['caching', 3, 'caching 3', 'caching 2'],
			['sql', 3, 'sql 3', 'sql 2'],
			['mentoring', 1, 'mentoring 1', undefined],
		]);
	});

	it('leaves out skills the handbook does not describe', () => {
		expect(
			assessmentRubric({ skills: { sql: 2, retired: 3 } }, skills).map((row) => row.skill.id),
		).toEqual(['sql']);
	});
});

describe('skillsThatGrow', () => {
	it('lists raised and newly expected skills, largest rise first, and nothing that stays or falls', () => {
		const rows = skillsThatGrow(
			{ skills: { sql: 2, mentoring: 2, caching: 3 } },
			{ skills: { sql: 3, mentoring: 4, caching: 2 } },
			[...skills, { id: 'new', data: { title: 'New', levels: levels('new') } }],
		);
		expect(rows.map(({ skill, from, to }) => [skill.id, from, to])).toEqual([
			['mentoring', 2, 4],
			['sql', 2, 3],
		]);
		expect(
			skillsThatGrow({ skills: {} }, { skills: { caching: 1 } }, skills).map((row) => [
				row.skill.id,
				row.from,
				row.to,
			]),
		).toEqual([['caching', undefined, 1]]);
	});
});
