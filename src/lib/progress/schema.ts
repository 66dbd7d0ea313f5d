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
export const PROGRESS_VERSION = 2;

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
export const progressSchema = () =>
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
const timestamp = () => z.string().min(1);

/** Version 2: progress under `progress`, plus the backup an import keeps and unreadable data. */
export const documentSchema = () =>
	z.strictObject({
		/** Always `PROGRESS_APP`. */
		app: z.literal(PROGRESS_APP),
		version: z.literal(2),
		/** When the document was written. */
		savedAt: timestamp().optional(),
		progress: progressSchema(),
		/** The progress an import replaced, so the reader can go back to it. */
		backup: z.strictObject({ savedAt: timestamp(), progress: progressSchema() }).optional(),
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

/** Each stored version's schema, by version number. */
export const DOCUMENT_SCHEMAS = { 1: documentV1Schema, 2: documentSchema } as const;

export type Progress = z.output<ReturnType<typeof progressSchema>>;
export type ProgressDocument = z.output<ReturnType<typeof documentSchema>>;
export type DocumentV1 = z.output<ReturnType<typeof documentV1Schema>>;
export type UnreadableReason = (typeof UNREADABLE_REASONS)[number];
export type Unreadable = NonNullable<ProgressDocument['unreadable']>;
export type Backup = NonNullable<ProgressDocument['backup']>;

/** The stored versions' schemas as JSON Schema, as written to `progress.schema.json`. */
export function progressJsonSchemas(): Record<keyof typeof DOCUMENT_SCHEMAS, unknown> {
	return { 1: z.toJSONSchema(documentV1Schema()), 2: z.toJSONSchema(documentSchema()) };
}
