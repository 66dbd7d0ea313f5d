/**
 * The offline copy the reader asks for on the progress page: how much of it is saved, downloading
 * the rest into the caches the service worker's routes read, and removing it again. The browser's
 * `caches` and `fetch` are passed in, so the logic runs in unit tests with fakes.
 */
import { cacheFor, CACHES, type ManifestFile, type OfflineManifest } from './offline.ts';

/** The parts of CacheStorage the copy uses. */
export interface CacheStorageLike {
	open(name: string): Promise<CacheLike>;
	has(name: string): Promise<boolean>;
	delete(name: string): Promise<boolean>;
}
export interface CacheLike {
	match(url: string, options?: { ignoreSearch?: boolean }): Promise<Response | undefined>;
	put(url: string, response: Response): Promise<void>;
	keys(): Promise<readonly { url: string }[]>;
}
type Fetch = (url: string) => Promise<Response>;

/** The manifest in a fetched body, or `undefined` when it is not one. */
export function readManifest(value: unknown): OfflineManifest | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const { bytes, files } = value as Record<string, unknown>;
	if (typeof bytes !== 'number' || !Array.isArray(files)) return undefined;
	const valid = files.every(
		(file): file is ManifestFile =>
			Array.isArray(file) && typeof file[0] === 'string' && typeof file[1] === 'number',
	);
	return valid ? { bytes, files } : undefined;
}

/** The files of the manifest that no cache holds yet, and their bytes. */
export async function missingFiles(
	manifest: OfflineManifest,
	storage: CacheStorageLike,
	origin: string,
): Promise<{ files: ManifestFile[]; bytes: number }> {
	// Opening a cache creates it: only caches that exist are opened, so checking leaves none behind.
	const opened = new Map<string, Promise<CacheLike | undefined>>();
	const open = (name: string) => {
		if (!opened.has(name))
			opened.set(
				name,
				storage.has(name).then((exists) => (exists ? storage.open(name) : undefined)),
			);
		return opened.get(name) as Promise<CacheLike | undefined>;
	};
	const checks = await Promise.all(
		manifest.files.map(async (file) => {
			const name = cacheFor(file[0]);
			if (!name) return undefined;
			const cache = await open(name);
			const hit = await cache?.match(new URL(file[0], origin).href, { ignoreSearch: true });
			return hit ? undefined : file;
		}),
	);
	const files = checks.filter((file): file is ManifestFile => file !== undefined);
	return { files, bytes: files.reduce((total, [, bytes]) => total + bytes, 0) };
}

/**
 * Downloads `files` into their caches, a few at a time, reporting the bytes done after each one.
 * Returns the files that failed (the rest stay saved, so trying again downloads only those).
 */
export async function saveFiles(
	files: readonly ManifestFile[],
	{
		storage,
		fetch,
		origin,
		onProgress,
		parallel = 4,
	}: {
		storage: CacheStorageLike;
		fetch: Fetch;
		origin: string;
		onProgress: (bytes: number) => void;
		parallel?: number;
	},
): Promise<ManifestFile[]> {
	const failed: ManifestFile[] = [];
	let done = 0;
	let next = 0;
	const work = async () => {
		while (next < files.length) {
			const file = files[next++] as ManifestFile;
			const name = cacheFor(file[0]);
			try {
				if (!name) throw new Error('no route');
				const url = new URL(file[0], origin).href;
				const response = await fetch(url);
				if (response.status !== 200) throw new Error(String(response.status));
				await (await storage.open(name)).put(url, response);
			} catch {
				failed.push(file);
			}
			done += file[1];
			onProgress(done);
		}
	};
	await Promise.all(Array.from({ length: Math.min(parallel, files.length) }, work));
	return failed;
}

/** Deletes every cache the routes and the copy fill; returns the bytes their responses held. */
export async function removeCopy(storage: CacheStorageLike): Promise<number> {
	let bytes = 0;
	for (const name of Object.values(CACHES)) {
		if (!(await storage.has(name))) continue;
		const cache = await storage.open(name);
		for (const request of await cache.keys()) {
			const response = await cache.match(request.url);
			if (response) bytes += (await response.blob()).size;
		}
		await storage.delete(name);
	}
	return bytes;
}
