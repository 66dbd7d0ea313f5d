/**
 * The page's one progress store, shared by every island on it, and the hook islands read it with.
 */
import { useEffect, useState } from 'preact/hooks';
import { PROGRESS_KEY } from '~/lib/progress/schema';
import { createProgressStore, type ProgressState, type ProgressStore } from '~/lib/progress/store';

let store: ProgressStore | undefined;
/** The island that shows the page's storage notice, so a page with several widgets shows one. */
let noticeOwner: object | undefined;

function pageStore(): ProgressStore {
	if (!store) {
		let storage: Storage | null = null;
		try {
			storage = window.localStorage;
		} catch {
			// Some browsers throw on the mere access when storage is disabled.
		}
		const created = createProgressStore(storage);
		// Another tab saved progress: show it here too.
		window.addEventListener('storage', (event) => {
			if (event.key === PROGRESS_KEY || event.key === null) created.reload();
		});
		store = created;
	}
	return store;
}

export interface HydratedProgress {
	hydrated: true;
	store: ProgressStore;
	state: ProgressState;
	/** Whether this island shows the page's storage notice (the first island to hydrate does). */
	showNotice: boolean;
}

export type Progress = { hydrated: false } | HydratedProgress;

/**
 * The saved progress, once the island has hydrated. Until then (and on the server) islands render
 * their no-JavaScript markup, which is why nothing is read before the first effect.
 */
export function useProgress(): Progress {
	const [hydrated, setHydrated] = useState(false);
	const [showNotice, setShowNotice] = useState(false);
	const [, setChanges] = useState(0);
	useEffect(() => {
		const token = {};
		noticeOwner ??= token;
		setShowNotice(noticeOwner === token);
		setHydrated(true);
		const stop = pageStore().subscribe(() => setChanges((count) => count + 1));
		return () => {
			stop();
			if (noticeOwner === token) noticeOwner = undefined;
		};
	}, []);
	if (!hydrated) return { hydrated: false };
	const current = pageStore();
	return { hydrated: true, store: current, state: current.state, showNotice };
}
