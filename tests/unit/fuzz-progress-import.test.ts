/**
 * Fuzzing the progress import: every file a reader picks on the progress page goes through
 * `readDocument`, is previewed with `diffProgress` and `progressCounts`, and replaces progress only
 * when it was read, as `ProgressManager` does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	diffProgress,
	emptyCoach,
	progressCounts,
	progressDocument,
	readDocument,
} from '../../src/lib/progress/document.ts';
import {
	DOCUMENT_SCHEMAS,
	PROGRESS_APP,
	PROGRESS_KEY,
	PROGRESS_VERSION,
	type ProgressDocument,
} from '../../src/lib/progress/schema.ts';
import { createProgressStore, type ProgressStore } from '../../src/lib/progress/store.ts';
import {
	pathText,
	progressArb,
	RUNS,
	sampleArb,
	savedTextArb,
	SEED,
	type Sample,
} from '../fixtures/fuzz-progress/documents.ts';
import { memoryStorage } from '../helpers/memory-storage.ts';

const NOW = '2026-11-24T12:00:00.000Z';
const options = { seed: SEED, numRuns: RUNS };

/** Every reason `firstProblem` gives after the path. */
const PROBLEM =
	/: (?:not (?:object|array|string|number|integer|boolean|"[^"]*"|\d+)|not an allowed value|too short|not in the expected form|below \d+|above \d+|too few items|missing "[^"]*"|not a valid id|not expected)$/;

const zodSchemas = Object.fromEntries(
	Object.entries(DOCUMENT_SCHEMAS).map(([version, schema]) => [version, schema()]),
);

/** The file's text through the progress page: read, previewed, then confirmed when it was read. */
function importFile(store: ProgressStore, text: string) {
	const read = readDocument(text);
	if (!read.ok) return read;
	diffProgress(store.state.progress, read.document.progress);
	progressCounts(read.document.progress);
	store.replace(read.document.progress);
	return read;
}

/** What a valid document of an older version holds once it is the current version's. */
function migrated(document: Record<string, unknown>): unknown {
	const coach = emptyCoach();
	if (document['version'] === 1) {
		const { quizzes, ratings } = document;
		return {
			app: PROGRESS_APP,
			version: PROGRESS_VERSION,
			progress: { quizzes, ratings, checklists: {}, plan: {}, coach },
		};
	}
	if (document['version'] === PROGRESS_VERSION) return document;
	const { backup, progress, ...rest } = document as unknown as ProgressDocument;
	return {
		...rest,
		version: PROGRESS_VERSION,
		progress: { ...progress, coach },
		...(backup ? { backup: { ...backup, progress: { ...backup.progress, coach } } } : {}),
	};
}

/** Checks one broken document's rejection: the problem is named where the document was changed. */
function expectNamed(
	read: ReturnType<typeof readDocument>,
	mutation: NonNullable<Sample['mutation']>,
) {
	if (read.ok) return;
	const [first] = mutation.path;
	const header =
		mutation.path.length === 0 ||
		(mutation.path.length === 1 && (first === 'app' || first === 'version'));
	// Changing `app` or `version` makes it another application's, a later or another version.
	if (header) return;
	expect(read.reason).toBe('invalid');
	const at = pathText(mutation.at);
	expect(read.detail?.startsWith(at), `"${read.detail}" names ${at}`).toBe(true);
	expect(read.detail!.charAt(at.length)).toMatch(/^[:.[]$/);
}

describe('reading an imported progress file', () => {
	it('never throws, accepts what the zod schema accepts, and names what is wrong', () => {
		fc.assert(
			fc.property(sampleArb, ({ text, document, mutation, expected }) => {
				const read = readDocument(text);
				if (expected) expect(read.ok ? 'ok' : read.reason).toBe(expected);
				if (read.ok && document) expect(read.document).toEqual(migrated(document));
				if (!read.ok && read.reason === 'invalid') expect(read.detail).toMatch(PROBLEM);
				if (mutation) expectNamed(read, mutation);

				let value: unknown;
				try {
					value = JSON.parse(text);
				} catch {
					expect(read).toEqual({ ok: false, reason: 'not-json' });
					return;
				}
				const header = ((typeof value === 'object' && value) || {}) as Record<string, unknown>;
				const version = header['version'] as number;
				if (header['app'] !== PROGRESS_APP || !Number.isInteger(version) || version < 1)
					expect(read).toEqual({ ok: false, reason: 'foreign' });
				else if (version > PROGRESS_VERSION)
					expect(read).toEqual({ ok: false, reason: 'future', detail: String(version) });
				// zod leaves a `__proto__` key out of a record; the checker rejects it, as it should.
				else if (read.ok || !read.detail?.endsWith('.__proto__: not a valid id')) {
					const parsed = zodSchemas[version]!.safeParse(value);
					expect(read.ok, read.ok ? 'accepted' : read.detail).toBe(parsed.success);
					if (read.ok) expect(read.fromVersion).toBe(version);
					if (read.ok && version === PROGRESS_VERSION) expect(read.document).toEqual(parsed.data);
				}
			}),
			options,
		);
	});

	it('leaves saved progress byte-identical when it rejects a file, and round-trips an export', () => {
		const exportArb = progressArb.map((progress) => ({
			progress,
			text: JSON.stringify(progressDocument(progress, NOW), null, 2),
		}));
		const fileArb = fc.oneof(sampleArb, exportArb);
		fc.assert(
			fc.property(savedTextArb, fileArb, (saved, file) => {
				const storage = memoryStorage(saved);
				const store = createProgressStore(storage, () => NOW);
				const state = store.state;
				const read = importFile(store, file.text);
				if (!read.ok) {
					expect(storage.data.get(PROGRESS_KEY)).toBe(saved);
					expect(store.state).toBe(state);
					return;
				}
				// One write: the file's progress, with what it replaced kept as the backup.
				const written = JSON.parse(storage.data.get(PROGRESS_KEY)!);
				const expected = progressDocument(read.document.progress, NOW, {
					backup: { savedAt: NOW, progress: state.progress },
					unreadable: state.unreadable,
				});
				if (!('progress' in file)) {
					expect(written).toEqual(expected);
					return;
				}
				// An export comes back as it was: in the store, after a reload, and exported again.
				const reloaded = createProgressStore(storage, () => NOW).state.progress;
				expect({
					written,
					progress: store.state.progress,
					exported: JSON.stringify(progressDocument(reloaded, NOW), null, 2),
				}).toEqual({ written: expected, progress: file.progress, exported: file.text });
			}),
			options,
		);
	});
});
