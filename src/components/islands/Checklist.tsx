/**
 * A checklist the reader ticks off. Each item's content comes in as a named slot (`item0`, …)
 * rendered by `Checklist.astro`; before hydration, and without JavaScript, it is a plain list.
 */
import type { ComponentChildren } from 'preact';
import { tickedItems, withTick } from '~/lib/career/checklist';
import { format } from '~/lib/site/format';
import type { KeysUnder } from '~/lib/site/island-strings';
import { savedFor, withSaved } from '~/lib/content/ids';
import ProgressNotice, { type ProgressStrings } from './ProgressNotice';
import { useProgress } from './use-progress';

interface Props {
	id: string;
	formerIds: string[];
	label: string;
	items: { id: string; formerIds: string[] }[];
	strings: Record<KeysUnder<'handbook.checklist'>, string>;
	progressStrings: ProgressStrings;
	manageHref: string;
	[slot: `item${number}`]: ComponentChildren;
}

export default function Checklist(props: Props) {
	const { id, items, label, strings } = props;
	const progress = useProgress();
	const content = (index: number) => props[`item${index}`];
	if (!progress.hydrated)
		return (
			<ul aria-label={label}>
				{items.map((item, index) => (
					<li key={item.id}>{content(index)}</li>
				))}
			</ul>
		);

	const { store, state } = progress;
	const list = { id, formerIds: props.formerIds };
	const ticked = tickedItems(savedFor(state.progress.checklists, list), items);
	const tick = (itemId: string, on: boolean) =>
		store.update((saved) => ({
			...saved,
			checklists: withSaved(saved.checklists, list, (ticks) => withTick(ticks, items, itemId, on)),
		}));

	return (
		<>
			<ProgressNotice
				progress={progress}
				strings={props.progressStrings}
				manageHref={props.manageHref}
			/>
			<ul aria-label={label} class="ticks">
				{items.map((item, index) => {
					const inputId = `check-${id}-${item.id}`;
					return (
						<li key={item.id}>
							<input
								type="checkbox"
								id={inputId}
								checked={ticked.has(item.id)}
								onChange={(event) => tick(item.id, event.currentTarget.checked)}
							/>
							<label for={inputId}>{content(index)}</label>
						</li>
					);
				})}
			</ul>
			<p class="checklist-status" role="status">
				{format(strings.done, { done: ticked.size, total: items.length })}
			</p>
		</>
	);
}
