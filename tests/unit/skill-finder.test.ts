import { describe, expect, it } from 'vitest';
import {
	filtersToSearch,
	finderGroups,
	needMatches,
	parseFilters,
	skillMatches,
} from '../../src/lib/career/skill-finder.ts';

const skill = (id: string, title: string, category: 'technical' | 'people' | 'delivery') => ({
	id,
	data: { title, category },
});
const role = (
	id: string,
	track: 'ladder' | 'alternative',
	order: number,
	skills: Record<string, number>,
) => ({
	id,
	data: { title: id, track, order, skills },
});

describe('finderGroups', () => {
	it('lists skills by category in schema order, by title, with the roles that need each', () => {
		const groups = finderGroups(
			[
				skill('sql', 'SQL', 'technical'),
				skill('mentoring', 'Mentoring', 'people'),
				skill('api', 'API design', 'technical'),
			],
			[
				role('devops', 'alternative', 1, { sql: 2 }),
				role('senior', 'ladder', 5, { sql: 3, mentoring: 3 }),
				role('junior', 'ladder', 3, { sql: 1 }),
			],
		);
		expect(
			groups.map((group) => [
				group.category,
				group.skills.map(({ skill, needs }) => [
					skill.id,
					needs.map((need) => `${need.role.id}:${need.level}`),
				]),
			]),
		).toEqual([
			[
				'technical',
				[
					['api', []],
					['sql', ['junior:1', 'senior:3', 'devops:2']],
				],
			],
			['people', [['mentoring', ['senior:3']]]],
		]);
	});
});

describe('the filters', () => {
	const sql = {
		category: 'technical',
		needs: [
			{ role: 'junior', level: 1 },
			{ role: 'senior', level: 3 },
		],
	};
	const unused = { category: 'technical', needs: [] };

	it('keep a skill whose category matches and which a chosen role needs at the chosen level', () => {
		expect(
			[
				{},
				{ category: 'technical' },
				{ category: 'people' },
				{ role: 'senior' },
				{ role: 'architect' },
				{ level: 1 },
				{ level: 4 },
				{ role: 'senior', level: 3 },
				{ role: 'senior', level: 1 },
			].map((filters) => skillMatches(sql, filters)),
		).toEqual([true, true, false, true, false, true, false, true, false]);
	});

	it('keep a skill no role lists only while no role or level is chosen', () => {
		expect(
			[{}, { category: 'technical' }, { level: 2 }].map((filters) => skillMatches(unused, filters)),
		).toEqual([true, true, false]);
	});

	it("show only the roles' needs that match", () => {
		expect(sql.needs.map((need) => needMatches(need, { level: 3 }))).toEqual([false, true]);
		expect(sql.needs.map((need) => needMatches(need, { role: 'junior' }))).toEqual([true, false]);
	});
});

describe('filters in the URL', () => {
	const offered = {
		category: ['technical', 'people'],
		role: ['junior', 'senior'],
		level: ['1', '2', '3', '4'],
	};

	it('reads the values the page offers and drops the rest', () => {
		expect(parseFilters('?category=people&role=senior&level=3', offered)).toEqual({
			category: 'people',
			role: 'senior',
			level: 3,
		});
		expect(parseFilters('?category=cooking&role=&level=9&x=1', offered)).toEqual({});
	});

	it('writes a query string that reads back the same', () => {
		const filters = { role: 'junior', level: 2 };
		expect(filtersToSearch(filters)).toBe('?role=junior&level=2');
		expect(parseFilters(filtersToSearch(filters), offered)).toEqual(filters);
		expect(filtersToSearch({})).toBe('');
	});
});
