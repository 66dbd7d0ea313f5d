/** In-memory Web Storage for store tests; `full` makes every write fail as a full browser does. */
import { PROGRESS_KEY } from '../../src/lib/progress/schema.ts';
import type { StorageLike } from '../../src/lib/progress/store.ts';

export function memoryStorage(
	initial?: string,
	{ full = false } = {},
): StorageLike & { data: Map<string, string> } {
	const data = new Map<string, string>(initial === undefined ? [] : [[PROGRESS_KEY, initial]]);
	return {
		data,
		getItem: (key) => data.get(key) ?? null,
		setItem: (key, value) => {
			if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			data.set(key, value);
		},
		removeItem: (key) => void data.delete(key),
	};
}
