/**
 * The reader's saved progress as a whole: what is saved, export to a file, import from one (checked,
 * previewed, confirmed, with the replaced progress kept as a backup), restore the backup, and clear
 * everything after confirmation. Text from an imported file is only ever shown as text. Below that,
 * the offline copy of the handbook (`OfflineCopy`), in the same island so the page loads one.
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { format } from '~/lib/site/format';
import { plural } from '~/lib/site/plural';
import type { EntryRef } from '~/lib/site/island-data';
import {
	diffProgress,
	progressCounts,
	progressDocument,
	readDocument,
	type KeyChanges,
} from '~/lib/progress/document';
import type { Progress } from '~/lib/progress/schema';
import { downloadText, fileName } from './download';
import type { KeysUnder } from '~/lib/site/island-strings';
import OfflineCopy, { type OfflineCopyProps } from './OfflineCopy';
import ProgressNotice, { type ProgressStrings } from './ProgressNotice';
import { useProgress } from './use-progress';

interface Props {
	skillRefs: Record<string, EntryRef>;
	/** Self-check titles by current and former id, to name what an import changes. */
	selfCheckTitles: Record<string, string>;
	/** Checklist labels by current and former id, likewise. */
	checklistTitles: Record<string, string>;
	strings: Record<KeysUnder<'handbook.progressManager'>, string>;
	noticeStrings: ProgressStrings;
	/** The offline copy's manifest address, its marker cache and its strings. */
	offline: OfflineCopyProps;
	children?: ComponentChildren;
}

const IMPORT_PROBLEMS = {
	'not-json': 'importNotJson',
	foreign: 'importForeign',
	future: 'importFuture',
	invalid: 'importInvalid',
} as const;

interface ConfirmProps {
	yes: string;
	/** The answer deletes something: styled as a warning, not as the page's main action. */
	danger?: boolean;
	no: string;
	onYes: () => void;
	onNo: () => void;
}

/** The two answers to a question that changes saved progress: go ahead, or leave it as it is. */
function Confirm({ yes, no, danger = false, onYes, onNo }: ConfirmProps) {
	return (
		<p class="progress-actions">
			<button type="button" class={danger ? 'danger' : undefined} onClick={onYes}>
				{yes}
			</button>
			<button type="button" class="secondary" onClick={onNo}>
				{no}
			</button>
		</p>
	);
}

export default function ProgressManager(props: Props) {
	const { strings, skillRefs, selfCheckTitles, checklistTitles } = props;
	const progress = useProgress();
	const [pending, setPending] = useState<Progress | undefined>(undefined);
	const [confirmingClear, setConfirmingClear] = useState(false);
	const [message, setMessage] = useState('');
	/** Why the chosen file was refused, shown next to the file input. */
	const [fileError, setFileError] = useState('');
	const messageRef = useRef<HTMLParagraphElement>(null);
	const previewRef = useRef<HTMLHeadingElement>(null);
	const confirmRef = useRef<HTMLParagraphElement>(null);
	if (!progress.hydrated) return <div class="tool">{props.children}</div>;

	const { store, state } = progress;
	const counts = progressCounts(state.progress);
	// Actions remove the button that was pressed: move focus to what replaced it.
	const focusLater = (target: { current: HTMLElement | null }) =>
		requestAnimationFrame(() => target.current?.focus());
	const report = (text: string) => {
		setFileError('');
		setMessage(text);
		focusLater(messageRef);
	};

	const chooseFile = async (input: HTMLInputElement) => {
		const file = input.files?.[0];
		input.value = '';
		setPending(undefined);
		setFileError('');
		if (!file) return;
		const read = readDocument(await file.text());
		if (!read.ok) {
			setMessage('');
			setFileError(format(strings[IMPORT_PROBLEMS[read.reason]], { detail: read.detail ?? '' }));
			return;
		}
		setMessage('');
		setPending(read.document.progress);
		focusLater(previewRef);
	};
	const confirmImport = (imported: Progress) => {
		store.replace(imported);
		setPending(undefined);
		report(store.state.persistent ? strings.imported : strings.importedNotKept);
	};

	const skillName = (id: string) => skillRefs[id]?.title ?? id;
	const rating = (value: number | undefined) =>
		value === undefined ? strings.none : String(value);
	const keyLines = (area: string, changes: KeyChanges, name: (id: string) => string) =>
		(['added', 'changed', 'removed'] as const)
			.filter((kind) => changes[kind].length)
			.map((kind) => `${area}: ${strings[kind]}: ${changes[kind].map(name).join(', ')}`);

	const preview = pending && diffProgress(state.progress, pending);
	const previewLines = preview && [
		...keyLines(strings.areaQuizzes, preview.quizzes, (id) => selfCheckTitles[id] ?? id),
		...preview.ratings.map(
			(change) =>
				`${strings.areaRatings}: ${skillName(change.id)} ${rating(change.before)} → ${rating(change.after)}`,
		),
		...keyLines(strings.areaChecklists, preview.checklists, (id) => checklistTitles[id] ?? id),
		...(preview.plan ? [strings.areaPlan] : []),
	];

	return (
		<div class="tool progress-manager">
			<ProgressNotice progress={progress} strings={props.noticeStrings} />

			<h2>{strings.savedHeading}</h2>
			<ul>
				<li>
					{format(strings.countQuizzes, {
						answers: plural(counts.answers, {
							one: strings.answersOne,
							other: strings.answersOther,
						}),
						quizzes: plural(counts.quizzes, {
							one: strings.quizzesOne,
							other: strings.quizzesOther,
						}),
					})}
				</li>
				<li>{format(strings.countRatings, { ratings: counts.ratings })}</li>
				<li>
					{format(strings.countChecklists, {
						ticks: plural(counts.ticks, { one: strings.ticksOne, other: strings.ticksOther }),
						checklists: plural(counts.checklists, {
							one: strings.checklistsOne,
							other: strings.checklistsOther,
						}),
					})}
				</li>
				<li>{counts.plan ? strings.countPlan : strings.countNoPlan}</li>
			</ul>

			<h2>{strings.exportHeading}</h2>
			<p>{strings.exportIntro}</p>
			<button
				type="button"
				onClick={() =>
					downloadText(
						fileName('progress'),
						JSON.stringify(progressDocument(state.progress, new Date().toISOString()), null, 2),
					)
				}
			>
				{strings.export}
			</button>

			<h2>{strings.importHeading}</h2>
			<p>{strings.importIntro}</p>
			<p>
				<label for="progress-file">{strings.importLabel}</label>{' '}
				<input
					id="progress-file"
					type="file"
					accept=".json,application/json"
					aria-describedby={fileError ? 'progress-file-error' : undefined}
					aria-invalid={fileError ? true : undefined}
					onChange={(event) => chooseFile(event.currentTarget)}
				/>
			</p>
			<p id="progress-file-error" class="field-error" role="alert">
				{fileError}
			</p>
			{pending && previewLines && (
				<div class="import-preview">
					<h3 ref={previewRef} tabIndex={-1}>
						{strings.previewHeading}
					</h3>
					{previewLines.length ? (
						<ul>
							{previewLines.map((line) => (
								<li key={line}>{line}</li>
							))}
						</ul>
					) : (
						<p>{strings.previewSame}</p>
					)}
					<p>{strings.previewBackup}</p>
					<Confirm
						yes={strings.replace}
						no={strings.cancel}
						onYes={() => confirmImport(pending)}
						onNo={() => {
							setPending(undefined);
							report(strings.importCancelled);
						}}
					/>
				</div>
			)}

			{state.backup && (
				<>
					<h2>{strings.backupHeading}</h2>
					<p>
						{format(strings.backupIntro, {
							date: new Date(state.backup.savedAt).toLocaleString(),
						})}
					</p>
					<button
						type="button"
						onClick={() => {
							store.restoreBackup();
							report(strings.restored);
						}}
					>
						{strings.restore}
					</button>
				</>
			)}

			<h2>{strings.clearHeading}</h2>
			<p>{strings.clearIntro}</p>
			{confirmingClear ? (
				<div class="confirm">
					<p ref={confirmRef} tabIndex={-1}>
						<strong>{strings.clearConfirm}</strong>
					</p>
					<Confirm
						danger
						yes={strings.clearYes}
						no={strings.clearNo}
						onYes={() => {
							store.clear();
							setConfirmingClear(false);
							report(strings.cleared);
						}}
						onNo={() => {
							setConfirmingClear(false);
							report(strings.clearCancelled);
						}}
					/>
				</div>
			) : (
				<button
					type="button"
					class="danger"
					onClick={() => {
						setConfirmingClear(true);
						focusLater(confirmRef);
					}}
				>
					{strings.clear}
				</button>
			)}
			<p role="status" ref={messageRef} tabIndex={-1} class="message">
				{message}
			</p>

			<OfflineCopy {...props.offline} />
		</div>
	);
}
