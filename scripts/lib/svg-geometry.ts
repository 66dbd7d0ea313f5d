/**
 * Geometry read back from a drawn SVG, for tests that measure a diagram rather than trust its
 * layout code: the edges' paths as segments, and how many times two edges cross.
 */

type Point = [number, number];
type Segment = [Point, Point];

/** The segments of every `<path class="edge">` in `svg`, by edge; absolute M, L, H and V only. */
export function edgeSegments(svg: string): Segment[][] {
	return [...svg.matchAll(/<path\b[^>]*class="edge"[^>]*\bd="([^"]+)"/g)].map(([, d]) => {
		const segments: Segment[] = [];
		let at: Point = [0, 0];
		for (const [, command, args] of d!.matchAll(/([MLHV])\s*([-\d.\s,]+)/g)) {
			const values = args!
				.trim()
				.split(/[\s,]+/)
				.map(Number);
			const next: Point =
				command === 'H'
					? [values[0]!, at[1]]
					: command === 'V'
						? [at[0], values[0]!]
						: [values[0]!, values[1]!];
			if (command !== 'M') segments.push([at, next]);
			at = next;
		}
		return segments;
	});
}

const cross = (o: Point, a: Point, b: Point) =>
	(a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** Whether two segments cross at a point inside both (touching at an end does not count). */
export function segmentsCross([p1, p2]: Segment, [q1, q2]: Segment): boolean {
	const d1 = cross(q1, q2, p1);
	const d2 = cross(q1, q2, p2);
	const d3 = cross(p1, p2, q1);
	const d4 = cross(p1, p2, q2);
	return d1 * d2 < 0 && d3 * d4 < 0;
}

/** How many pairs of edges cross, counting each crossing point once. */
export function countCrossings(svg: string): number {
	const edges = edgeSegments(svg);
	let count = 0;
	edges.forEach((edge, index) => {
		for (const other of edges.slice(index + 1))
			for (const segment of edge)
				for (const against of other) if (segmentsCross(segment, against)) count++;
	});
	return count;
}
