/**
 * The browser checks saved progress against `progress.schema.json`, written from the zod schemas.
 * These tests keep the two in step: the file is what zod writes today, it uses only keywords the
 * browser's checker understands, and checker and zod agree on valid and invalid documents.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	firstProblem,
	SUPPORTED_KEYWORDS,
	type JsonSchema,
} from '../../src/lib/progress/json-schema.ts';
import { DOCUMENT_SCHEMAS, progressJsonSchemas } from '../../src/lib/progress/schema.ts';

const file = JSON.parse(
	readFileSync(new URL('../../src/lib/progress/progress.schema.json', import.meta.url), 'utf8'),
) as Record<'1' | '2' | '3', JsonSchema>;
const v2 = file['2'];

function keywords(schema: unknown, found = new Set<string>()): Set<string> {
	if (typeof schema !== 'object' || schema === null) return found;
	for (const [key, value] of Object.entries(schema)) {
		found.add(key);
		if (key === 'properties' || key === '$defs')
			Object.values(value as object).forEach((child) => keywords(child, found));
		else if (key !== 'const' && key !== 'enum' && key !== 'required') keywords(value, found);
	}
	return found;
}

const base = { app: 'backend-career-handbook', version: 2 } as const;
const progress = { quizzes: {}, ratings: {}, checklists: {}, plan: {} };
/** Documents, and whether they are valid. */
const documents: [string, unknown, boolean][] = [
	['empty progress', { ...base, progress }, true],
	[
		'everything',
		{
			...base,
			savedAt: '2026-11-24T00:00:00.000Z',
			progress: {
				quizzes: { 'starting-out': { 'entry-skills': ['a', 'b'] } },
				ratings: { sql: 0, 'api-design': 4 },
				checklists: { 'learning-plan': [] },
				plan: { from: 'intern', to: 'senior' },
			},
			backup: { savedAt: '2026-11-23T00:00:00.000Z', progress },
			unreadable: { savedAt: '2026-11-22T00:00:00.000Z', reason: 'not-json', raw: '{' },
		},
		true,
	],
	['a rating of 5', { ...base, progress: { ...progress, ratings: { sql: 5 } } }, false],
	['a negative rating', { ...base, progress: { ...progress, ratings: { sql: -1 } } }, false],
	['a rating as text', { ...base, progress: { ...progress, ratings: { sql: '3' } } }, false],
	['an empty answer', { ...base, progress: { ...progress, quizzes: { q: { a: [] } } } }, false],
	['an uppercase id', { ...base, progress: { ...progress, checklists: { List: [] } } }, false],
	[
		'an unknown reason',
		{ ...base, progress, unreadable: { savedAt: 'x', reason: 'lost', raw: '' } },
		false,
	],
	['an empty timestamp', { ...base, savedAt: '', progress }, false],
	['a missing area', { ...base, progress: { quizzes: {}, ratings: {}, plan: {} } }, false],
	['an extra field', { ...base, progress, theme: 'dark' }, false],
	['the wrong app', { ...base, app: 'other', progress }, false],
	['no progress', { ...base }, false],
];

describe('progress.schema.json', () => {
	it('is what zod writes from schema.ts (run `npm run progress-schema` after changing it)', () => {
		expect(file).toEqual(JSON.parse(JSON.stringify(progressJsonSchemas())));
	});

	it('uses only keywords the browser checker understands', () => {
		const used = [...keywords(file['1']), ...keywords(v2), ...keywords(file['3'])];
		expect(used.filter((key) => !(SUPPORTED_KEYWORDS as readonly string[]).includes(key))).toEqual(
			[],
		);
	});

	it.each(documents)('agrees with zod on a document with %s', (_case, document, valid) => {
		expect(DOCUMENT_SCHEMAS[2]().safeParse(document).success).toBe(valid);
		expect(firstProblem(v2, document) === undefined).toBe(valid);
	});

	it('agrees with zod on version 3 documents, the coach and the shared progress schema included', () => {
		const progress = {
			quizzes: {},
			ratings: { sql: 2 },
			checklists: {},
			plan: {},
			coach: {
				background: { interests: ['data'], hoursPerWeek: 4 },
				assessments: [{ date: '2026-12-02', estimates: { sql: { level: 2, se: 0.4, asked: 5 } } }],
			},
		};
		const v3 = { app: 'backend-career-handbook', version: 3, progress };
		const cases = [
			v3,
			{ ...v3, backup: { savedAt: 'now', progress } },
			{ ...v3, backup: { savedAt: 'now', progress: { ...progress, ratings: { sql: 9 } } } },
			{
				...v3,
				progress: {
					...progress,
					coach: { ...progress.coach, background: { interests: ['golf'] } },
				},
			},
			{ ...v3, progress: { ...progress, coach: undefined } },
		];
		expect(cases.map((document) => DOCUMENT_SCHEMAS[3]().safeParse(document).success)).toEqual([
			true,
			true,
			false,
			false,
			false,
		]);
		for (const document of cases)
			expect(firstProblem(file['3'], document) === undefined).toBe(
				DOCUMENT_SCHEMAS[3]().safeParse(document).success,
			);
	});

	it('agrees with zod on version 1 documents', () => {
		const v1 = { app: 'backend-career-handbook', version: 1, quizzes: {}, ratings: { sql: 2 } };
		for (const document of [v1, { ...v1, ratings: { sql: 9 } }, { ...v1, checklists: {} }])
			expect(firstProblem(file['1'], document) === undefined).toBe(
				DOCUMENT_SCHEMAS[1]().safeParse(document).success,
			);
	});
});
