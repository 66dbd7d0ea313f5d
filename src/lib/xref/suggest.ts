/** Edit distance between two strings (insertions, deletions, substitutions and swaps of neighbours). */
export function editDistance(a: string, b: string): number {
	const rows = Array.from({ length: a.length + 1 }, (_, i) => [
		i,
		...Array<number>(b.length).fill(0),
	]);
	for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
	for (let i = 1; i <= a.length; i++) {
		const row = rows[i] as number[];
		const previous = rows[i - 1] as number[];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			row[j] = Math.min(
				(previous[j] as number) + 1,
				(row[j - 1] as number) + 1,
				(previous[j - 1] as number) + cost,
			);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				row[j] = Math.min(row[j] as number, ((rows[i - 2] as number[])[j - 2] as number) + 1);
			}
		}
	}
	return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The candidate a misspelt value most likely meant: the closest by edit distance, allowing about
 * one edit in three characters, or else the only candidate that contains the value or is contained in it.
 */
export function suggest(value: string, candidates: Iterable<string>): string | undefined {
	const limit = Math.max(2, Math.floor(value.length / 3));
	let best: { candidate: string; distance: number } | undefined;
	const containing: string[] = [];
	for (const candidate of candidates) {
		const distance = editDistance(value, candidate);
		if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
		if (value.length >= 3 && (candidate.includes(value) || value.includes(candidate)))
			containing.push(candidate);
	}
	return best?.candidate ?? (containing.length === 1 ? containing[0] : undefined);
}
