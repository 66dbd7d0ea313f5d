import { describe, expect, it } from 'vitest';
import { routeSelectors } from '../../src/lib/diagrams/route.ts';

describe('routeSelectors', () => {
	it('selects each role node by its link and each move (arrow or stub) by Mermaid’s edge id', () => {
		expect(routeSelectors(['mid-level', 'senior', 'lead'])).toEqual([
			'a[href$="/roles/mid-level/"] > .node',
			'a[href$="/roles/senior/"] > .node',
			'a[href$="/roles/lead/"] > .node',
			'[data-id="L_mid_level_senior_0"]',
			'[data-id="L_senior_lead_0"]',
		]);
	});

	it('selects just the role when the route has no move, and nothing for no route', () => {
		expect(routeSelectors(['lead'])).toEqual(['a[href$="/roles/lead/"] > .node']);
		expect(routeSelectors([])).toEqual([]);
	});
});
