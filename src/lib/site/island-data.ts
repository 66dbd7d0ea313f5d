/**
 * Content shaped for islands: only the fields a widget uses, with site addresses resolved, since
 * everything passed to an island is serialised into the page.
 */
import type { PlanRole } from '../career/plan.ts';
import type { Entry } from '../career/queries.ts';
import type { Renamable } from '../content/ids.ts';
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

/** Each entry's id with the ids it had before, to read old links and saved progress. */
export function renamable(
	entries: readonly { id: string; data: { formerIds: string[] } }[],
): Renamable[] {
	return entries.map(({ id, data }) => ({ id, formerIds: data.formerIds }));
}

/** What the plan model needs of each role, and nothing more. */
export function planRoles(roles: readonly Entry<PlanRole>[]): Entry<PlanRole>[] {
	return roles.map(({ id, data }) => ({
		id,
		data: {
			title: data.title,
			track: data.track,
			order: data.order,
			skills: data.skills,
			transitions: data.transitions,
		},
	}));
}
