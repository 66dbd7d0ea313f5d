/** Reading progress documents (storage and imported files), and what an import would change. */
import { describe, expect, it } from 'vitest';
import {
	diffProgress,
	emptyProgress,
	progressCounts,
	progressDocument,
	readDocument,
} from '../../src/lib/progress/document.ts';
import { emptyCoach } from '../../src/lib/progress/document.ts';

const v2 = (progress: object) =>
	JSON.stringify({ app: 'backend-career-handbook', version: 2, progress });

describe('readDocument', () => {
	it('reads what progressDocument writes', () => {
		const progress = { ...emptyProgress(), ratings: { sql: 4 } };
		const text = JSON.stringify(progressDocument(progress, '2026-11-24T00:00:00.000Z'), null, 2);
		expect(readDocument(text)).toEqual({
			ok: true,
			fromVersion: 3,
			document: {
				app: 'backend-career-handbook',
				version: 3,
				savedAt: '2026-11-24T00:00:00.000Z',
				progress,
			},
		});
	});

	it.each([
		['', { ok: false, reason: 'not-json' }],
		['<script>alert(1)</script>', { ok: false, reason: 'not-json' }],
		['null', { ok: false, reason: 'foreign' }],
		['[1, 2]', { ok: false, reason: 'foreign' }],
		['{"app": "another-app", "version": 2}', { ok: false, reason: 'foreign' }],
		['{"app": "backend-career-handbook", "version": "2"}', { ok: false, reason: 'foreign' }],
		[
			'{"app": "backend-career-handbook", "version": 9}',
			{ ok: false, reason: 'future', detail: '9' },
		],
		[
			v2({ quizzes: {}, ratings: { sql: 2.5 }, checklists: {}, plan: {} }),
			{ ok: false, reason: 'invalid', detail: 'progress.ratings.sql: not integer' },
		],
		[
			v2({
				quizzes: {},
				ratings: {},
				checklists: {},
				plan: { from: '<img src=x onerror=alert(1)>' },
				coach: emptyCoach(),
			}),
			{ ok: false, reason: 'invalid', detail: 'progress.plan.from: not in the expected form' },
		],
		[
			v2({ quizzes: { 'Bad Id': {} }, ratings: {}, checklists: {}, plan: {} }),
			{ ok: false, reason: 'invalid', detail: 'progress.quizzes.Bad Id: not a valid id' },
		],
		[
			v2({ quizzes: {}, ratings: {}, plan: {} }),
			{ ok: false, reason: 'invalid', detail: 'progress: missing "checklists"' },
		],
		[
			v2({ quizzes: {}, ratings: {}, checklists: {}, plan: {}, extra: true }),
			{ ok: false, reason: 'invalid', detail: 'progress.extra: not expected' },
		],
		[
			JSON.stringify({
				app: 'backend-career-handbook',
				version: 1,
				quizzes: { a: { q: [] } },
				ratings: {},
			}),
			{ ok: false, reason: 'invalid', detail: 'quizzes.a.q: too few items' },
		],
	])('rejects %j', (text, expected) => {
		expect(readDocument(text)).toEqual(expected);
	});

	it('does not let a key like "constructor" slip past the schema', () => {
		expect(
			readDocument(
				v2({ quizzes: {}, ratings: {}, checklists: {}, plan: { constructor: 'intern' } }),
			),
		).toEqual({ ok: false, reason: 'invalid', detail: 'progress.plan.constructor: not expected' });
	});
});

describe('diffProgress', () => {
	it('lists what changes, area by area', () => {
		const before = {
			quizzes: { 'starting-out': { q: ['a'] }, outlook: { q: ['b'] } },
			ratings: { sql: 2, nosql: 1 },
			checklists: { 'learning-plan': ['two-topics'] },
			plan: { from: 'intern', to: 'senior' },
			coach: emptyCoach(),
		};
		const after = {
			quizzes: { 'starting-out': { q: ['b'] }, leadership: { q: ['a'] } },
			ratings: { sql: 3, caching: 2, nosql: 1 },
			checklists: { 'learning-plan': ['two-topics'] },
			plan: { from: 'intern', to: 'senior' },
			coach: emptyCoach(),
		};
		expect(diffProgress(before, after)).toEqual({
			quizzes: { added: ['leadership'], changed: ['starting-out'], removed: ['outlook'] },
			ratings: [
				{ id: 'sql', before: 2, after: 3 },
				{ id: 'caching', before: undefined, after: 2 },
			],
			checklists: { added: [], changed: [], removed: [] },
			plan: false,
		});
	});
});

describe('progressCounts', () => {
	it('counts answers, ratings, ticks and the plan', () => {
		expect(
			progressCounts({
				quizzes: { 'starting-out': { a: ['x'], b: ['y'] }, outlook: {} },
				ratings: { sql: 0 },
				checklists: { 'learning-plan': ['a', 'b', 'c'], 'intern-exit': [] },
				plan: { to: 'lead' },
				coach: emptyCoach(),
			}),
		).toEqual({ quizzes: 1, answers: 2, ratings: 1, checklists: 1, ticks: 3, plan: true });
	});
});
