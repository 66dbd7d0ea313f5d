/**
 * The shape of the reader's saved progress, one zod schema per stored version.
 *
 * Everything a reader does in the widgets lives in ONE localStorage entry, `PROGRESS_KEY`, as a
 * JSON document `{ app, version, progress, backup?, unreadable? }`. Progress is keyed by the stable
 * ids of the content (self-check, question, option, skill, role, checklist and item ids), never by
 * position or title, so editing the content keeps it. Exported files use the same document shape.
 *
 * The browser does not load zod (it would cost more than a third of the widgets' JavaScript
 * budget): `npm run progress-schema` writes these schemas as JSON Schema to `progress.schema.json`,
 * which `json-schema.ts` checks on load; a unit test fails when the two drift apart.
 */
import { z } from 'zod';
import { idSchema } from '../content/schemas.ts';

/** Marks a document as the handbook's, so another site's data under the key is told apart. */
export const PROGRESS_APP = 'backend-career-handbook';
/** The single localStorage key all progress is saved under. */
export const PROGRESS_KEY = `${PROGRESS_APP}:progress`;
/** The version this build writes; older versions are migrated on load (see `document.ts`). */
export const PROGRESS_VERSION = 3;

/** What a reader can say they enjoy, in the coach's background step. */
export const INTERESTS = [
	'features',
	'infrastructure',
	'data',
	'security',
	'people',
	'product',
	'teaching',
] as const;

/** Why saved data could not be used. */
export const UNREADABLE_REASONS = ['not-json', 'foreign', 'future', 'invalid'] as const;

/** Answers to one self-check: the chosen option ids of each answered question, by question id. */
const answersSchema = () => z.record(idSchema(), z.array(idSchema()).min(1));
/** Self-assessment ratings: 0 (not yet) to 4 (expert), by skill id. */
const ratingsSchema = () => z.record(idSchema(), z.int().min(0).max(4));

/** Version 1: quiz answers and skill ratings at the top level of the document. */
export const documentV1Schema = () =>
	z.strictObject({
		/** Always `PROGRESS_APP`. */
		app: z.literal(PROGRESS_APP),
		version: z.literal(1),
		/** Answers by self-check id. */
		quizzes: z.record(idSchema(), answersSchema()),
		/** Ratings by skill id. */
		ratings: ratingsSchema(),
	});

/** Everything the reader has done, in version 2. */
/** Version 2's progress, before the coach. */
export const progressV2Schema = () =>
	z.strictObject({
		/** Answers by self-check id, then by question id: the chosen option ids. */
		quizzes: z.record(idSchema(), answersSchema()),
		/** Self-assessment ratings by skill id, 0 to 4. */
		ratings: ratingsSchema(),
		/** Ticked item ids by checklist id. */
		checklists: z.record(idSchema(), z.array(idSchema())),
		/** The transition planner's last choice of roles. */
		plan: z.strictObject({ from: idSchema().optional(), to: idSchema().optional() }),
	});

/** An ISO 8601 timestamp, e.g. `2026-11-24T18:50:31.000Z`. */

/** One skill's estimate from the coach's adaptive test. */
const estimateSchema = () =>
	z.strictObject({
		/** The estimated level, 0.5 to 4. */
		level: z.number().min(0).max(4),
		/** Its standard error, in levels. */
		se: z.number().min(0),
		/** How many questions it rests on. */
		asked: z.int().min(0),
	});

/** The coach: the reader's background, the test under way, and the dated results. */
export const coachSchema = () =>
	z.strictObject({
		/** What the reader told the coach about themselves. */
		background: z.strictObject({
			/** Their current role id, or `student`. */
			current: z.string().optional(),
			/** Years in backend work. */
			years: z.number().min(0).max(60).optional(),
			/** What they enjoy. */
			interests: z.array(z.enum(INTERESTS)),
			/** The role they aim for; none means "suggest one". */
			target: idSchema().optional(),
			/** Hours a week they can practise. */
			hoursPerWeek: z.number().min(0).max(80).optional(),
			/** The date they aim to be ready by, `YYYY-MM-DD`. */
			targetDate: z
				.string()
				.regex(/^\d{4}-\d{2}-\d{2}$/)
				.optional(),
		}),
		/** The adaptive test in progress, resumable after a reload. */
		session: z
			.strictObject({
				/** The skills being tested, in order. */
				skills: z.array(idSchema()),
				/** Answers so far: `skill/question` keys and whether they were right. */
				responses: z.array(z.strictObject({ item: z.string(), correct: z.boolean() })),
				startedAt: z.string().min(1),
			})
			.optional(),
		/** Finished tests, oldest first, each with its date and an estimate per skill. */
		assessments: z.array(
			z.strictObject({
				date: z.string().min(1),
				estimates: z.record(idSchema(), estimateSchema()),
			}),
		),
		/** Ratings a mentor or manager exported, imported to compare; never mixed with the reader's. */
		mentor: z
			.strictObject({
				importedAt: z.string().min(1),
				ratings: z.record(idSchema(), z.int().min(0).max(4)),
			})
			.optional(),
	});

export const progressSchema = () =>
	progressV2Schema().extend({
		/** The coach's background, session and assessments. */
		coach: coachSchema(),
	});

const timestamp = () => z.string().min(1);

/** Version 2: progress under `progress`, plus the backup an import keeps and unreadable data. */
/**
 * A stored document of version 2 or later: the progress, its backup and any unreadable data.
 * One progress instance serves both places, so the JSON Schema writes it once (`reused: 'ref'`).
 */
function documentOf<V extends number, P extends z.ZodType>(version: V, progress: P) {
	return z.strictObject({
		/** Always `PROGRESS_APP`. */
		app: z.literal(PROGRESS_APP),
		version: z.literal(version),
		/** When the document was written. */
		savedAt: timestamp().optional(),
		progress,
		/** The progress an import replaced, so the reader can go back to it. */
		backup: z.strictObject({ savedAt: timestamp(), progress }).optional(),
		/** Data found under the key that could not be read, kept for the reader to download. */
		unreadable: z
			.strictObject({
				savedAt: timestamp(),
				reason: z.enum(UNREADABLE_REASONS),
				/** The stored text exactly as it was found. */
				raw: z.string(),
			})
			.optional(),
	});
}

/** Version 2 documents, before the coach. */
export const documentV2Schema = () => documentOf(2, progressV2Schema());

/** The current version's document. */
export const documentSchema = () => documentOf(3, progressSchema());

/** Each stored version's schema, by version number. */
export const DOCUMENT_SCHEMAS = {
	1: documentV1Schema,
	2: documentV2Schema,
	3: documentSchema,
} as const;

export type Progress = z.output<ReturnType<typeof progressSchema>>;
export type ProgressDocument = z.output<ReturnType<typeof documentSchema>>;
export type DocumentV1 = z.output<ReturnType<typeof documentV1Schema>>;
export type DocumentV2 = z.output<ReturnType<typeof documentV2Schema>>;
export type Coach = z.output<ReturnType<typeof coachSchema>>;
export type Interest = (typeof INTERESTS)[number];
export type UnreadableReason = (typeof UNREADABLE_REASONS)[number];
export type Unreadable = NonNullable<ProgressDocument['unreadable']>;
export type Backup = NonNullable<ProgressDocument['backup']>;

/** The stored versions' schemas as JSON Schema, as written to `progress.schema.json`. */
export function progressJsonSchemas(): Record<keyof typeof DOCUMENT_SCHEMAS, unknown> {
	return {
		1: z.toJSONSchema(documentV1Schema()),
		2: z.toJSONSchema(documentV2Schema(), { reused: 'ref' }),
		// The progress inside a document and inside its backup is one schema, written once.
		3: z.toJSONSchema(documentSchema(), { reused: 'ref' }),
	};
}
