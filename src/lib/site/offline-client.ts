/**
 * Browser side of offline reading: registers the service worker and, when a new version of the
 * handbook has been downloaded, offers to reload into it instead of switching under the reader.
 * Settings and strings come from the JSON in `<meta name="handbook-offline" content>` (see
 * `overrides/Head.astro`).
 */
import { OFFLINE_META, readOfflineSettings } from './offline-settings';

export function registerOffline(): void {
	if (!('serviceWorker' in navigator)) return;
	const meta = document.querySelector<HTMLMetaElement>(`meta[name="${OFFLINE_META}"]`);
	const settings = readOfflineSettings(meta?.content);
	if (!settings) return;
	const { worker: url, scope, update, reload } = settings;

	const offer = (waiting: ServiceWorker) => {
		if (document.querySelector('.handbook-update')) return;
		const box = document.createElement('div');
		box.className = 'handbook-update';
		box.setAttribute('role', 'status');
		const text = document.createElement('p');
		text.textContent = update;
		const button = document.createElement('button');
		button.type = 'button';
		button.textContent = reload;
		button.addEventListener('click', () => waiting.postMessage({ type: 'SKIP_WAITING' }));
		box.append(text, button);
		document.body.append(box);
	};

	let reloading = false;
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		if (reloading) return;
		reloading = true;
		location.reload();
	});

	// Where workers are blocked (some private modes, policies) the handbook simply stays online-only.
	void navigator.serviceWorker
		.register(url, scope ? { scope } : {})
		.catch(() => undefined)
		.then((registration) => {
			if (!registration) return;
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
