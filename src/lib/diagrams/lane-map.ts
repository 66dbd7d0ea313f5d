/**
 * The career map drawn in lanes, one per role family, with the ladder first. Positions are computed
 * here rather than by Mermaid, so the map has no edge limit, reflows for a phone (one column of
 * lanes) and has no crossing by construction:
 * - a move to the next role in the same lane is a short arrow;
 * - a longer move within a lane is an arc beside the lane, on whichever side it crosses no other arc;
 * - every other move is a stub under the role, "→ Security Engineer", itself a link to that role.
 * Roles and moves keep the hooks the planner marks a route by (see route.ts): each role is a link
 * around a `.node`, each move carries `data-id` as Mermaid names its edges.
 */
import { rolePath, withBase } from '../site/urls.ts';
import { nodeId } from './graph.ts';
import { edgeDataId } from './route.ts';

export interface LaneRole {
	id: string;
	title: string;
	/** Targets of the role's moves, in the content's order. */
	moves: readonly string[];
}

export interface Lane {
	id: string;
	label: string;
	/** The lane's roles, top to bottom. */
	roles: readonly LaneRole[];
}

/** A variant of the drawing: its width in user units and how many columns of lanes it has. */
export interface LaneVariant {
	name: 'wide' | 'narrow';
	width: number;
	columns: number;
}

export const LANE_VARIANTS: readonly LaneVariant[] = [
	{ name: 'wide', width: 600, columns: 3 },
	{ name: 'narrow', width: 320, columns: 1 },
];

/** Sizes in SVG user units; text sizes are chosen so that no variant renders a label below 12 px. */
export const LANE_SIZES = {
	gutter: 12,
	lanePadding: 8,
	header: 30,
	title: 15,
	stub: 14,
	line: 19,
	nodePadding: 8,
	gap: 26,
	arcStep: 9,
} as const;

export interface LaidStub {
	to: string;
	lines: string[];
	y: number;
}

export interface LaidNode {
	id: string;
	title: string;
	lines: string[];
	stubs: LaidStub[];
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface LaidEdge {
	from: string;
	to: string;
	/** The path as points joined by straight segments (the geometry tests count crossings on). */
	points: [number, number][];
}

export interface LaidLane {
	id: string;
	x: number;
	y: number;
	width: number;
	height: number;
	/** The label's lines. */
	lines: string[];
	/** Dash pattern of the lane's border: lanes differ by more than colour. */
	dash: string;
}

export interface LaneLayout {
	variant: LaneVariant['name'];
	width: number;
	height: number;
	lanes: LaidLane[];
	nodes: LaidNode[];
	edges: LaidEdge[];
}

const DASHES = ['', '8 4', '2 3', '12 3 2 3', '6 6', '1 5', '10 2', '4 2 1 2'];

/** A width estimate for text in Inter at `size`: wide enough that wrapped lines never overflow. */
export function textWidth(text: string, size: number): number {
	let width = 0;
	for (const character of text) {
		if (character === ' ') width += 0.3;
		else if (/[A-Z0-9]/.test(character)) width += 0.7;
		else if (/[mw]/.test(character)) width += 0.85;
		else if (/[ijlft.,'’]/.test(character)) width += 0.34;
		else width += 0.58;
	}
	return width * size;
}

/** Words of `text` in lines no wider than `width`; a word longer than a line gets a line of its own. */
export function wrap(text: string, width: number, size: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && textWidth(`${last} ${word}`, size) <= width)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

/** Arcs nest at most this deep on each side of a lane; a move that would go deeper is a stub. */
const MAX_ARC_DEPTH = 3;

interface Arc {
	from: number;
	to: number;
	side: 'right' | 'left';
	depth: number;
}

/** Two arcs on one side cross when exactly one end of one lies strictly inside the other. */
const crosses = (a: Arc, b: Arc) => {
	const [a1, a2] = [Math.min(a.from, a.to), Math.max(a.from, a.to)];
	const [b1, b2] = [Math.min(b.from, b.to), Math.max(b.from, b.to)];
	return (a1 < b1 && b1 < a2 && a2 < b2) || (b1 < a1 && a1 < b2 && b2 < a2);
};

/**
 * Which moves within a lane are drawn as arcs, on which side and how far out. Shorter arcs are placed
 * first and nearer the lane, so an arc that contains another lies outside it; an arc that would cross
 * one on both sides, or nest deeper than `MAX_ARC_DEPTH`, becomes a stub.
 */
function placeArcs(moves: readonly { from: number; to: number }[]): {
	arcs: Arc[];
	stubs: { from: number; to: number }[];
} {
	const arcs: Arc[] = [];
	const stubs: { from: number; to: number }[] = [];
	const sorted = [...moves].sort(
		(a, b) => Math.abs(a.to - a.from) - Math.abs(b.to - b.from) || a.from - b.from || a.to - b.to,
	);
	const span = (arc: { from: number; to: number }) =>
		[Math.min(arc.from, arc.to), Math.max(arc.from, arc.to)] as const;
	// An arc lies outside every arc it contains; arcs side by side share a depth.
	const depthOn = (move: { from: number; to: number }, side: Arc['side']) => {
		const [low, high] = span(move);
		const inside = arcs.filter((arc) => {
			const [a, b] = span(arc);
			return arc.side === side && low <= a && b <= high;
		});
		return 1 + Math.max(0, ...inside.map((arc) => arc.depth));
	};
	for (const move of sorted) {
		const side = (['right', 'left'] as const).find(
			(candidate) =>
				depthOn(move, candidate) <= MAX_ARC_DEPTH &&
				arcs.every(
					(arc) => arc.side !== candidate || !crosses(arc, { ...move, side: candidate, depth: 0 }),
				),
		);
		if (side) arcs.push({ ...move, side, depth: depthOn(move, side) });
		else stubs.push(move);
	}
	return { arcs, stubs };
}

/** Lays the lanes out for one variant. */
export function layoutLanes(lanes: readonly Lane[], variant: LaneVariant): LaneLayout {
	const S = LANE_SIZES;
	const laneOf = new Map(lanes.flatMap((lane) => lane.roles.map((role) => [role.id, lane.id])));
	const titles = new Map(lanes.flatMap((lane) => lane.roles.map((role) => [role.id, role.title])));
	const laneWidth = (variant.width - S.gutter * (variant.columns - 1)) / variant.columns;
	const columnHeights: number[] = Array.from({ length: variant.columns }, () => 0);
	const laid: LaneLayout = {
		variant: variant.name,
		width: variant.width,
		height: 0,
		lanes: [],
		nodes: [],
		edges: [],
	};

	lanes.forEach((lane, laneIndex) => {
		const index = new Map(lane.roles.map((role, position) => [role.id, position]));
		const inLane = lane.roles.flatMap((role, from) =>
			role.moves.flatMap((to) => {
				const target = index.get(to);
				return target === undefined || target === from ? [] : [{ from, to: target }];
			}),
		);
		const { arcs, stubs: stubbed } = placeArcs(
			inLane.filter((move) => Math.abs(move.to - move.from) > 1),
		);
		const margin = (side: Arc['side']) =>
			Math.max(0, ...arcs.filter((arc) => arc.side === side).map((arc) => arc.depth)) * S.arcStep +
			(arcs.some((arc) => arc.side === side) ? 4 : 0);
		// The widest lane's column takes it (the ladder has a column to itself when there are columns).
		const column =
			variant.columns > 1 && laneIndex === 0
				? 0
				: columnHeights
						.map((height, position) => ({ height, position }))
						.filter(({ position }) => variant.columns === 1 || position > 0)
						.sort((a, b) => a.height - b.height || a.position - b.position)[0]!.position;
		const x = column * (laneWidth + S.gutter);
		const top = columnHeights[column]! + (columnHeights[column]! > 0 ? S.gutter : 0);
		const nodeX = x + S.lanePadding + margin('left');
		const nodeWidth = laneWidth - 2 * S.lanePadding - margin('left') - margin('right');
		const textWidthMax = nodeWidth - 2 * S.nodePadding;

		const labelLines = wrap(lane.label, laneWidth - 2 * S.lanePadding, S.title);
		let y = top + S.header + (labelLines.length - 1) * S.line;
		const nodes = lane.roles.map((role, position) => {
			const stubTargets = role.moves.filter((to) => {
				if (!titles.has(to) || to === role.id) return false;
				if (laneOf.get(to) !== lane.id) return true;
				return stubbed.some((move) => move.from === position && move.to === index.get(to));
			});
			const lines = wrap(role.title, textWidthMax, S.title);
			let cursor = y + S.nodePadding + lines.length * S.line;
			const stubs = stubTargets.map((to) => {
				const stubLines = wrap(`→ ${titles.get(to)}`, textWidthMax, S.stub);
				const stub = { to, lines: stubLines, y: cursor };
				cursor += stubLines.length * S.line;
				return stub;
			});
			const height = cursor - y + S.nodePadding;
			const node: LaidNode = {
				id: role.id,
				title: role.title,
				lines,
				stubs,
				x: nodeX,
				y,
				width: nodeWidth,
				height,
			};
			y += height + S.gap;
			return node;
		});
		const height = y - S.gap + S.lanePadding - top;
		laid.lanes.push({
			id: lane.id,
			lines: labelLines,
			x,
			y: top,
			width: laneWidth,
			height,
			dash: DASHES[laneIndex % DASHES.length]!,
		});
		laid.nodes.push(...nodes);
		columnHeights[column] = top + height;

		// Arrows between neighbours in the lane: down the middle, or side by side when both ways.
		for (const move of inLane.filter((candidate) => Math.abs(candidate.to - candidate.from) === 1)) {
			const [a, b] = [nodes[move.from]!, nodes[move.to]!];
			const both = inLane.some((other) => other.from === move.to && other.to === move.from);
			const cx = a.x + a.width / 2 + (both ? (move.to > move.from ? -8 : 8) : 0);
			const down = move.to > move.from;
			laid.edges.push({
				from: lane.roles[move.from]!.id,
				to: lane.roles[move.to]!.id,
				points: down
					? [
							[cx, a.y + a.height],
							[cx, b.y],
						]
					: [
							[cx, a.y],
							[cx, b.y + b.height],
						],
			});
		}

		// Arcs: at each role, arcs whose other end is above attach higher, the deeper ones lower;
		// arcs going down attach below them, the deeper ones higher. Then none crosses another.
		const ends = new Map<number, { arc: Arc; up: boolean }[]>();
		for (const arc of arcs)
			for (const [at, other] of [
				[arc.from, arc.to],
				[arc.to, arc.from],
			] as const)
				ends.set(at, [...(ends.get(at) ?? []), { arc, up: other < at }]);
		const attachY = (at: number, arc: Arc) => {
			const list = (ends.get(at) ?? []).filter((end) => end.arc.side === arc.side);
			const ordered = [
				...list.filter((end) => end.up).sort((p, q) => p.arc.depth - q.arc.depth),
				...list.filter((end) => !end.up).sort((p, q) => q.arc.depth - p.arc.depth),
			];
			const node = nodes[at]!;
			const slot = ordered.findIndex((end) => end.arc === arc);
			return node.y + (node.height * (slot + 1)) / (ordered.length + 1);
		};
		for (const arc of arcs) {
			const [a, b] = [nodes[arc.from]!, nodes[arc.to]!];
			const edgeX = (node: LaidNode) => (arc.side === 'right' ? node.x + node.width : node.x);
			const outX =
				arc.side === 'right'
					? a.x + a.width + arc.depth * S.arcStep
					: a.x - arc.depth * S.arcStep;
			const y1 = attachY(arc.from, arc);
			const y2 = attachY(arc.to, arc);
			laid.edges.push({
				from: lane.roles[arc.from]!.id,
				to: lane.roles[arc.to]!.id,
				points: [
					[edgeX(a), y1],
					[outX, y1],
					[outX, y2],
					[edgeX(b), y2],
				],
			});
		}
	});
	laid.height = Math.max(...columnHeights);
	return laid;
}

/** Text for SVG markup: element content and attribute values. */
export const escapeXml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Lines of text as `<tspan>`s from a first baseline, with a space between them so that a link's
 * name reads "Mid-Level Backend Engineer", not "Mid-LevelBackendEngineer".
 */
const tspans = (lines: readonly string[], x: number, y: number) =>
	lines
		.map(
			(line, index) =>
				`<tspan x="${x}" y="${(y + index * LANE_SIZES.line).toFixed(1)}">${escapeXml(line)}</tspan>`,
		)
		.join(' ');

const round = (value: number) => Number(value.toFixed(1));

/**
 * The SVG of one layout. Links are site-relative under `base`, each named by its text.
 */
export function laneMapSvg(
	layout: LaneLayout,
	{ title, description, base }: { title: string; description: string; base: string },
): string {
	const S = LANE_SIZES;
	const id = `career-map-${layout.variant}`;
	const marker = `${id}-arrow`;
	const lanes = layout.lanes.map(
		(lane) =>
			`<g class="lane" data-family="${lane.id}"><rect x="${round(lane.x)}" y="${round(lane.y)}" width="${round(lane.width)}" height="${round(lane.height)}" rx="8"${lane.dash ? ` stroke-dasharray="${lane.dash}"` : ''}/><text class="lane-label">${tspans(lane.lines, round(lane.x + S.lanePadding), lane.y + 20)}</text></g>`,
	);
	const edges = layout.edges.map(
		(edge) =>
			`<path class="edge" data-id="${edgeDataId(edge.from, edge.to)}" d="M${edge.points.map(([x, y]) => `${round(x)} ${round(y)}`).join('L')}" marker-end="url(#${marker})"/>`,
	);
	const nodes = layout.nodes.map((node) => {
		const textX = round(node.x + S.nodePadding);
		const titleY = node.y + S.nodePadding + S.title;
		const box = `<a href="${escapeXml(withBase(rolePath(node.id), base))}"><g class="node" data-role="${node.id}" id="${id}-${nodeId(node.id)}"><rect x="${round(node.x)}" y="${round(node.y)}" width="${round(node.width)}" height="${round(node.height)}" rx="6"/><text class="role-title">${tspans(node.lines, textX, titleY)}</text></g></a>`;
		const stubs = node.stubs.map(
			(stub) =>
				`<a href="${escapeXml(withBase(rolePath(stub.to), base))}"><g class="stub" data-id="${edgeDataId(node.id, stub.to)}"><text>${tspans(stub.lines, textX, stub.y + S.stub)}</text></g></a>`,
		);
		return box + stubs.join('');
	});
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" class="lane-map lane-map-${layout.variant}" viewBox="0 0 ${layout.width} ${round(layout.height)}" width="${layout.width}" height="${round(layout.height)}" role="graphics-document document" aria-labelledby="${id}-title" aria-describedby="${id}-desc">`,
		`<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(description)}</desc>`,
		`<defs><marker id="${marker}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z"/></marker></defs>`,
		...lanes,
		...edges,
		...nodes,
		'</svg>',
	].join('');
}
