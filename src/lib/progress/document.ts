/**
 * Reading and writing the saved-progress document: parse, recognise, check against the schema of
 * its version, migrate to the current version. The same path reads localStorage and imported files,
 * so both get the same checks and the same messages.
 */
import { own } from '../content/ids.ts';
import { firstProblem, type JsonSchema } from './json-schema.ts';
import schemas from './progress.schema.json' with { type: 'json' };
import {
	PROGRESS_APP,
	PROGRESS_VERSION,
	type Backup,
	type Coach,
	type DocumentV1,
	type DocumentV2,
	type Progress,
	type ProgressDocument,
	type Unreadable,
	type UnreadableReason,
} from './schema.ts';

/** The coach before the reader has told it anything. */
export const emptyCoach = (): Coach => ({ background: { interests: [] }, assessments: [] });

export const emptyProgress = (): Progress => ({
	quizzes: {},
	ratings: {},
	checklists: {},
	plan: {},
	coach: emptyCoach(),
});

/** Steps from each old version to the next; `readDocument` applies them in turn. */
const MIGRATIONS: Record<number, (document: never) => unknown> = {
	1: ({ quizzes, ratings }: DocumentV1): DocumentV2 => ({
		app: PROGRESS_APP,
		version: 2,
		progress: { quizzes, ratings, checklists: {}, plan: {} },
	}),
	// Version 3 adds the coach; everything saved before stays as it was.
	2: ({ backup, ...document }: DocumentV2): ProgressDocument => ({
		...document,
		version: 3,
		progress: { ...document.progress, coach: emptyCoach() },
		...(backup
			? { backup: { ...backup, progress: { ...backup.progress, coach: emptyCoach() } } }
			: {}),
	}),
};

export type ReadResult =
	| { ok: true; document: ProgressDocument; fromVersion: number }
	| { ok: false; reason: UnreadableReason; detail?: string };

/** The schema each stored version is checked against before it is migrated. */
const VERSIONED = schemas as unknown as Record<number, JsonSchema>;

/** Reads a progress document from JSON text, migrated to the current version. */
export function readDocument(text: string): ReadResult {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { ok: false, reason: 'not-json' };
	}
	const record = (typeof value === 'object' && value) || {};
	const { app, version } = record as { app?: unknown; version?: unknown };
	if (app !== PROGRESS_APP || !Number.isInteger(version) || (version as number) < 1)
		return { ok: false, reason: 'foreign' };
	const fromVersion = version as number;
	if (fromVersion > PROGRESS_VERSION)
		return { ok: false, reason: 'future', detail: String(fromVersion) };
	for (let step = fromVersion; step <= PROGRESS_VERSION; step++) {
		const problem = firstProblem(VERSIONED[step]!, value);
		if (problem) return { ok: false, reason: 'invalid', detail: problem };
		if (step < PROGRESS_VERSION) value = MIGRATIONS[step]!(value as never);
	}
	return { ok: true, document: value as ProgressDocument, fromVersion };
}

/** The current version's document for some progress: what is stored under the key, and exported. */
export function progressDocument(
	progress: Progress,
	savedAt: string,
	extras: { backup?: Backup | undefined; unreadable?: Unreadable | undefined } = {},
): ProgressDocument {
	return {
		app: PROGRESS_APP,
		version: PROGRESS_VERSION,
		savedAt,
		progress,
		...(extras.backup ? { backup: extras.backup } : {}),
		...(extras.unreadable ? { unreadable: extras.unreadable } : {}),
	};
}

/** What an import would change, area by area, for the reader to confirm. */
export interface ProgressChanges {
	/** Self-check ids whose answers are added, replaced or removed. */
	quizzes: KeyChanges;
	/** Skill ids whose rating changes, with the values before and after. */
	ratings: { id: string; before?: number | undefined; after?: number | undefined }[];
	/** Checklist ids whose ticks are added, replaced or removed. */
	checklists: KeyChanges;
	/** Whether the planner's roles change. */
	plan: boolean;
}

export interface KeyChanges {
	added: string[];
	changed: string[];
	removed: string[];
}

function keyChanges(before: Record<string, unknown>, after: Record<string, unknown>): KeyChanges {
	const same = (id: string) => JSON.stringify(own(before, id)) === JSON.stringify(own(after, id));
	return {
		added: Object.keys(after).filter((id) => !Object.hasOwn(before, id)),
		changed: Object.keys(after).filter((id) => Object.hasOwn(before, id) && !same(id)),
		removed: Object.keys(before).filter((id) => !Object.hasOwn(after, id)),
	};
}

/** Compares two states of progress. */
export function diffProgress(before: Progress, after: Progress): ProgressChanges {
	const skills = new Set([...Object.keys(before.ratings), ...Object.keys(after.ratings)]);
	return {
		quizzes: keyChanges(before.quizzes, after.quizzes),
		ratings: [...skills]
			.filter((id) => own(before.ratings, id) !== own(after.ratings, id))
			.map((id) => ({ id, before: own(before.ratings, id), after: own(after.ratings, id) })),
		checklists: keyChanges(before.checklists, after.checklists),
		plan: before.plan.from !== after.plan.from || before.plan.to !== after.plan.to,
	};
}

/** How much progress there is, for the reader to see what an export or a clear covers. */
export function progressCounts(progress: Progress): {
	quizzes: number;
	answers: number;
	ratings: number;
	checklists: number;
	ticks: number;
	plan: boolean;
} {
	const answered = Object.values(progress.quizzes).map((answers) => Object.keys(answers).length);
	const ticked = Object.values(progress.checklists).map((ticks) => ticks.length);
	const sum = (counts: number[]) => counts.reduce((total, count) => total + count, 0);
	return {
		quizzes: answered.filter(Boolean).length,
		answers: sum(answered),
		ratings: Object.keys(progress.ratings).length,
		checklists: ticked.filter(Boolean).length,
		ticks: sum(ticked),
		plan: Boolean(progress.plan.from || progress.plan.to),
	};
}
