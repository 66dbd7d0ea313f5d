import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/content-files.ts';
import { roleSchema } from '../../src/lib/content/schemas.ts';
import { careerMap } from '../../src/lib/diagrams/career-diagrams.ts';
import {
	LANE_SIZES,
	LANE_VARIANTS,
	laneMapSvg,
	layoutLanes,
	wrap,
	type Lane,
	type LaneVariant,
} from '../../src/lib/diagrams/lane-map.ts';
import { edgeDataId } from '../../src/lib/diagrams/route.ts';
import { countCrossings, edgeSegments } from '../../scripts/lib/svg-geometry.ts';

const project = new URL('../../', import.meta.url).pathname;
const roles = readContent(project)
	.filter((file) => file.kind === 'role')
	.map((file) => ({ id: file.id, data: roleSchema().parse(file.data.value) }));
const options = {
	title: 'Career map',
	description: 'Every role.',
	base: '/',
};
const draw = (lanes: Lane[], variant: LaneVariant) =>
	laneMapSvg(layoutLanes(lanes, variant), options);

/** A lane of roles `a`, `b`, ... with the given moves between them by position. */
const lane = (moves: [number, number][], size = 5): Lane => ({
	id: 'ladder',
	label: 'The ladder',
	roles: Array.from({ length: size }, (_, index) => ({
		id: String.fromCharCode(97 + index),
		title: `Role ${index}`,
		moves: moves.filter(([from]) => from === index).map(([, to]) => String.fromCharCode(97 + to)),
	})),
});

describe('the career map in lanes, drawn from the handbook’s roles', () => {
	const { lanes } = careerMap(roles);

	for (const variant of LANE_VARIANTS) {
		const svg = draw(lanes, variant);

		it(`has one linked role box per role and one arrow or stub per move (${variant.name})`, () => {
			const boxes = roles.map(
				(role) =>
					svg.match(new RegExp(`<a href="/roles/${role.id}/"[^>]*><g class="node"`, 'g'))?.length,
			);
			expect(boxes).toEqual(roles.map(() => 1));
			const moves = roles.flatMap((role) =>
				role.data.transitions.map((transition) => edgeDataId(role.id, transition.to)),
			);
			const counts = moves.map((id) => svg.match(new RegExp(`data-id="${id}"`, 'g'))?.length);
			expect(counts).toEqual(moves.map(() => 1));
		});

		it(`has no edge crossing another, measured on the drawn paths (${variant.name})`, () => {
			expect(edgeSegments(svg).length).toBeGreaterThan(10);
			expect(countCrossings(svg)).toBe(0);
		});

		it(`names each link by its whole text, with spaces (${variant.name})`, () => {
			const names = [...svg.matchAll(/<a [^>]*>([\s\S]*?)<\/a>/g)].map(([, inner]) =>
				inner!.replace(/<[^>]+>/g, ''),
			);
			const titles = new Set(roles.map((role) => role.data.title));
			expect(names).toContain('Mid-Level Backend Engineer');
			expect(names.filter((name) => !titles.has(name.replace(/^→ /, '')))).toEqual([]);
		});
	}

	it('draws labels no smaller than 14 units, so a 0.9 scale still shows 12 px or more', () => {
		const sizes = [LANE_SIZES.title, LANE_SIZES.stub];
		expect(Math.min(...sizes) * 0.9).toBeGreaterThanOrEqual(12);
	});
});

describe('arcs within a lane', () => {
	const variant = LANE_VARIANTS[1]!;

	it('draws a longer move beside the lane and a crossing one on the other side', () => {
		const layout = layoutLanes(
			[
				lane([
					[0, 2],
					[1, 3],
				]),
			],
			variant,
		);
		const sides = layout.edges.map((edge) => {
			const [start, out] = edge.points;
			return [edge.from, edge.to, out![0] > start![0] ? 'right' : 'left'];
		});
		expect(sides).toEqual([
			['a', 'c', 'right'],
			['b', 'd', 'left'],
		]);
		expect(countCrossings(laneMapSvg(layout, options))).toBe(0);
	});

	it('turns a move that would cross arcs on both sides into a stub under the role', () => {
		// a>d goes right, b>e crosses it and goes left, c>f crosses both.
		const moves: [number, number][] = [
			[0, 3],
			[1, 4],
			[2, 5],
			[0, 1],
		];
		const layout = layoutLanes([lane(moves, 6)], variant);
		expect(layout.edges.map((edge) => `${edge.from}>${edge.to}`).sort()).toEqual([
			'a>b',
			'a>d',
			'b>e',
		]);
		expect(layout.nodes.find((node) => node.id === 'c')?.stubs.map((stub) => stub.to)).toEqual([
			'f',
		]);
		expect(countCrossings(laneMapSvg(layout, options))).toBe(0);
	});

	it('nests arcs at most three deep on a side, and draws the rest as stubs', () => {
		const moves: [number, number][] = [2, 3, 4, 5, 6, 7, 8, 9].map((to) => [0, to]);
		const layout = layoutLanes([lane(moves, 10)], variant);
		expect(layout.edges).toHaveLength(6);
		expect(layout.nodes[0]!.stubs.map((stub) => stub.to)).toEqual(['i', 'j']);
		expect(layout.nodes.every((node) => node.width > 200)).toBe(true);
	});

	it('keeps nested arcs and arcs sharing a role apart, with no crossing', () => {
		const moves: [number, number][] = [
			[0, 4],
			[0, 2],
			[2, 4],
			[1, 3],
			[4, 1],
		];
		expect(countCrossings(draw([lane(moves)], variant))).toBe(0);
	});
});

describe('wrap', () => {
	it('breaks between words within the width, and gives a long word a line of its own', () => {
		expect(wrap('Mid-Level Backend Engineer', 150, 15)).toEqual(['Mid-Level Backend', 'Engineer']);
		expect(wrap('Supercalifragilistic', 40, 15)).toEqual(['Supercalifragilistic']);
	});
});

describe('at a hundred times the content', () => {
	it('lays out 1,600 roles in lanes within seconds, still without crossings', () => {
		const big: Lane[] = ['ladder', 'infrastructure', 'security', 'data-ai'].map(
			(id, laneIndex) => ({
				id,
				label: id,
				roles: Array.from({ length: 400 }, (_, index) => ({
					id: `${id}-${index}`,
					title: `Role ${laneIndex}-${index}`,
					moves: [`${id}-${index + 1}`, `${id}-${index + 3}`, `ladder-${(index * 7) % 400}`],
				})),
			}),
		);
		const started = performance.now();
		const svg = draw(big, LANE_VARIANTS[0]!);
		expect(performance.now() - started).toBeLessThan(5000);
		expect(countCrossings(svg.slice(0, 200_000))).toBe(0);
	});
});
