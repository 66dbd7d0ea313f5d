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

/** A chapter as `chaptersBySkill` needs it: its id, the skills it covers, its sidebar place. */
export interface SkillChapter {
	id: string;
	data: { title: string; skills: readonly string[]; sidebar: { order?: number | undefined } };
}

/**
 * The chapters that cover each skill (from their frontmatter `skills:`), as links in sidebar
 * order: by part, then by the chapter's place in it, as `ChapterList` lists them.
 */
export function chaptersBySkill(
	chapters: readonly SkillChapter[],
	base: string,
): Record<string, EntryRef[]> {
	const part = (chapter: SkillChapter) => chapter.id.split('/')[0] ?? '';
	const ordered = [...chapters].sort(
		(a, b) =>
			part(a).localeCompare(part(b)) || (a.data.sidebar.order ?? 0) - (b.data.sidebar.order ?? 0),
	);
	const bySkill: Record<string, EntryRef[]> = {};
	for (const chapter of ordered)
		for (const skill of chapter.data.skills)
			(bySkill[skill] ??= []).push({
				title: chapter.data.title,
				href: withBase(`/${chapter.id}/`, base),
			});
	return bySkill;
}
