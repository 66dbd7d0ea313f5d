/**
 * Markdown tables whose header row starts with an empty cell compare things along both axes: the
 * first cell of each body row names the row. Markdown can only write that row name as `<td>` and
 * the corner as an empty `<th>`; this makes the row names `<th scope="row">` and the corner a `<td>`,
 * so a screen reader announces each cell with both its column and its row.
 */
interface HastNode {
	type: string;
	tagName?: string;
	value?: string;
	properties?: Record<string, unknown>;
	children?: HastNode[];
}

const elements = (node: HastNode | undefined, tagName: string) =>
	(node?.children ?? []).filter((child) => child.type === 'element' && child.tagName === tagName);

const isEmpty = (node: HastNode): boolean =>
	(node.children ?? []).every(
		(child) => (child.type === 'text' && !child.value?.trim()) || child.type === 'comment',
	);

/** Rewrites one `<table>` in place when its first header cell is empty. */
export function addRowHeaders(table: HastNode): void {
	const headerRow = elements(elements(table, 'thead')[0], 'tr')[0];
	const corner = elements(headerRow, 'th')[0];
	if (!corner || elements(headerRow, 'th').length < 2 || !isEmpty(corner)) return;
	corner.tagName = 'td';
	for (const row of elements(table, 'tbody').flatMap((body) => elements(body, 'tr'))) {
		const first = (row.children ?? []).find((child) => child.type === 'element');
		if (first?.tagName !== 'td') continue;
		first.tagName = 'th';
		first.properties = { ...first.properties, scope: 'row' };
	}
}

export default function rehypeRowHeaders() {
	const visit = (node: HastNode) => {
		if (node.type === 'element' && node.tagName === 'table') addRowHeaders(node);
		node.children?.forEach(visit);
	};
	return (tree: HastNode) => visit(tree);
}
