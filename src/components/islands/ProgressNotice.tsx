/**
 * Tells the reader when saved progress is not working as they would expect: the stored data could
 * not be read (the page started clean; the data can be downloaded), or the browser will not keep
 * anything.
 */
import type { KeysUnder } from '~/lib/site/island-strings';
import { downloadText, fileName } from './download';
import type { HydratedProgress } from './use-progress';

export type ProgressStrings = Record<KeysUnder<'handbook.progress'>, string>;

const REASON_KEYS = {
	'not-json': 'unreadableNotJson',
	foreign: 'unreadableForeign',
	future: 'unreadableFuture',
	invalid: 'unreadableInvalid',
} as const;

interface Props {
	/** The island's progress; the notice shows only in the island that owns the page's notice. */
	progress: HydratedProgress;
	strings: ProgressStrings;
	/** Link to the page where progress is managed, when not already on it. */
	manageHref?: string | undefined;
}

export default function ProgressNotice({ progress, strings, manageHref }: Props) {
	const { store, state, showNotice } = progress;
	const { unreadable, persistent } = state;
	if (!showNotice || (!unreadable && persistent)) return null;
	return (
		<div class="progress-notice" role="status">
			{unreadable && (
				<>
					<p>
						{strings[REASON_KEYS[unreadable.reason]]} {strings.unreadableKept}
					</p>
					<p class="progress-actions">
						<button
							type="button"
							onClick={() => downloadText(fileName('unreadable-data', 'txt'), unreadable.raw)}
						>
							{strings.downloadUnreadable}
						</button>
						<button type="button" onClick={() => store.dismissUnreadable()}>
							{strings.forgetUnreadable}
						</button>
					</p>
				</>
			)}
			{!persistent && <p>{strings.notKept}</p>}
			{manageHref && (
				<p>
					<a href={manageHref}>{strings.manage}</a>
				</p>
			)}
		</div>
	);
}
