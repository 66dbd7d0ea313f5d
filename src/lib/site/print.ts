/** The order of chapters in the printable handbook: the sidebar's order, parts first. */
export interface ChapterLike {
	id: string;
	data: { sidebar: { order?: number | undefined } };
}

/** Parts of the handbook, in reading order; a chapter outside them is left out of the print. */
export const PRINT_PARTS = [
	'career-path',
	'getting-hired',
	'growing-engineers',
	'levels-compared',
	'sources',
] as const;

export function printOrder<T extends ChapterLike>(chapters: readonly T[]): T[] {
	const part = (chapter: T) =>
		PRINT_PARTS.findIndex((name) => chapter.id === name || chapter.id.startsWith(`${name}/`));
	return chapters
		.filter((chapter) => part(chapter) !== -1)
		.sort(
			(a, b) =>
				part(a) - part(b) ||
				(a.data.sidebar.order ?? 0) - (b.data.sidebar.order ?? 0) ||
				a.id.localeCompare(b.id),
		);
}
