import { describe, expect, it } from 'vitest';
import { CHART, chartLayout, skillGap, summarise } from '../../src/lib/career/assessment.ts';

describe('skill gaps', () => {
	it('counts the levels between the rating and the expected level, never below 0', () => {
		expect([
			skillGap('sql', 3, 1),
			skillGap('sql', 2, 4),
			skillGap('sql', 2),
			skillGap('sql', undefined, 3),
		]).toEqual([
			{ id: 'sql', expected: 3, rating: 1, gap: 2 },
			{ id: 'sql', expected: 2, rating: 4, gap: 0 },
			{ id: 'sql', expected: 2, rating: undefined, gap: 2 },
			{ id: 'sql', expected: undefined, rating: 3, gap: 0 },
		]);
	});
});

describe('summarise', () => {
	const rows = [
		skillGap('sql', 3, 3),
		skillGap('caching', 3, 1),
		skillGap('nosql', 2, 4),
		skillGap('security', 2, 1),
		skillGap('observability', 2),
	];

	it('against a role: strengths at or above the level, gaps largest first, unrated apart', () => {
		expect(summarise(rows, true)).toEqual({
			strengths: [rows[2], rows[0]],
			gaps: [rows[1], rows[3]],
			unrated: [rows[4]],
		});
	});

	it('without a role: strengths are ratings of 3 or 4, and there are no gaps', () => {
		const own = [
			skillGap('sql', undefined, 3),
			skillGap('caching', undefined, 1),
			skillGap('nosql', undefined, 4),
		];
		expect(summarise(own, false)).toEqual({ strengths: [own[2], own[0]], gaps: [], unrated: [] });
	});
});

describe('chartLayout', () => {
	it('gives each skill a row with a bar as long as its rating and a marker at the expected level', () => {
		const layout = chartLayout([skillGap('sql', 3, 2), skillGap('caching', undefined, undefined)]);
		expect(layout.height).toBe(CHART.top + 2 * CHART.row + CHART.axis);
		expect(layout.rows).toEqual([
			{
				id: 'sql',
				labelY: 20,
				barY: 26,
				barWidth: CHART.width / 2,
				assumed: false,
				markerX: (CHART.width * 3) / 4,
			},
			{ id: 'caching', labelY: 64, barY: 70, barWidth: 0, assumed: false, markerX: undefined },
		]);
		expect(layout.ticks.map((tick) => tick.x)).toEqual([0, 80, 160, 240, 320]);
	});

	it('draws an unrated skill’s assumed level as its own kind of bar, and a rating over it', () => {
		const layout = chartLayout([
			{ ...skillGap('sql', 3), assumed: 1 },
			{ ...skillGap('caching', 3, 2), assumed: 1 },
		]);
		expect(layout.rows.map((row) => [row.id, row.barWidth, row.assumed])).toEqual([
			['sql', CHART.width / 4, true],
			['caching', CHART.width / 2, false],
		]);
	});
});
