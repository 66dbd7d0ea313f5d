/**
 * Fuzzing saved progress as the store loads it from localStorage: whatever sits under the key,
 * the store starts, keeps the text it could not read exactly as found, and writes only on a change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyProgress, readDocument } from '../../src/lib/progress/document.ts';
import { PROGRESS_KEY, type Progress } from '../../src/lib/progress/schema.ts';
import { createProgressStore } from '../../src/lib/progress/store.ts';
import { RUNS, sampleArb, SEED } from '../fixtures/fuzz-progress/documents.ts';
import { memoryStorage } from '../helpers/memory-storage.ts';

const NOW = '2026-11-24T12:00:00.000Z';
const sqlRating = (progress: Progress): Progress => ({
	...progress,
	ratings: { ...progress.ratings, sql: 3 },
});

describe('loading saved progress', () => {
	it('starts from any stored text, keeps what it cannot read byte for byte, and reloads what it wrote', () => {
		fc.assert(
			fc.property(sampleArb, ({ text, expected }) => {
				const storage = memoryStorage(text);
				let full = true;
				const store = createProgressStore(
					{
						...storage,
						setItem: (key, value) => {
							if (full)
								throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
							storage.setItem(key, value);
						},
					},
					() => NOW,
				);
				// Loading never writes: the text stays as it was until the reader changes something.
				expect(storage.data.get(PROGRESS_KEY)).toBe(text);
				const read = readDocument(text);
				if (expected) expect(read.ok ? 'ok' : read.reason).toBe(expected);
				const loaded = read.ok
					? {
							progress: read.document.progress,
							persistent: true,
							backup: read.document.backup,
							unreadable: read.document.unreadable,
						}
					: {
							progress: emptyProgress(),
							persistent: true,
							unreadable: { savedAt: NOW, reason: read.reason, raw: text },
						};
				expect(store.state).toEqual(loaded);

				// A write the browser refuses changes nothing in storage, and the store says so.
				store.update(sqlRating);
				expect(storage.data.get(PROGRESS_KEY)).toBe(text);
				expect(store.state.persistent).toBe(false);

				// The next write keeps the unreadable text inside the document, and it reads back unchanged.
				full = false;
				store.update(sqlRating);
				expect(store.state).toEqual({ ...loaded, progress: sqlRating(loaded.progress) });
				expect(createProgressStore(storage, () => NOW).state).toEqual(store.state);
			}),
			{ seed: SEED, numRuns: RUNS },
		);
	});
});
