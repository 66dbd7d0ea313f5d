/**
 * Content shaped for islands: only the fields a widget uses, with site addresses resolved, since
 * everything passed to an island is serialised into the page.
 */
import type { Entry } from '../career/queries.ts';
import { withBase } from './urls.ts';

/** Title and address of an entry, for links from islands. */
export interface EntryRef {
	title: string;
	href: string;
}

/** Title and address of each entry (or of those in `ids`), by id. */
export function entryRefs(
	entries: readonly Entry<{ title: string }>[],
	pathOf: (id: string) => string,
	base: string,
	ids?: readonly string[],
): Record<string, EntryRef> {
	const wanted = ids && new Set(ids);
	return Object.fromEntries(
		entries
			.filter((entry) => !wanted || wanted.has(entry.id))
			.map((entry) => [
				entry.id,
				{ title: entry.data.title, href: withBase(pathOf(entry.id), base) },
			]),
	);
}
