/**
 * A route marked on a rendered flowchart, such as the planner's path on the career map. The SVG is
 * rendered once at build time; a route only adds a class, found by each role node's link and by
 * Mermaid's id for the edge between two nodes (an arrow, or a stub on the lane map). The class is
 * styled by the diagram theme and the lane map's CSS.
 */
import { rolePath } from '../site/urls.ts';
import { nodeId } from './graph.ts';

/** The class a node or edge on the route gets; styled in `THEME_CSS`. */
export const ROUTE_CLASS = 'on-route';

/** The id Mermaid gives the first edge between two nodes, in its `data-id` attribute. */
export const edgeDataId = (from: string, to: string) => `L_${nodeId(from)}_${nodeId(to)}_0`;

/** The selector of a role's node, found through its link. */
const nodeOf = (id: string) => `a[href$="${rolePath(id)}"] > .node`;

/** Selectors, inside a rendered diagram, for every role on `path` and every move between them. */
export function routeSelectors(path: readonly string[]): string[] {
	const roles = path.map(nodeOf);
	const moves = path
		.slice(1)
		.map((to, index) => `[data-id="${edgeDataId(path[index] ?? '', to)}"]`);
	return [...roles, ...moves];
}

/** Sets `name` on exactly the elements `selectors` find inside `diagram`, clearing it elsewhere. */
function mark(diagram: ParentNode, name: string, selectors: readonly string[]): void {
	for (const element of diagram.querySelectorAll(`.${name}`)) element.classList.remove(name);
	const marked = selectors.length ? [...diagram.querySelectorAll(selectors.join(','))] : [];
	for (const element of marked) element.classList.add(name);
}

/** Marks `path` inside `diagram`, clearing any route marked before; an empty path clears it. */
export function markRoute(diagram: ParentNode, path: readonly string[]): void {
	mark(diagram, ROUTE_CLASS, path.length ? routeSelectors(path) : []);
}

/**
 * Marks the reader's own roles: `current` on their current role's node and `target` on their
 * target's (the lane map's CSS draws them filled and dashed); an absent id clears the mark.
 */
export function markReaderRoles(
	diagram: ParentNode,
	{ current, target }: { current?: string | undefined; target?: string | undefined },
): void {
	mark(diagram, 'current', current ? [nodeOf(current)] : []);
	mark(diagram, 'target', target ? [nodeOf(target)] : []);
}
