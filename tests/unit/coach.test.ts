import { describe, expect, it } from 'vitest';
import { calendarFile, escapeText, foldLine } from '../../src/lib/career/calendar.ts';
import {
	assistantBrief,
	changesSince,
	coachAdvice,
	rankRoles,
	readerLevels,
	rolesAhead,
	skillsForTest,
	skillsToTest,
	SKILLS_PER_TEST,
	sourceOf,
	studySchedule,
	suggestionTargets,
	type CoachBackground,
} from '../../src/lib/career/coach.ts';
import { makePlan } from '../../src/lib/career/plan.ts';
import { readContent } from '../../src/lib/content/content-files.ts';
import { roleSchema } from '../../src/lib/content/schemas.ts';

const content = readContent(new URL('../../', import.meta.url).pathname);

const role = (
	id: string,
	family: string,
	skills: Record<string, number>,
	to: { to: string; focus: string[] }[] = [],
	order = 1,
) => ({
	id,
	data: {
		title: id.toUpperCase(),
		track: 'ladder' as const,
		order,
		family: family as 'ladder',
		skills,
		transitions: to.map((move) => ({ ...move, milestones: ['m'] })),
	},
});
const roles = [
	role('junior', 'ladder', { sql: 2, testing: 1 }, [{ to: 'mid', focus: ['sql', 'design'] }], 1),
	role(
		'mid',
		'ladder',
		{ sql: 3, testing: 2, design: 2 },
		[{ to: 'senior', focus: ['design'] }],
		2,
	),
	role('senior', 'ladder', { sql: 3, testing: 3, design: 3, mentoring: 2 }, [], 3),
	role('sre', 'infrastructure', { testing: 2, linux: 3 }, [], 4),
];

describe('makePlan', () => {
	it('counts an unrated skill at the current role’s level, says so, and ranks by weighted gap', () => {
		const plan = makePlan(roles, 'junior', 'senior', { testing: 1 });
		expect(plan.route).toEqual(['junior', 'mid', 'senior']);
		expect(
			plan.gaps.map(({ skill, current, assumed, gap, steps }) => [
				skill,
				current,
				assumed,
				gap,
				steps,
			]),
		).toEqual([
			// design: gap 3, focus of both steps → weight 9; the rest weigh 2, so by id.
			['design', 0, true, 3, 2],
			['mentoring', 0, true, 2, 0],
			['sql', 2, true, 1, 1],
			['testing', 1, false, 2, 0],
		]);
		expect(plan.startHere.map((gap) => gap.skill)).toEqual(['design', 'mentoring', 'sql']);
	});

	it('has no route and no duplicates between unconnected roles', () => {
		const plan = makePlan(roles, 'senior', 'sre', {});
		expect(plan.route).toBeUndefined();
		expect(new Set(plan.gaps.map((gap) => gap.skill)).size).toBe(plan.gaps.length);
	});
});

describe('rankRoles', () => {
	it('ranks by the share of expected levels reached, with stated interests weighed in', () => {
		const levels = { sql: 3, testing: 2, design: 2, linux: 1 };
		expect(
			rankRoles(roles, { current: undefined, levels }, []).map((fit) => [fit.role, fit.match]),
		).toEqual([
			['junior', 1],
			['mid', 1],
			['senior', 7 / 11],
			['sre', 3 / 5],
		]);
		const withInterest = rankRoles(roles, { current: 'mid', levels }, ['infrastructure']);
		expect(withInterest.map((fit) => [fit.role, fit.interest])).toEqual([
			['sre', true],
			['senior', false],
		]);
	});

	it('counts an untested skill at the current role’s level, and says how many were tested', () => {
		// Only sql was tested; mid's testing (2) and design (2) count at junior's 1 and 0.
		const [mid] = rankRoles(roles, { current: 'junior', levels: { sql: 3 } }, [], ['sql']);
		expect(mid).toMatchObject({ role: 'mid', match: 4 / 7, tested: 1, total: 3 });
	});

	it('never offers a role at or below the current one on the ladder', () => {
		const fits = rankRoles(roles, { current: 'senior', levels: { sql: 1 } }, []);
		expect(fits.map((fit) => fit.role)).toEqual(['sre']);
	});
});

describe('rolesAhead and suggestionTargets', () => {
	it('keeps alternative paths and higher ladder roles, and the families the reader enjoys', () => {
		expect(rolesAhead(roles, 'mid').map((r) => r.id)).toEqual(['senior', 'sre']);
		expect(rolesAhead(roles, undefined)).toHaveLength(roles.length);
		expect(suggestionTargets(roles, 'junior', ['infrastructure']).map((r) => r.id)).toEqual([
			'sre',
		]);
		expect(suggestionTargets(roles, 'junior', ['people']).map((r) => r.id)).toEqual([
			'mid',
			'senior',
			'sre',
		]);
	});
});

describe('readerLevels', () => {
	it('takes the test’s estimate where there is one, rounded as shown, and the rating elsewhere', () => {
		const reader = readerLevels({ sql: { level: 1.9520341922454232 } }, { sql: 4, testing: 3 });
		expect(reader.levels).toEqual({ sql: 2, testing: 3 });
		expect([sourceOf(reader, 'sql'), sourceOf(reader, 'testing'), sourceOf(reader, 'x')]).toEqual([
			'test',
			'rating',
			'assumed',
		]);
		const plan = coachAdvice(
			roles,
			{ current: 'junior', target: 'mid', interests: [] },
			{ sql: { level: 1.95 } },
			{ sql: 4 },
		).plan;
		expect(plan?.skills.find((row) => row.skill === 'sql')?.current).toBe(2);
	});
});

describe('simulated readers on the handbook’s roles', () => {
	const real = content
		.filter((file) => file.kind === 'role')
		.map((file) => ({ id: file.id, data: roleSchema().parse(file.data.value) }));
	const byId = new Map(real.map((entry) => [entry.id, entry.data]));
	/** A reader who knows every skill the test asks about at `level`. */
	const knowsAt = (level: number, background: CoachBackground) => {
		const tested = skillsForTest(real, background);
		const estimates = Object.fromEntries(tested.map((skill) => [skill, { level, se: 0.4 }]));
		return { tested, advice: coachAdvice(real, background, estimates, {}) };
	};

	it('offers a junior who knows level 2 and enjoys building features a role above junior first', () => {
		const { advice } = knowsAt(2, { current: 'junior', interests: ['features'] });
		const first = byId.get(advice.fits[0]!.role)!;
		expect(first.track).toBe('ladder');
		expect(first.order).toBeGreaterThan(byId.get('junior')!.order);
		expect(advice.fits.map((fit) => fit.role)).not.toContain('intern');
		expect(advice.target).toBe(advice.fits[0]!.role);
	});

	it('never offers a junior a role at or below junior, whatever they enjoy', () => {
		for (const interest of ['features', 'product', 'teaching', 'people', 'data']) {
			const { advice } = knowsAt(2, { current: 'junior', interests: [interest] });
			for (const fit of advice.fits) {
				const role = byId.get(fit.role)!;
				expect(role.track === 'alternative' || role.order > 3, `${interest}: ${fit.role}`).toBe(
					true,
				);
			}
		}
	});

	it('with “Suggest one”, tests the skills the roles the reader enjoys expect highest', () => {
		const { tested } = knowsAt(2, { current: 'junior', interests: ['infrastructure'] });
		expect(tested).toHaveLength(SKILLS_PER_TEST);
		const infrastructure = real.filter((role) => role.data.family === 'infrastructure');
		// Every tested skill is expected by an infrastructure role; none is picked for its name.
		for (const skill of tested)
			expect(infrastructure.some((role) => role.data.skills[skill] !== undefined)).toBe(true);
		const alphabetical = [...new Set(real.flatMap((r) => Object.keys(r.data.skills)))]
			.sort()
			.slice(0, SKILLS_PER_TEST);
		expect(tested).not.toEqual(alphabetical);
	});
});

describe('studySchedule', () => {
	const plan = makePlan(roles, 'junior', 'senior', {});
	const practice = { design: ['d1', 'd2'], testing: ['t1'], mentoring: ['m1'], sql: ['s1'] };

	it('spreads the tasks over the weeks to the target date, with the reader’s hours', () => {
		const schedule = studySchedule(plan, practice, {
			start: '2026-12-07',
			targetDate: '2026-12-28',
			hoursPerWeek: 4,
		});
		expect(schedule).toEqual({
			ok: true,
			hoursPerWeek: 4,
			weeks: [
				{
					date: '2026-12-07',
					tasks: [
						{ skill: 'design', task: 'd1' },
						{ skill: 'design', task: 'd2' },
					],
				},
				{
					date: '2026-12-14',
					tasks: [
						{ skill: 'mentoring', task: 'm1' },
						{ skill: 'sql', task: 's1' },
					],
				},
				{ date: '2026-12-21', tasks: [{ skill: 'testing', task: 't1' }] },
			],
		});
	});

	it('refuses a date in the past and zero hours, saying which', () => {
		expect(
			studySchedule(plan, practice, {
				start: '2026-12-07',
				targetDate: '2026-12-01',
				hoursPerWeek: 3,
			}),
		).toEqual({ ok: false, reason: 'past-date' });
		expect(studySchedule(plan, practice, { start: '2026-12-07', hoursPerWeek: 0 })).toEqual({
			ok: false,
			reason: 'no-hours',
		});
	});
});

describe('changesSince', () => {
	it('lists skills whose estimate moved by a quarter level or more', () => {
		expect(
			changesSince(
				{ sql: { level: 2, se: 0.4 }, design: { level: 1, se: 0.4 } },
				{ sql: { level: 2.1, se: 0.4 }, design: { level: 2, se: 0.4 }, new: { level: 1, se: 1 } },
			),
		).toEqual([{ skill: 'design', before: 1, after: 2 }]);
	});
});

describe('the calendar file', () => {
	it('escapes text and folds long lines as RFC 5545 says', () => {
		expect(escapeText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
		const folded = foldLine(`DESCRIPTION:${'x'.repeat(200)}`);
		expect(folded.split('\r\n').map((line) => line.length)).toEqual([75, 75, 64]);
	});

	it('writes one all-day event per week, parseable line by line', () => {
		const text = calendarFile(
			'Study plan',
			[
				{
					uid: 'w1@coach',
					date: '2026-12-07',
					summary: 'Practise: SQL',
					description: 'Task one, two',
				},
			],
			'20261202T000000Z',
		);
		const lines = text.replace(/\r\n /g, '').split('\r\n');
		expect(lines).toEqual([
			'BEGIN:VCALENDAR',
			'VERSION:2.0',
			'PRODID:-//Backend Career Handbook//Coach//EN',
			'CALSCALE:GREGORIAN',
			'X-WR-CALNAME:Study plan',
			'BEGIN:VEVENT',
			'UID:w1@coach',
			'DTSTAMP:20261202T000000Z',
			'DTSTART;VALUE=DATE:20261207',
			'DTEND;VALUE=DATE:20261208',
			'SUMMARY:Practise: SQL',
			'DESCRIPTION:Task one\\, two',
			'END:VEVENT',
			'END:VCALENDAR',
			'',
		]);
	});
});

describe('assistantBrief', () => {
	it('states the background, the estimates beside the self-ratings, and the gaps with descriptors', () => {
		const brief = assistantBrief({
			background: { current: 'junior', years: 2, interests: ['data'], hoursPerWeek: 5 },
			target: 'senior',
			titles: {
				junior: 'Junior',
				senior: 'Senior',
				mid: 'Mid',
				sql: 'SQL',
				design: 'Design',
				testing: 'Testing',
				mentoring: 'Mentoring',
			},
			estimates: { sql: { level: 2.2, se: 0.4 } },
			ratings: { sql: 3 },
			plan: makePlan(roles, 'junior', 'senior', {}),
			descriptors: { design: { 3: 'Designs schemas others build on.' } },
		});
		expect(brief).toContain('- SQL: 2 ± 0.4 (I rated myself 3)');
		expect(brief).toContain('Route: Junior → Mid → Senior');
		expect(brief).toContain(
			'- Design: at 0 (assumed from my current role), target 3. Target level means: Designs schemas others build on.',
		);
	});

	it('rounds levels and names skills by title, saying where each level comes from', () => {
		const estimates = { sql: { level: 1.9520341922454232, se: 0.4 } };
		const brief = assistantBrief({
			background: { current: 'junior', interests: [] },
			target: 'senior',
			titles: { sql: 'SQL', testing: 'Testing', design: 'Design', mentoring: 'Mentoring' },
			estimates,
			ratings: { testing: 2 },
			// A plan made from the raw estimate, as an older coach did.
			plan: makePlan(roles, 'junior', 'senior', { sql: 1.9520341922454232, testing: 2 }),
			descriptors: {},
		});
		expect(brief).toContain('- SQL: at 2 (from the test), target 3');
		expect(brief).toContain('- Testing: at 2 (my own rating), target 3');
		expect(brief).not.toMatch(/\d\.\d{3,}/);
	});

	it('names ids like `constructor` from a reader’s file as written, never as built-ins', () => {
		const brief = assistantBrief({
			background: { current: 'toString', interests: [] },
			target: undefined,
			titles: {},
			estimates: { constructor: { level: 2, se: 0.5 } },
			ratings: {},
			plan: undefined,
			descriptors: {},
		});
		expect(brief).toContain('- Current role: toString');
		expect(brief).toContain('- constructor: 2 ± 0.5\n');
		expect(brief).not.toContain('[native code]');
	});
});

describe('skillsToTest', () => {
	it('asks first about the skills the targets raise most, at most eight', () => {
		expect(
			skillsToTest({ sql: 2, testing: 1 }, [{ sql: 3, testing: 3, design: 2, mentoring: 1 }]),
		).toEqual(['design', 'testing', 'mentoring', 'sql']);
		const many = Object.fromEntries(Array.from({ length: 20 }, (_, index) => [`s${index}`, 2]));
		expect(skillsToTest({}, [many])).toHaveLength(SKILLS_PER_TEST);
		// Over several targets: the highest rise any of them asks (a and b rise 2), then how many ask it.
		expect(
			skillsToTest({ a: 1 }, [
				{ a: 3, b: 2 },
				{ b: 2, c: 1 },
			]),
		).toEqual(['b', 'a', 'c']);
	});
});
