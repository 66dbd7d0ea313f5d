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
	documentArb,
	mutatedArb,
	pathText,
	progressArb,
	RUNS,
	SEED,
	storedTextArb,
	textOf,
	validDocumentArb,
} from '../fixtures/fuzz-progress/documents.ts';
import { memoryStorage } from '../helpers/memory-storage.ts';

const NOW = '2026-11-24T12:00:00.000Z';
const options = { seed: SEED, numRuns: RUNS };

/** What `firstProblem` says after the path: every reason it can give. */
const PROBLEM =
	/: (?:not (?:object|array|string|number|integer|boolean|"[^"]*"|\d+)|not an allowed value|too short|not in the expected form|below \d+|above \d+|too few items|missing "[^"]*"|not a valid id|not expected)$/;

/** The file's text through the progress page: read, previewed, then confirmed when it was read. */
function importFile(store: ProgressStore, text: string) {
	const read = readDocument(text);
	if (!read.ok) return read;
	diffProgress(store.state.progress, read.document.progress);
	progressCounts(read.document.progress);
	store.replace(read.document.progress);
	return read;
}

const zodSchemas = Object.fromEntries(
	Object.entries(DOCUMENT_SCHEMAS).map(([version, schema]) => [version, schema()]),
);

describe('reading an imported progress file', () => {
	it('rejects a document broken in one place, naming the place and the problem', () => {
		fc.assert(
			fc.property(mutatedArb, ({ text, mutation }) => {
				const read = readDocument(text);
				if (read.ok) return;
				const [first] = mutation.path;
				const header =
					mutation.path.length === 0 ||
					(mutation.path.length === 1 && (first === 'app' || first === 'version'));
				if (read.reason === 'future') expect(Number(read.detail)).toBeGreaterThan(PROGRESS_VERSION);
				if (!header) {
					// Anything below the header is checked against the schema, and the problem is found
					// where the document was changed (or, for a deleted key, where it is missing).
					expect(read.reason).toBe('invalid');
					const at = pathText(mutation.at);
					expect(read.detail?.startsWith(at), `${read.detail} names ${at}`).toBe(true);
					expect(/^$|^[:.[]/.test(read.detail!.slice(at.length, at.length + 1))).toBe(true);
				}
				if (read.reason === 'invalid') expect(read.detail).toMatch(PROBLEM);
				else expect(read.reason).not.toBe('not-json');
			}),
			options,
		);
	});

	it('accepts exactly what the zod schema of its version accepts, and says why not otherwise', () => {
		fc.assert(
			fc.property(storedTextArb, ({ text, expected }) => {
				const read = readDocument(text);
				let value: unknown;
				try {
					value = JSON.parse(text);
				} catch {
					expect(read).toEqual({ ok: false, reason: 'not-json' });
					return;
				}
				const { app, version } = (typeof value === 'object' && value) || {};
				if (app !== PROGRESS_APP || !Number.isInteger(version) || version < 1) {
					expect(read).toEqual({ ok: false, reason: 'foreign' });
				} else if (version > PROGRESS_VERSION) {
					expect(read).toEqual({ ok: false, reason: 'future', detail: String(version) });
				} else {
					const parsed = zodSchemas[version]!.safeParse(value);
					expect(read.ok, read.ok ? '' : read.detail).toBe(parsed.success);
					if (read.ok) expect(read.fromVersion).toBe(version);
					if (read.ok && version === PROGRESS_VERSION) expect(read.document).toEqual(parsed.data);
				}
				if (expected) expect(read.ok ? 'ok' : read.reason).toBe(expected);
			}),
			options,
		);
	});

	it('leaves saved progress byte-identical when it rejects a file, and keeps a backup when not', () => {
		fc.assert(
			fc.property(storedTextArb, storedTextArb, (saved, file) => {
				const storage = memoryStorage(saved.text);
				const store = createProgressStore(storage, () => NOW);
				const state = store.state;
				const read = importFile(store, file.text);
				if (!read.ok) {
					expect(storage.data.get(PROGRESS_KEY)).toBe(saved.text);
					expect(store.state).toBe(state);
					expect(createProgressStore(storage, () => NOW).state).toEqual(state);
					return;
				}
				const written = readDocument(storage.data.get(PROGRESS_KEY)!);
				expect(written.ok && written.document).toEqual(
					progressDocument(read.document.progress, NOW, {
						backup: { savedAt: NOW, progress: state.progress },
						unreadable: state.unreadable,
					}),
				);
				store.restoreBackup();
				expect(store.state.progress).toEqual(state.progress);
			}),
			options,
		);
	});

	it('gives back the same progress from an exported file', () => {
		fc.assert(
			fc.property(progressArb, validDocumentArb, (progress, saved) => {
				const exported = JSON.stringify(progressDocument(progress, NOW), null, 2);
				const storage = memoryStorage(textOf(saved, 0));
				const store = createProgressStore(storage, () => NOW);
				expect(importFile(store, exported)).toEqual({
					ok: true,
					fromVersion: PROGRESS_VERSION,
					document: { app: PROGRESS_APP, version: PROGRESS_VERSION, savedAt: NOW, progress },
				});
				expect(store.state.progress).toEqual(progress);
				const reloaded = createProgressStore(storage, () => NOW).state.progress;
				expect(reloaded).toEqual(progress);
				expect(JSON.stringify(progressDocument(reloaded, NOW), null, 2)).toBe(exported);
			}),
			options,
		);
	});

	it('migrates every older document, keeping all it held', () => {
		fc.assert(
			fc.property(fc.oneof(documentArb[1]!, documentArb[2]!), (document) => {
				const read = readDocument(textOf(document, 0));
				const coach = emptyCoach();
				const expected =
					document['version'] === 1
						? {
								app: PROGRESS_APP,
								version: 3,
								progress: {
									quizzes: document['quizzes'],
									ratings: document['ratings'],
									checklists: {},
									plan: {},
									coach,
								},
							}
						: (() => {
								const { backup, progress, ...rest } = document as unknown as ProgressDocument;
								return {
									...rest,
									version: 3,
									progress: { ...progress, coach },
									...(backup ? { backup: { ...backup, progress: { ...backup.progress, coach } } } : {}),
								};
							})();
				expect(read).toEqual({ ok: true, fromVersion: document['version'], document: expected });
			}),
			options,
		);
	});
});
