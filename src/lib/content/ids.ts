/**
 * Content ids: their form, and how saved progress follows a renamed entry.
 *
 * Progress follows renamed content. Skills, roles, questions, checklists and their items list the
 * ids they had before in `formerIds`; a value saved under a former id is moved to the current id.
 */

/** Skill, role, question and option ids: lowercase words joined by hyphens, as in file names. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The value under `key` when the record itself has it. Saved progress is keyed by ids from content
 * and from files, and an id such as `constructor` must not find `Object.prototype`'s.
 */
export function own<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Anything progress is keyed by: its current id and the ids it had before. */
export interface Renamable {
	id: string;
	formerIds?: readonly string[] | undefined;
}

/**
 * `record` with each entry's value under its current id: a value saved under a former id moves
 * there (a value already under the current id wins). Keys of entries not given are kept as they
 * are, so a page that knows only some of the content never loses the rest.
 */
export function adoptFormerIds<V>(
	record: Readonly<Record<string, V>>,
	entries: readonly Renamable[],
): Record<string, V> {
	const result = { ...record };
	for (const { id, formerIds = [] } of entries) {
		for (const former of formerIds) {
			if (!Object.hasOwn(result, former)) continue;
			if (!Object.hasOwn(result, id)) result[id] = result[former]!;
			delete result[former];
		}
	}
	return result;
}

/** The current id of the entry that has `id` as its id or a former id. */
export function currentId(entries: readonly Renamable[], id: string): string | undefined {
	return entries.find((entry) => entry.id === id || entry.formerIds?.includes(id))?.id;
}

/** The value saved for `entry`, under its current id or, before it was renamed, a former id. */
export function savedFor<V>(record: Readonly<Record<string, V>>, entry: Renamable): V | undefined {
	return own(adoptFormerIds(record, [entry]), entry.id);
}

/**
 * `record` with the value for `entry` replaced by `change(current)`, under its current id; a value
 * under a former id is read and then dropped. `undefined` removes the entry's value.
 */
export function withSaved<V>(
	record: Readonly<Record<string, V>>,
	entry: Renamable,
	change: (current: V | undefined) => NoInfer<V> | undefined,
): Record<string, V> {
	const others = adoptFormerIds(record, [entry]);
	const current = own(others, entry.id);
	delete others[entry.id];
	const next = change(current);
	return next === undefined ? others : { ...others, [entry.id]: next };
}
