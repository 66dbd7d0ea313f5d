/**
 * Chapter checklists. `<Check>` renders each item as `<li data-check="id">`; `<Checklist>` splits
 * its rendered children back into items here, so an item can hold any Markdown or component, and
 * ticks are saved by item id.
 */
import { adoptFormerIds, ID_PATTERN, type Renamable } from '../content/ids.ts';
import { maskCode } from '../content/markdown-code.ts';

export interface CheckItem extends Renamable {
	formerIds: string[];
	/** The item's rendered content. */
	html: string;
}

const ITEM_START = /<li data-check="([^"]*)"(?: data-former-ids="([^"]*)")?>/g;

/**
 * The items in the HTML `<Check>` components rendered. Throws, naming the checklist, when there are
 * none, an id is malformed or repeated, or there is text outside the items.
 */
export function splitChecks(html: string, checklistId: string): CheckItem[] {
	const fail = (problem: string): never => {
		throw new Error(`Checklist "${checklistId}": ${problem}`);
	};
	const starts = [...html.matchAll(ITEM_START)];
	if (!starts.length) fail('it has no <Check> items.');
	if (html.slice(0, starts[0]!.index).trim()) fail('put every item in a <Check id="…"> element.');
	const seen = new Set<string>();
	return starts.map((start, index) => {
		const [tag, id = '', former = ''] = start;
		if (!ID_PATTERN.test(id)) fail(`"${id}" is not a valid item id (lowercase words and hyphens).`);
		if (seen.has(id)) fail(`the item id "${id}" is used twice.`);
		seen.add(id);
		const end = starts[index + 1]?.index ?? html.length;
		const body = html.slice(start.index + tag.length, end).trimEnd();
		if (!body.endsWith('</li>'))
			fail(`put every item in a <Check id="…"> element (after "${id}").`);
		return {
			id,
			formerIds: former.split(' ').filter(Boolean),
			html: body.slice(0, -'</li>'.length).trim(),
		};
	});
}

const adoptTicks = (saved: readonly string[] | undefined, items: readonly Renamable[]) =>
	adoptFormerIds(Object.fromEntries((saved ?? []).map((id) => [id, true])), items);

/** The ids of the ticked items among `items`, following renamed items. */
export function tickedItems(
	saved: readonly string[] | undefined,
	items: readonly Renamable[],
): Set<string> {
	const adopted = adoptTicks(saved, items);
	return new Set(items.map((item) => item.id).filter((id) => Object.hasOwn(adopted, id)));
}

/** The saved ticks after ticking or unticking one item; ticks of items not on the page are kept. */
export function withTick(
	saved: readonly string[] | undefined,
	items: readonly Renamable[],
	itemId: string,
	ticked: boolean,
): string[] {
	const adopted = adoptTicks(saved, items);
	if (ticked) adopted[itemId] = true;
	else delete adopted[itemId];
	return Object.keys(adopted);
}

const CHECKLIST_TAG = /<Checklist\b([^>]*)>/g;
const attribute = (attributes: string, name: string) =>
	new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];

/**
 * The labels of the `<Checklist id="…" label="…">` elements in a chapter's Markdown, by id and by
 * former id (`formerIds={['old-id']}`), so that a page listing saved ticks can name each checklist.
 * Examples in code are not checklists.
 */
export function checklistLabels(markdown: string): Record<string, string> {
	const labels: Record<string, string> = {};
	for (const [, attributes = ''] of maskCode(markdown).matchAll(CHECKLIST_TAG)) {
		const id = attribute(attributes, 'id');
		const label = attribute(attributes, 'label');
		if (!id || !label) continue;
		const former = /\bformerIds=\{\[([^\]]*)\]\}/.exec(attributes)?.[1] ?? '';
		for (const key of [id, ...[...former.matchAll(/["']([^"']+)["']/g)].map((match) => match[1])])
			if (key) labels[key] = label;
	}
	return labels;
}
