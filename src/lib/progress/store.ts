/**
 * The one place saved progress is read and written. Every widget on a page shares a store; it
 * keeps the state in memory and writes the whole document to one localStorage key on each change.
 *
 * Nothing here throws at a widget: storage that cannot be read or written (private browsing,
 * disabled, full) leaves the store working in memory with `persistent: false`, and data that cannot
 * be read is set aside in `unreadable` (and kept in the stored document) for the reader to download.
 */
import { emptyProgress, progressDocument, readDocument } from './document.ts';
import { PROGRESS_KEY, type Backup, type Progress, type Unreadable } from './schema.ts';

/** The part of the Web Storage API the store uses. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface ProgressState {
	progress: Progress;
	/** False when the browser refused the last read or write: progress lasts only for this page. */
	persistent: boolean;
	/** Stored data that could not be read; the page started clean. */
	unreadable?: Unreadable | undefined;
	/** What the last import replaced. */
	backup?: Backup | undefined;
}

export interface ProgressStore {
	readonly state: ProgressState;
	/** Calls `listener` after every change; returns the function that stops it. */
	subscribe(listener: () => void): () => void;
	/** Changes progress through a function of the current progress. */
	update(change: (progress: Progress) => Progress): void;
	/** Replaces all progress (an import), keeping the current progress as the backup. */
	replace(progress: Progress): void;
	/** Goes back to the backup, keeping the current progress as the new backup. */
	restoreBackup(): void;
	/** Deletes all progress, the backup and any unreadable data. */
	clear(): void;
	/** Forgets the unreadable data once the reader has it (or does not want it). */
	dismissUnreadable(): void;
	/** Reads storage again, e.g. after another tab changed it. */
	reload(): void;
}

function load(storage: StorageLike | null, now: () => string): ProgressState {
	let raw: string | null;
	try {
		if (!storage) throw new Error('no storage');
		raw = storage.getItem(PROGRESS_KEY);
	} catch {
		return { progress: emptyProgress(), persistent: false };
	}
	if (raw === null) return { progress: emptyProgress(), persistent: true };
	const read = readDocument(raw);
	if (!read.ok)
		return {
			progress: emptyProgress(),
			persistent: true,
			unreadable: { savedAt: now(), reason: read.reason, raw },
		};
	const { progress, backup, unreadable } = read.document;
	return { progress, persistent: true, backup, unreadable };
}

export function createProgressStore(
	storage: StorageLike | null,
	now: () => string = () => new Date().toISOString(),
): ProgressStore {
	let state = load(storage, now);
	const listeners = new Set<() => void>();

	const save = (next: Omit<ProgressState, 'persistent'>): void => {
		let persistent = false;
		try {
			if (storage) {
				storage.setItem(PROGRESS_KEY, JSON.stringify(progressDocument(next.progress, now(), next)));
				persistent = true;
			}
		} catch {
			// Full or refused: keep going in memory and say so through `persistent`.
		}
		set({ ...next, persistent });
	};
	const set = (next: ProgressState): void => {
		state = next;
		for (const listener of listeners) listener();
	};
	const replace = (progress: Progress): void =>
		save({ ...state, progress, backup: { savedAt: now(), progress: state.progress } });

	return {
		get state() {
			return state;
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		update(change) {
			save({ ...state, progress: change(state.progress) });
		},
		replace,
		restoreBackup() {
			if (state.backup) replace(state.backup.progress);
		},
		clear() {
			let persistent = false;
			try {
				storage?.removeItem(PROGRESS_KEY);
				persistent = Boolean(storage);
			} catch {
				// As in `save`: the page goes on with empty progress in memory.
			}
			set({ progress: emptyProgress(), persistent });
		},
		dismissUnreadable() {
			save({ ...state, unreadable: undefined });
		},
		reload() {
			set(load(storage, now));
		},
	};
}
