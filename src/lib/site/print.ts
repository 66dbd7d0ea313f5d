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

/** A Markdown heading as Starlight renders it: in a wrapper, with its id, before its anchor link. */
const HEADING_ID = /(<div class="sl-heading-wrapper[^"]*"><h[1-6]\b[^>]*?\sid=")([^"]+)(")/g;

/**
 * One chapter's HTML for the page that prints every chapter together: the ids of its Markdown
 * headings get the chapter's `prefix` (`prefix--key-takeaways`), so that the page has no duplicate
 * ids, and its in-page links (`href="#key-takeaways"`, the headings' anchor links included) follow,
 * so each lands on its own chapter's heading rather than on the first chapter's.
 */
export function prefixHeadingIds(html: string, prefix: string): string {
	const ids = new Set([...html.matchAll(HEADING_ID)].map((match) => match[2]));
	const prefixed = (id: string) => `${prefix}--${id}`;
	return html
		.replace(HEADING_ID, (_whole, before: string, id: string, after: string) =>
			[before, prefixed(id), after].join(''),
		)
		.replace(/(\shref="#)([^"]+)(")/g, (whole, before: string, id: string, after: string) =>
			ids.has(id) ? [before, prefixed(id), after].join('') : whole,
		);
}
