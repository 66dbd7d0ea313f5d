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

/** The parts' names, as the sidebar and llms.txt show them. */
export const PART_LABELS: Record<(typeof PRINT_PARTS)[number], string> = {
	'career-path': 'The career path',
	'getting-hired': 'Getting hired and promoted',
	'growing-engineers': 'Growing engineers',
	'levels-compared': 'The levels compared',
	sources: 'Sources',
};

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
