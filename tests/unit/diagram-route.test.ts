import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/content-files.ts';
import { readCache } from '../../src/lib/diagrams/cache.ts';
import { careerMap } from '../../src/lib/diagrams/career-diagrams.ts';
import { edgeDataId, routeSelectors } from '../../src/lib/diagrams/route.ts';
import { diagramKey, rendererVersions } from '../../src/lib/diagrams/settings.ts';
import { roleSchema } from '../../src/lib/content/schemas.ts';

const project = new URL('../../', import.meta.url).pathname;
const roles = readContent(project)
	.filter((file) => file.kind === 'role')
	.map((file) => ({ id: file.id, data: roleSchema().parse(file.data.value) }));

describe('routeSelectors', () => {
	it('selects each role node by its link and each move by Mermaid’s edge id', () => {
		expect(routeSelectors(['mid-level', 'senior', 'lead'])).toEqual([
			'a[href$="/roles/mid-level/"] > .node',
			'a[href$="/roles/senior/"] > .node',
			'a[href$="/roles/lead/"] > .node',
			'path[data-id="L_mid_level_senior_0"]',
			'path[data-id="L_senior_lead_0"]',
		]);
	});

	it('selects just the role when the route has no move, and nothing for no route', () => {
		expect(routeSelectors(['lead'])).toEqual(['a[href$="/roles/lead/"] > .node']);
		expect(routeSelectors([])).toEqual([]);
	});
});

// The planner finds the route in the SVG Mermaid rendered; a Mermaid upgrade that renames what it
// relies on fails here rather than leaving the map silently unmarked.
describe('the committed career map', () => {
	const map = careerMap(roles);
	const entry = readCache(project, diagramKey(map.source, rendererVersions(project)));
	const svg = entry?.svg ?? '';

	it('is in the cache', () => {
		expect(entry).toBeDefined();
	});

	it('has a linked node for every role the planner can mark', () => {
		const missing = roles
			.map((role) => `<a href="/roles/${role.id}/"`)
			.filter((link) => !new RegExp(`${link}[^>]*><g class="node\\b`).test(svg));
		expect(missing).toEqual([]);
	});

	it('has one edge path with Mermaid’s id for every transition the planner can follow', () => {
		const ids = roles.flatMap((role) =>
			role.data.transitions.map((transition) => edgeDataId(role.id, transition.to)),
		);
		const counts = ids.map((id) => svg.match(new RegExp(`<path[^>]*data-id="${id}"`, 'g'))?.length);
		expect(counts).toEqual(ids.map(() => 1));
	});
});
