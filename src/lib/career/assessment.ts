/**
 * Skill self-assessment: the reader's ratings (0 not yet, 1-4 the skill levels) against the levels
 * a role expects, the strengths and gaps that follow, and the geometry of the summary chart.
 */

/** Ratings by skill id, 0-4. */
export type Ratings = Readonly<Record<string, number>>;

/** A skill's rating set against what a role expects. */
export interface SkillGap {
	id: string;
	/** The level the role expects, when it lists the skill. */
	expected?: number | undefined;
	/** The reader's rating, when they gave one. */
	rating?: number | undefined;
	/** When unrated: the level assumed from the reader's current role (see `makePlan`). */
	assumed?: number | undefined;
	/** How many levels short the reader is (an unrated skill counts as 0); never negative. */
	gap: number;
}

export function skillGap(id: string, expected?: number, rating?: number): SkillGap {
	return { id, expected, rating, gap: Math.max(0, (expected ?? 0) - (rating ?? 0)) };
}

export interface Summary {
	/** Rated skills at or above the expected level (or, with no role, rated 3 or 4), best first. */
	strengths: SkillGap[];
	/** Skills below the expected level, largest gap first. */
	gaps: SkillGap[];
	/** Skills the role expects that the reader has not rated. */
	unrated: SkillGap[];
}

/** Sorts rows into strengths and gaps; the sorts are stable, so equal rows keep their order. */
export function summarise(rows: readonly SkillGap[], withRole: boolean): Summary {
	const rated = rows.filter((row) => row.rating !== undefined);
	return {
		strengths: rated
			.filter((row) => (withRole ? row.gap === 0 : (row.rating ?? 0) >= 3))
			.sort((a, b) => (b.rating ?? 0) - (a.rating ?? 0)),
		gaps: withRole ? rated.filter((row) => row.gap > 0).sort((a, b) => b.gap - a.gap) : [],
		unrated: rows.filter((row) => row.rating === undefined),
	};
}

/** Sizes of the summary chart, in SVG user units. */
export const CHART = { width: 320, row: 44, label: 16, bar: 14, top: 8, axis: 22 } as const;

export interface ChartRow {
	id: string;
	/** Baseline of the skill's label. */
	labelY: number;
	/** Top of the bar. */
	barY: number;
	/** Width of the bar: the rating, or the assumed level (0 when neither). */
	barWidth: number;
	/** True when the bar shows an assumed level, not a rating. */
	assumed: boolean;
	/** Where the expected level's marker sits, when there is one. */
	markerX?: number | undefined;
}

/** Lays out one row per skill: its label, a bar for the rating, a marker at the expected level. */
export function chartLayout(rows: readonly SkillGap[]): {
	height: number;
	rows: ChartRow[];
	ticks: { level: number; x: number }[];
} {
	const scale = (level: number) => (level / 4) * CHART.width;
	return {
		height: CHART.top + rows.length * CHART.row + CHART.axis,
		rows: rows.map((row, index) => {
			const top = CHART.top + index * CHART.row;
			return {
				id: row.id,
				labelY: top + CHART.label - 4,
				barY: top + CHART.label + 2,
				barWidth: scale(row.rating ?? row.assumed ?? 0),
				assumed: row.rating === undefined && row.assumed !== undefined,
				markerX: row.expected === undefined ? undefined : scale(row.expected),
			};
		}),
		ticks: [0, 1, 2, 3, 4].map((level) => ({ level, x: scale(level) })),
	};
}
