/**
 * Browser side of offline reading, on every page: registers the service worker; on the first page
 * (loaded before the worker existed) asks the worker to keep that page and its files; offers the
 * full offline copy once, after the third page view of a session; and, when a new version of the
 * handbook has been downloaded, offers to reload into it instead of switching under the reader.
 * Settings and strings come from the JSON in `<meta name="handbook-offline" content>` (see
 * `overrides/Head.astro`). With Save-Data on, it neither keeps the first page nor offers the copy.
 */
import { KEEP_MESSAGE, OFFERED_CACHE, OFFLINE_META, readOfflineSettings } from './offline-settings';

/** Page views in this session, counted in sessionStorage, before the offline copy is offered. */
const VIEWS = 'handbook-offline-views';
const OFFER_AFTER = 3;

export function registerOffline(): void {
	if (!('serviceWorker' in navigator)) return;
	const meta = document.querySelector<HTMLMetaElement>(`meta[name="${OFFLINE_META}"]`);
	const settings = readOfflineSettings(meta?.content);
	if (!settings) return;
	const { worker: url, scope, update, reload, progress } = settings;
	const saveData = (navigator as { connection?: { saveData?: boolean } }).connection?.saveData;

	const make = <K extends keyof HTMLElementTagNameMap>(
		tag: K,
		props: Partial<HTMLElementTagNameMap[K]>,
	) => Object.assign(document.createElement(tag), props);
	const notice = (message: string, label: string, onclick: () => void, link?: string) => {
		const box = make('div', { className: 'handbook-update' });
		box.setAttribute('role', 'status');
		const text = make('p', { textContent: message });
		if (link) text.append(' ', make('a', { href: progress, textContent: link }));
		box.append(text, make('button', { type: 'button', textContent: label, onclick }));
		document.body.append(box);
		return box;
	};

	const offer = (waiting: ServiceWorker) => {
		if (document.querySelector('.handbook-update')) return;
		notice(update, reload, () => waiting.postMessage({ type: 'SKIP_WAITING' }));
	};

	let reloading = false;
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		if (reloading) return;
		reloading = true;
		location.reload();
	});

	/** The one-time offer, after a few pages, only where the worker runs and data is not scarce. */
	const offerCopy = () => {
		if (saveData || !progress || location.pathname === progress) return;
		try {
			const views = Number(sessionStorage.getItem(VIEWS)) + 1;
			sessionStorage.setItem(VIEWS, String(views));
			if (views < OFFER_AFTER) return;
		} catch {
			// Storage turned off: no offer; the handbook still keeps what is read.
			return;
		}
		void caches.has(OFFERED_CACHE).then((offered) => {
			if (offered || document.querySelector('.handbook-update')) return;
			void caches.open(OFFERED_CACHE);
			const box = notice(settings.offer, settings.dismiss, () => box.remove(), settings.offerLink);
		});
	};

	// Where workers are blocked (some private modes, policies) the handbook simply stays online-only.
	void navigator.serviceWorker
		.register(url, scope ? { scope } : {})
		.catch(() => undefined)
		.then((registration) => {
			if (!registration) return;
			offerCopy();
			// The first page loaded before the worker: once it runs, it keeps this page and the files
			// it needed to show (those requested before DOMContentLoaded), not the search UI, which
			// loads later and needs the index that only the whole handbook's copy holds.
			if (!navigator.serviceWorker.controller && !saveData) {
				const shown =
					(performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
						?.domContentLoadedEventEnd || Infinity;
				void navigator.serviceWorker.ready.then(({ active }) =>
					active?.postMessage({
						type: KEEP_MESSAGE,
						urls: [
							location.href.split('#')[0],
							...performance
								.getEntriesByType('resource')
								.filter(({ startTime }) => startTime < shown)
								.map(({ name }) => name),
						],
					}),
				);
			}
			// Only an update needs the reader's consent; the first install just starts caching.
			if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
			registration.addEventListener('updatefound', () => {
				const installing = registration.installing;
				installing?.addEventListener('statechange', () => {
					if (installing.state === 'installed' && navigator.serviceWorker.controller)
						offer(installing);
				});
			});
		});
}
