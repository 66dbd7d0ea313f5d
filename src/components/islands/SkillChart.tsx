/**
 * The self-assessment summary as a bar chart (one bar per skill for the reader's rating, a mark at
 * the level the chosen role expects) and the same figures as a table. The chart is named and
 * described for screen readers; the table is the full alternative.
 */
import { CHART, chartLayout, type SkillGap } from '~/lib/career/assessment';
import { format } from '~/lib/site/format';
import type { KeysUnder } from '~/lib/site/island-strings';
import type { SkillRefs } from './SkillLinks';

export type AssessmentStrings = Record<KeysUnder<'handbook.assessment'>, string>;

interface Props {
	rows: SkillGap[];
	skills: SkillRefs;
	/** The role the ratings are compared with, if any. */
	roleTitle?: string | undefined;
	/** One line summing the chart up, read as its description. */
	description: string;
	strings: AssessmentStrings;
}

export default function SkillChart({ rows, skills, roleTitle, description, strings }: Props) {
	const layout = chartLayout(rows);
	const title = roleTitle
		? format(strings.chartTitleRole, { role: roleTitle })
		: strings.chartTitle;
	const axisY = layout.height - CHART.axis + 16;
	const value = (level: number | undefined) => (level === undefined ? strings.none : String(level));
	return (
		<>
			<figure class="skill-chart">
				<svg
					viewBox={`-8 0 ${CHART.width + 16} ${layout.height}`}
					role="img"
					aria-labelledby="skill-chart-title skill-chart-description"
				>
					<title id="skill-chart-title">{title}</title>
					<desc id="skill-chart-description">{description}</desc>
					{layout.ticks.map((tick) => (
						<g key={tick.level} class="tick">
							<line x1={tick.x} x2={tick.x} y1={CHART.top} y2={layout.height - CHART.axis} />
							<text x={tick.x} y={axisY} text-anchor="middle">
								{tick.level}
							</text>
						</g>
					))}
					{layout.rows.map((row) => (
						<g key={row.id}>
							<text x={0} y={row.labelY} class="label">
								{skills[row.id]?.title ?? row.id}
							</text>
							<rect
								x={0}
								y={row.barY}
								width={row.barWidth}
								height={CHART.bar}
								class={row.assumed ? 'bar assumed' : 'bar'}
							/>
							{row.markerX !== undefined && (
								<path
									class="marker"
									d={`M${row.markerX} ${row.barY - 4}v${CHART.bar + 8}`}
									stroke-width={3}
								/>
							)}
						</g>
					))}
				</svg>
				<figcaption>
					<span class="key bar" aria-hidden="true" /> {strings.keyRating}
					{rows.some((row) => row.rating === undefined && row.assumed !== undefined) && (
						<>
							{' '}
							<span class="key bar assumed" aria-hidden="true" /> {strings.keyAssumed}
						</>
					)}
					{roleTitle && (
						<>
							{' '}
							<span class="key marker" aria-hidden="true" /> {strings.keyExpected}
						</>
					)}
				</figcaption>
			</figure>
			<div class="table-scroll">
				<table>
					<caption>{title}</caption>
					<thead>
						<tr>
							<th scope="col">{strings.columnSkill}</th>
							<th scope="col">{strings.columnRating}</th>
							{roleTitle && <th scope="col">{strings.columnExpected}</th>}
							{roleTitle && <th scope="col">{strings.columnGap}</th>}
						</tr>
					</thead>
					<tbody>
						{rows.map((row) => (
							<tr key={row.id}>
								<th scope="row">
									<a href={skills[row.id]?.href}>{skills[row.id]?.title ?? row.id}</a>
								</th>
								<td>
									{row.rating === undefined && row.assumed !== undefined
										? format(strings.assumedValue, { level: row.assumed })
										: value(row.rating)}
								</td>
								{roleTitle && <td>{value(row.expected)}</td>}
								{roleTitle && <td>{row.gap}</td>}
							</tr>
						))}
					</tbody>
				</table>
			</div>
		</>
	);
}
