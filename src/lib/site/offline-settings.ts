/**
 * The settings the offline client reads from `<meta name="handbook-offline" content="…">`: the
 * service worker's URL and scope, the strings of the update notice and of the one-time offer of an
 * offline copy, and the progress page's address. They travel as JSON in the meta's `content`
 * attribute, which a `<meta name>` must have to be valid HTML.
 */
export interface OfflineSettings {
	/** The service worker's URL, e.g. `/handbook/sw.js`. */
	worker: string;
	/** The scope to register it with (the site's base). */
	scope: string;
	/** The update notice's text and its button. */
	update: string;
	reload: string;
	/** The one-time offer of an offline copy, its link (to `progress`) and its dismiss button. */
	offer: string;
	offerLink: string;
	dismiss: string;
	/** The progress page's address, where the offline copy is saved. */
	progress: string;
}

export const OFFLINE_META = 'handbook-offline';
/** The message a page sends the worker to keep itself and its files (the first page, not yet controlled). */
export const KEEP_MESSAGE = 'handbook-keep';
/** An empty cache whose presence means the reader was offered the offline copy once already. */
export const OFFERED_CACHE = 'handbook-offered';

/** The meta's `content`: the settings as JSON. */
export function offlineContent(settings: OfflineSettings): string {
	return JSON.stringify(settings);
}

/** The settings in a meta's `content`, or `undefined` when it is missing, not JSON or has no worker. */
export function readOfflineSettings(
	content: string | null | undefined,
): OfflineSettings | undefined {
	let value: unknown;
	try {
		value = JSON.parse(content ?? '');
	} catch {
		return undefined;
	}
	if (typeof value !== 'object' || value === null) return undefined;
	const record = value as Record<string, unknown>;
	const text = (key: keyof OfflineSettings) => {
		const field = Object.hasOwn(record, key) ? record[key] : undefined;
		return typeof field === 'string' ? field : '';
	};
	const worker = text('worker');
	if (!worker) return undefined;
	return {
		worker,
		scope: text('scope'),
		update: text('update'),
		reload: text('reload'),
		offer: text('offer'),
		offerLink: text('offerLink'),
		dismiss: text('dismiss'),
		progress: text('progress'),
	};
}
