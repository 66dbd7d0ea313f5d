/**
 * Offline reading on request, on the progress page only (rendered by the `ProgressManager` island): states the size of a full offline copy
 * first, downloads what is not saved yet with a progress bar, and removes the copy again, saying
 * how much space that freed. With Save-Data on it offers nothing and says why.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { format } from '~/lib/site/format';
import type { KeysUnder } from '~/lib/site/island-strings';
import { megabytes, type OfflineManifest } from '~/lib/site/offline';
import { missingFiles, readManifest, removeCopy, saveFiles } from '~/lib/site/offline-save';

export interface OfflineCopyProps {
	/** The offline manifest's address, e.g. `/handbook/offline-manifest.json`. */
	manifestUrl: string;
	/**
	 * The cache that marks the one-time offer as made (`OFFERED_CACHE`), passed in so the island
	 * shares no module with the offline client on every page.
	 */
	offeredCache: string;
	strings: Record<KeysUnder<'handbook.offlineCopy'>, string>;
}

type State =
	| { kind: 'loading' }
	| { kind: 'unsupported' }
	| { kind: 'saveData' }
	| { kind: 'noManifest' }
	| { kind: 'ready'; manifest: OfflineManifest; rest: number }
	| { kind: 'saving'; manifest: OfflineManifest; total: number; done: number }
	| { kind: 'saved'; manifest: OfflineManifest };

export default function OfflineCopy({ manifestUrl, offeredCache, strings }: OfflineCopyProps) {
	const [state, setState] = useState<State>({ kind: 'loading' });
	const [message, setMessage] = useState('');
	const busy = useRef(false);

	const check = async (manifest: OfflineManifest) => {
		const { bytes } = await missingFiles(manifest, caches, location.origin);
		setState(bytes ? { kind: 'ready', manifest, rest: bytes } : { kind: 'saved', manifest });
	};

	useEffect(() => {
		if (!('serviceWorker' in navigator) || typeof caches === 'undefined') {
			setState({ kind: 'unsupported' });
			return;
		}
		if ((navigator as { connection?: { saveData?: boolean } }).connection?.saveData) {
			setState({ kind: 'saveData' });
			return;
		}
		void fetch(manifestUrl)
			.then((response) => (response.ok ? response.json() : undefined))
			.catch(() => undefined)
			.then((body) => {
				const manifest = readManifest(body);
				if (manifest) return check(manifest);
				setState({ kind: 'noManifest' });
				return undefined;
			})
			.catch(() => setState({ kind: 'unsupported' }));
	}, [manifestUrl]);

	const save = async (manifest: OfflineManifest) => {
		if (busy.current) return;
		busy.current = true;
		setMessage('');
		// Saved or not, the one-time offer on other pages has done its job.
		void caches.open(offeredCache);
		const missing = await missingFiles(manifest, caches, location.origin);
		setState({ kind: 'saving', manifest, total: missing.bytes, done: 0 });
		const failed = await saveFiles(missing.files, {
			storage: caches,
			fetch: (url) => fetch(url),
			origin: location.origin,
			onProgress: (done) => setState({ kind: 'saving', manifest, total: missing.bytes, done }),
		});
		busy.current = false;
		if (failed.length) setMessage(format(strings.failed, { count: failed.length }));
		await check(manifest);
	};

	const remove = async (manifest: OfflineManifest) => {
		if (busy.current) return;
		busy.current = true;
		const freed = await removeCopy(caches);
		busy.current = false;
		setMessage(format(strings.removed, { size: megabytes(freed) }));
		await check(manifest);
	};

	const size = (manifest: OfflineManifest) =>
		format(strings.size, { size: megabytes(manifest.bytes), files: manifest.files.length });

	return (
		<section class="offline-copy" aria-labelledby="offline-copy-heading">
			<h2 id="offline-copy-heading">{strings.heading}</h2>
			<p>{strings.intro}</p>
			{state.kind === 'unsupported' && <p>{strings.unsupported}</p>}
			{state.kind === 'saveData' && <p>{strings.saveData}</p>}
			{state.kind === 'noManifest' && <p>{strings.noManifest}</p>}
			{state.kind === 'ready' && (
				<>
					<p>
						{size(state.manifest)}
						{state.rest < state.manifest.bytes &&
							` ${format(strings.sizeRest, { rest: megabytes(state.rest) })}`}
					</p>
					<button type="button" onClick={() => void save(state.manifest)}>
						{strings.save}
					</button>
				</>
			)}
			{state.kind === 'saving' && (
				<>
					<p>{size(state.manifest)}</p>
					<p>
						<progress
							aria-label={strings.progressLabel}
							max={state.total || 1}
							value={state.total ? state.done : 1}
						/>{' '}
						<span>
							{format(strings.progressText, {
								done: megabytes(state.done),
								total: megabytes(state.total),
							})}
						</span>
					</p>
				</>
			)}
			{state.kind === 'saved' && (
				<>
					<p>
						<progress aria-label={strings.progressLabel} max={1} value={1} />{' '}
						{format(strings.saved, { size: megabytes(state.manifest.bytes) })}
					</p>
					<button type="button" class="danger" onClick={() => void remove(state.manifest)}>
						{strings.remove}
					</button>
				</>
			)}
			<p role="status" class="offline-copy-message">
				{message}
			</p>
		</section>
	);
}
