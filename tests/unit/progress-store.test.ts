/** The saved-progress store: one key, versioned documents, and every way storage can let us down. */
import { describe, expect, it } from 'vitest';
import { emptyCoach, emptyProgress } from '../../src/lib/progress/document.ts';
import { PROGRESS_KEY, type Progress } from '../../src/lib/progress/schema.ts';
import { createProgressStore, type StorageLike } from '../../src/lib/progress/store.ts';
import { memoryStorage } from '../helpers/memory-storage.ts';

const NOW = '2026-11-24T12:00:00.000Z';

const store = (storage: StorageLike | null) => createProgressStore(storage, () => NOW);
const sqlRating = (progress: Progress): Progress => ({ ...progress, ratings: { sql: 3 } });
const stored = (storage: { data: Map<string, string> }) =>
	JSON.parse(storage.data.get(PROGRESS_KEY) ?? 'null');

describe('progress store', () => {
	it('starts empty and writes the whole current document under one key', () => {
		const storage = memoryStorage();
		const progress = store(storage);
		expect(progress.state).toEqual({ progress: emptyProgress(), persistent: true });
		progress.update(sqlRating);
		expect([...storage.data.keys()]).toEqual([PROGRESS_KEY]);
		expect(stored(storage)).toEqual({
			app: 'backend-career-handbook',
			version: 3,
			savedAt: NOW,
			progress: { quizzes: {}, ratings: { sql: 3 }, checklists: {}, plan: {}, coach: emptyCoach() },
		});
		expect(store(storage).state.progress.ratings).toEqual({ sql: 3 });
	});

	it('migrates a version 1 document on load and writes version 3 on the next change', () => {
		const storage = memoryStorage(
			JSON.stringify({
				app: 'backend-career-handbook',
				version: 1,
				quizzes: { 'starting-out': { 'entry-skills': ['a', 'b'] } },
				ratings: { sql: 2 },
			}),
		);
		const progress = store(storage);
		expect(progress.state.progress).toEqual({
			quizzes: { 'starting-out': { 'entry-skills': ['a', 'b'] } },
			ratings: { sql: 2 },
			checklists: {},
			plan: {},
			coach: emptyCoach(),
		});
		expect(stored(storage).version).toBe(1);
		progress.update((saved) => ({ ...saved, plan: { from: 'intern' } }));
		expect(stored(storage)).toMatchObject({
			version: 3,
			progress: { ratings: { sql: 2 }, plan: { from: 'intern' } },
		});
	});

	it.each([
		['not JSON', '{"app": "backend-career-handbook", "version": 2, "progr', 'not-json'],
		['another site', JSON.stringify({ theme: 'dark' }), 'foreign'],
		['a bare value', '42', 'foreign'],
		[
			'a newer version',
			JSON.stringify({ app: 'backend-career-handbook', version: 4, progress: {} }),
			'future',
		],
		[
			'a rating out of range',
			JSON.stringify({
				app: 'backend-career-handbook',
				version: 2,
				progress: { quizzes: {}, ratings: { sql: 7 }, checklists: {}, plan: {} },
			}),
			'invalid',
		],
	])('starts clean from %s, keeps the data and says why', (_case, raw, reason) => {
		const storage = memoryStorage(raw);
		const progress = store(storage);
		expect(progress.state).toEqual({
			progress: emptyProgress(),
			persistent: true,
			unreadable: { savedAt: NOW, reason, raw },
		});
		// Untouched until the reader changes something, and then kept inside the new document.
		expect(storage.data.get(PROGRESS_KEY)).toBe(raw);
		progress.update(sqlRating);
		expect(stored(storage).unreadable).toEqual({ savedAt: NOW, reason, raw });
		expect(store(storage).state.unreadable?.raw).toBe(raw);
		progress.dismissUnreadable();
		expect(stored(storage).unreadable).toBeUndefined();
		expect(stored(storage).progress.ratings).toEqual({ sql: 3 });
	});

	it('keeps working in memory when storage is full, and says progress is not kept', () => {
		const storage = memoryStorage(undefined, { full: true });
		const progress = store(storage);
		let changes = 0;
		progress.subscribe(() => changes++);
		progress.update(sqlRating);
		expect(progress.state).toEqual({ progress: sqlRating(emptyProgress()), persistent: false });
		expect(changes).toBe(1);
		expect(storage.data.size).toBe(0);
	});

	it('keeps working in memory when storage is disabled or throws on read', () => {
		const throwing: StorageLike = {
			getItem: () => {
				throw new DOMException('Access is denied', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('Access is denied', 'SecurityError');
			},
			removeItem: () => {
				throw new DOMException('Access is denied', 'SecurityError');
			},
		};
		for (const storage of [null, throwing]) {
			const progress = store(storage);
			expect(progress.state.persistent).toBe(false);
			progress.update(sqlRating);
			expect(progress.state.progress.ratings).toEqual({ sql: 3 });
			progress.clear();
			expect(progress.state).toEqual({ progress: emptyProgress(), persistent: false });
		}
	});

	it('replaces progress as one write, keeping the previous progress as a backup to restore', () => {
		const storage = memoryStorage();
		const progress = store(storage);
		progress.update(sqlRating);
		const imported: Progress = {
			...emptyProgress(),
			checklists: { 'learning-plan': ['two-topics'] },
		};
		progress.replace(imported);
		expect(stored(storage).progress).toEqual(imported);
		expect(stored(storage).backup).toEqual({ savedAt: NOW, progress: sqlRating(emptyProgress()) });
		progress.restoreBackup();
		expect(progress.state.progress).toEqual(sqlRating(emptyProgress()));
		expect(progress.state.backup?.progress).toEqual(imported);
	});

	it('clears everything, backup and unreadable data included', () => {
		const storage = memoryStorage('garbage');
		const progress = store(storage);
		progress.replace(sqlRating(emptyProgress()));
		progress.clear();
		expect(storage.data.size).toBe(0);
		expect(progress.state).toEqual({ progress: emptyProgress(), persistent: true });
	});

	it('reloads what another tab saved', () => {
		const storage = memoryStorage();
		const here = store(storage);
		store(storage).update(sqlRating);
		expect(here.state.progress.ratings).toEqual({});
		here.reload();
		expect(here.state.progress.ratings).toEqual({ sql: 3 });
	});
});
