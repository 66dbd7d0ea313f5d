import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/content-files.ts';
import { roleSchema, skillSchema } from '../../src/lib/content/schemas.ts';
import { milestoneChart, roleNeighbourhood } from '../../src/lib/diagrams/career-diagrams.ts';
import type { DiagramGraph } from '../../src/lib/diagrams/graph.ts';
import { textWidth } from '../../src/lib/diagrams/lane-map.ts';
import {
	OUTLINE_SIZES,
	layoutOutline,
	outlineOrder,
	outlineSvg,
	type OutlineLayout,
} from '../../src/lib/diagrams/outline.ts';
import { edgeSegments } from '../../scripts/lib/svg-geometry.ts';

const project = new URL('../../', import.meta.url).pathname;
const files = readContent(project);
const roles = files
	.filter((file) => file.kind === 'role')
	.map((file) => ({ id: file.id, data: roleSchema().parse(file.data.value) }));
const skills = files
	.filter((file) => file.kind === 'skill')
	.map((file) => ({ id: file.id, data: skillSchema().parse(file.data.value) }));

const graph = (edges: [string, string, string?][], ids?: string[]): DiagramGraph => ({
	title: 'T',
	description: 'D',
	nodes: (ids ?? [...new Set(edges.flatMap(([from, to]) => [from, to]))]).map((id) => ({
		id,
		label: `Role ${id}`,
		href: `/roles/${id}/`,
	})),
	edges: edges.map(([from, to, label]) => ({ from, to, ...(label ? { label } : {}) })),
});

/** Boxes that overlap, and edge segments that pass through a box they neither start nor end at. */
function collisions(layout: OutlineLayout): string[] {
	const found: string[] = [];
	const inside = (x: number, y: number, box: OutlineLayout['nodes'][number]) =>
		x > box.x + 0.5 &&
		x < box.x + box.width - 0.5 &&
		y > box.y + 0.5 &&
		y < box.y + box.height - 0.5;
	layout.nodes.forEach((a, index) =>
		layout.nodes.slice(index + 1).forEach((b) => {
			if (a.y < b.y + b.height && b.y < a.y + a.height) found.push(`${a.id} overlaps ${b.id}`);
		}),
	);
	for (const edge of layout.edges)
		for (const box of layout.nodes) {
			if (box.id === edge.from || box.id === edge.to) continue;
			edge.points.slice(1).forEach(([x2, y2], index) => {
				const [x1, y1] = edge.points[index]!;
				for (let step = 0; step <= 20; step++) {
					const x = x1 + ((x2 - x1) * step) / 20;
					const y = y1 + ((y2 - y1) * step) / 20;
					if (inside(x, y, box)) {
						found.push(`${edge.from}→${edge.to} through ${box.id}`);
						return;
					}
				}
			});
		}
	return [...new Set(found)];
}

/** Lines wider than their box (the estimate errs wide, so a line that fits here fits on screen). */
function overflowing(layout: OutlineLayout): string[] {
	const S = OUTLINE_SIZES;
	return layout.nodes.flatMap((node) => [
		...node.lines
			.filter((line) => textWidth(line, S.title) > node.width - 2 * S.padding)
			.map((line) => `${node.id}: ${line}`),
		...[...node.details, ...node.above, ...node.below]
			.filter((line) => textWidth(line, S.text) > node.width - 2 * S.padding)
			.map((line) => `${node.id}: ${line}`),
	]);
}

describe('outlineOrder', () => {
	it('keeps each branch under the node it leaves, and a node after every node that leads to it', () => {
		const tree = graph([
			['q', 'yes'],
			['q', 'no'],
			['yes', 'a'],
			['yes', 'b'],
			['no', 'c'],
		]);
		expect(outlineOrder(tree)).toEqual(['q', 'yes', 'a', 'b', 'no', 'c']);
		const arrivals = graph([
			['a1', 'r'],
			['a2', 'r'],
			['r', 'n1'],
			['r', 'n2'],
		]);
		expect(outlineOrder(arrivals)).toEqual(['a1', 'a2', 'r', 'n1', 'n2']);
	});

	it('places every node once when moves go both ways', () => {
		expect(
			outlineOrder(
				graph([
					['a', 'r'],
					['r', 'a'],
					['r', 'b'],
				]),
			),
		).toEqual(['a', 'r', 'b']);
	});
});

describe('layoutOutline', () => {
	it('indents the children of a node that branches and keeps a chain in line', () => {
		const layout = layoutOutline(
			graph([
				['a', 'b'],
				['b', 'c'],
				['c', 'd'],
				['c', 'e'],
			]),
			320,
		);
		expect(layout.nodes.map((node) => [node.id, node.depth])).toEqual([
			['a', 0],
			['b', 0],
			['c', 0],
			['d', 1],
			['e', 1],
		]);
		const straight = layout.edges.find((edge) => edge.from === 'a')!;
		expect(straight.points).toHaveLength(2);
		expect(straight.points[0]![0]).toBe(straight.points[1]![0]);
	});

	it('writes the label of the one move into a node above it, and labels of shared targets under their source', () => {
		const layout = layoutOutline(
			graph([
				['a1', 'r', 'SQL'],
				['a2', 'r', 'Testing'],
				['r', 'n', 'System design'],
			]),
			320,
		);
		const skilled = layoutOutline(
			{
				...graph([['a', 'b']]),
				edges: [
					{ from: 'a', to: 'b', label: 'SQL', skills: [{ label: 'SQL', href: '/skills/sql/' }] },
				],
			},
			320,
		);
		expect(skilled.nodes[1]!.above).toEqual(['Skills to grow: SQL']);
		const node = (id: string) => layout.nodes.find((candidate) => candidate.id === id)!;
		expect(node('n').above).toEqual(['System design']);
		expect(node('a1').below).toEqual(['→ Role r: SQL']);
		expect(node('a2').below).toEqual(['→ Role r: Testing']);
		expect(node('r').above).toEqual([]);
	});
});

describe('the outlines of the handbook’s own diagrams', () => {
	const cases = [
		...roles.map((role) => [
			`the ${role.id} neighbourhood`,
			roleNeighbourhood(roles, skills, role.id).graph,
		]),
		['the milestone chart', milestoneChart(roles, skills)!.graph],
	] as [string, DiagramGraph][];

	for (const width of [320, 600])
		it(`draw no box over another, no arrow through a box and no line past its box at ${width} units`, () => {
			const problems = cases.flatMap(([name, diagram]) => {
				const layout = layoutOutline(diagram, width);
				return [...collisions(layout), ...overflowing(layout)].map(
					(problem) => `${name}: ${problem}`,
				);
			});
			expect(problems).toEqual([]);
		});

	it('draw one arrow per move and one linked box per role, named by its text', () => {
		const senior = roleNeighbourhood(roles, skills, 'senior');
		const svg = outlineSvg(senior.graph, {
			width: 320,
			base: '/handbook/',
			highlight: senior.highlight,
		});
		expect(edgeSegments(svg)).toHaveLength(senior.graph.edges.length);
		const links = [...svg.matchAll(/<a href="([^"]+)">/g)].map(([, href]) => href);
		expect(links).toEqual(
			senior.graph.nodes.filter((node) => node.href).map((node) => `/handbook${node.href}`),
		);
		expect(svg).toContain('<g class="node current"><rect');
		expect(svg).toMatch(/<\/tspan> <tspan/);
	});
});
