import { makePlan, readiness, type PlanRole } from '../../src/lib/career/plan.ts';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/content-files.ts';
import {
	planFragment,
	reachableFrom,
	readPlanFragment,
	resolveSharedPlan,
	shortestPath,
	withEnd,
} from '../../src/lib/career/planner.ts';
import { roleSchema } from '../../src/lib/content/schemas.ts';

/** The handbook's real roles and transitions. */
const roles = readContent(new URL('../../', import.meta.url).pathname)
	.filter((file) => file.kind === 'role')
	.map((file) => ({ id: file.id, data: roleSchema().parse(file.data.value) as PlanRole }));

const role = (id: string, track: 'ladder' | 'alternative', order: number, to: string[]) => ({
	id,
	data: {
		title: id,
		track,
		order,
		skills: {},
		transitions: to.map((target) => ({ to: target, focus: ['sql'], milestones: ['m'] })),
	},
});

describe('shortestPath', () => {
	it('climbs the ladder along the fewest transitions', () => {
		expect(shortestPath(roles, 'intern', 'senior')).toEqual([
			'intern',
			'junior',
			'mid-level',
			'senior',
		]);
	});

	it('reaches alternative tracks, preferring the ladder between equally short routes', () => {
		// mid-level → solutions-architect is two steps through senior, data-engineer or cloud-engineer.
		expect(shortestPath(roles, 'mid-level', 'solutions-architect')).toEqual([
			'mid-level',
			'senior',
			'solutions-architect',
		]);
		expect(shortestPath(roles, 'devops-engineer', 'technical-evangelist')).toEqual([
			'devops-engineer',
			'cloud-engineer',
			'solutions-architect',
			'technical-evangelist',
		]);
	});

	it('returns no route where transitions only lead the other way, or to an unknown role', () => {
		expect(shortestPath(roles, 'architect', 'intern')).toBeUndefined();
		expect(shortestPath(roles, 'intern', 'astronaut')).toBeUndefined();
		expect(shortestPath(roles, 'astronaut', 'intern')).toBeUndefined();
	});

	it('is a single role when both ends are the same', () => {
		expect(shortestPath(roles, 'lead', 'lead')).toEqual(['lead']);
	});

	it('does not depend on the order transitions are written in', () => {
		const graph = (order: string[]) => [
			role('start', 'ladder', 1, order),
			role('side', 'alternative', 1, ['end']),
			role('rung', 'ladder', 2, ['end']),
			role('end', 'ladder', 3, []),
		];
		expect(shortestPath(graph(['side', 'rung']), 'start', 'end')).toEqual(['start', 'rung', 'end']);
		expect(shortestPath(graph(['rung', 'side']), 'start', 'end')).toEqual(['start', 'rung', 'end']);
	});
});

describe('reachableFrom', () => {
	it('lists where a role can lead, ladder roles first', () => {
		expect(reachableFrom(roles, 'technical-consultant')).toEqual([
			'architect',
			'solutions-architect',
			'product-manager',
			'technical-evangelist',
		]);
		expect(reachableFrom([role('alone', 'ladder', 1, [])], 'alone')).toEqual([]);
	});
});

describe('makePlan on the handbook’s roles', () => {
	const byId = new Map(roles.map((entry) => [entry.id, entry.data]));

	it('counts each unrated skill at the current role’s level, once, for junior to senior', () => {
		const junior = byId.get('junior')!.skills;
		const senior = byId.get('senior')!.skills;
		const plan = makePlan(roles, 'junior', 'senior', {});
		expect(plan.route).toEqual(['junior', 'mid-level', 'senior']);
		expect(plan.steps.map((step) => [step.from, step.to, step.focus.length > 0])).toEqual([
			['junior', 'mid-level', true],
			['mid-level', 'senior', true],
		]);
		expect(plan.steps[0]!.milestones).toEqual(
			byId.get('junior')!.transitions.find((move) => move.to === 'mid-level')!.milestones,
		);
		expect(plan.skills.map((row) => row.skill).sort()).toEqual(Object.keys(senior).sort());
		for (const row of plan.skills) {
			expect([row.skill, row.current, row.assumed]).toEqual([
				row.skill,
				junior[row.skill] ?? 0,
				true,
			]);
			expect(row.gap).toBe(Math.max(0, senior[row.skill]! - row.current));
		}
		// The junior page says a junior designs APIs at level 2: the gap to senior is 1, not 3.
		expect(plan.skills.find((row) => row.skill === 'api-design')).toMatchObject({
			current: 2,
			gap: senior['api-design']! - 2,
		});
		expect(plan.gaps.every((row) => row.gap > 0)).toBe(true);
		expect(plan.startHere).toEqual(plan.gaps.slice(0, 3));
	});

	it('uses a rating over the assumed level, even when it is lower', () => {
		const plan = makePlan(roles, 'junior', 'senior', { 'api-design': 0 });
		expect(plan.skills.find((row) => row.skill === 'api-design')).toMatchObject({
			current: 0,
			assumed: false,
		});
	});
});

describe('readiness', () => {
	it('counts the levels met and the skills rated, from the plan', () => {
		const senior = roles.find((entry) => entry.id === 'senior')!.data.skills;
		const junior = roles.find((entry) => entry.id === 'junior')!.data.skills;
		const met = Object.entries(senior).filter(([skill, level]) => (junior[skill] ?? 0) >= level);
		expect(readiness(makePlan(roles, 'junior', 'senior', {}))).toEqual({
			met: met.length,
			total: Object.keys(senior).length,
			rated: 0,
		});
		const all = Object.fromEntries(Object.keys(senior).map((skill) => [skill, 4]));
		expect(readiness(makePlan(roles, 'junior', 'senior', { ...all, 'not-a-skill': 1 }))).toEqual({
			met: Object.keys(senior).length,
			total: Object.keys(senior).length,
			rated: Object.keys(senior).length,
		});
		expect(readiness(makePlan(roles, '', 'senior', { sql: 1 }))).toMatchObject({ rated: 1 });
	});
});

describe('withEnd', () => {
	it('sets one end of a plan and removes it when the id is empty, leaving the other', () => {
		expect(withEnd({ from: 'junior', to: 'senior' }, 'to', 'lead')).toEqual({
			from: 'junior',
			to: 'lead',
		});
		expect(withEnd({ from: 'junior', to: 'senior' }, 'from', '')).toEqual({ to: 'senior' });
	});
});

describe('plan links', () => {
	it('round-trips a plan through the fragment', () => {
		const plan = { from: 'intern', to: 'senior', ratings: { sql: 2, 'api-design': 0 } };
		const fragment = planFragment(plan);
		expect(fragment).toBe('from=intern&to=senior&ratings=sql:2,api-design:0');
		expect(readPlanFragment(`#${fragment}`)).toEqual({ plan, rejected: [] });
	});

	it('ignores fragments that carry no plan', () => {
		expect(readPlanFragment('#levels')).toBeUndefined();
		expect(readPlanFragment('')).toBeUndefined();
	});

	it('rejects anything that is not an id or a rating, returning it as text', () => {
		const payload = '<img src=x onerror=alert(1)>';
		const hash = `#from=${encodeURIComponent(payload)}&to=lead&ratings=sql:9,${encodeURIComponent('<b>x</b>:2')},caching:3`;
		expect(readPlanFragment(hash)).toEqual({
			plan: { from: undefined, to: 'lead', ratings: { caching: 3 } },
			rejected: [payload, 'sql:9', '<b>x</b>:2'],
		});
	});

	it('maps renamed roles and skills, and rejects ids the content does not know', () => {
		const read = {
			plan: { from: 'tech-lead', to: 'astronaut', ratings: { 'sql-queries': 2, juggling: 4 } },
			rejected: ['sql:9'],
		};
		expect(
			resolveSharedPlan(
				read,
				[{ id: 'lead', formerIds: ['tech-lead'] }, { id: 'senior' }],
				[{ id: 'sql', formerIds: ['sql-queries'] }],
			),
		).toEqual({
			plan: { from: 'lead', to: undefined, ratings: { sql: 2 } },
			rejected: ['sql:9', 'astronaut', 'juggling'],
		});
	});
});
