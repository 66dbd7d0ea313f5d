/**
 * The skill self-assessment: the reader rates every skill 0-4 against its level descriptors, and
 * sees their strengths and gaps, optionally against a role. Ratings are saved with the rest of the
 * progress, and the transition planner uses them.
 */
import type { ComponentChildren } from 'preact';
import { skillGap, summarise, type SkillGap } from '~/lib/career/assessment';
import { makePlan, type PlanRole } from '~/lib/career/plan';
import { withEnd } from '~/lib/career/planner';
import type { Entry } from '~/lib/career/queries';
import { format } from '~/lib/site/format';
import { adoptFormerIds, currentId, own, type Renamable } from '~/lib/content/ids';
import type { KeysUnder } from '~/lib/site/island-strings';
import type { Progress } from '~/lib/progress/schema';
import ProgressNotice, { type ProgressStrings } from './ProgressNotice';
import RatingControl from './RatingControl';
import SkillChart, { type AssessmentStrings } from './SkillChart';
import SkillLinks, { type SkillRefs } from './SkillLinks';
import { useProgress } from './use-progress';

export interface AssessedSkill extends Renamable {
	/** The skill's four level descriptors, for levels 1 to 4. */
	levels: [string, string, string, string];
}

interface Props {
	/** Skills by category, in display order. */
	groups: { id: string; label: string; skills: AssessedSkill[] }[];
	skillRefs: SkillRefs;
	roles: Entry<PlanRole>[];
	/** Role ids with the ids they had before, to read an old saved plan. */
	roleIds: Renamable[];
	strings: AssessmentStrings;
	levelStrings: Record<KeysUnder<'handbook.level'>, string>;
	progressStrings: ProgressStrings;
	children?: ComponentChildren;
}

export default function SelfAssessment(props: Props) {
	const { groups, skillRefs, roles, strings, levelStrings } = props;
	const progress = useProgress();
	if (!progress.hydrated) return <div class="tool">{props.children}</div>;

	const { store, state } = progress;
	const skills = groups.flatMap((group) => group.skills);
	const ratings = adoptFormerIds(state.progress.ratings, skills);
	const known = (id: string | undefined) => (id ? currentId(props.roleIds, id) : undefined);
	const fromId = known(state.progress.plan.from);
	const toId = known(state.progress.plan.to);
	const role = roles.find((candidate) => candidate.id === toId);
	const fromTitle = roles.find((candidate) => candidate.id === fromId)?.data.title;
	// The same plan the planner shows: an unrated skill counts at the current role's level.
	const plan = role ? makePlan(roles, fromId ?? '', role.id, ratings) : undefined;
	const rows: SkillGap[] = plan
		? plan.skills.map((row) => ({
				id: row.skill,
				expected: row.expected,
				rating: row.assumed ? undefined : row.current,
				assumed: row.assumed ? row.current : undefined,
				gap: row.gap,
			}))
		: skills
				.filter((skill) => Object.hasOwn(ratings, skill.id))
				.map((skill) => skillGap(skill.id, undefined, own(ratings, skill.id)));
	const summary = summarise(rows, Boolean(role));
	// Every skill short of the role's level, rated or assumed: the planner's gaps.
	const gaps = rows.filter((row) => row.gap > 0);
	const setEnd = (end: 'from' | 'to', id: string) =>
		store.update((saved: Progress) => ({ ...saved, plan: withEnd(saved.plan, end, id) }));
	const rate = (skillId: string, rating: number) =>
		store.update((saved) => ({
			...saved,
			ratings: { ...adoptFormerIds(saved.ratings, skills), [skillId]: rating },
		}));
	const names = (list: readonly { id: string }[]) => (
		<SkillLinks ids={list.map((row) => row.id)} skills={skillRefs} />
	);
	const description = format(role ? strings.summaryRole : strings.summary, {
		rated: skills.filter((skill) => Object.hasOwn(ratings, skill.id)).length,
		total: skills.length,
		strengths: summary.strengths.length,
		gaps: gaps.length,
		role: role?.data.title ?? '',
	});
	const expects = (id: string) => !role || Object.hasOwn(role.data.skills, id);
	const roleSelect = (end: 'from' | 'to', label: string, none: string, value: string) => (
		<label>
			<span>{label}</span>
			<select value={value} onChange={(event) => setEnd(end, event.currentTarget.value)}>
				<option value="">{none}</option>
				{roles.map((candidate) => (
					<option key={candidate.id} value={candidate.id}>
						{candidate.data.title}
					</option>
				))}
			</select>
		</label>
	);
	const ratingControl = (skill: AssessedSkill) => (
		<RatingControl
			key={skill.id}
			skill={skill.id}
			legend={skillRefs[skill.id]?.title ?? skill.id}
			descriptors={skill.levels}
			ratings={ratings}
			onRate={rate}
			notYet={strings.notYet}
			levelStrings={levelStrings}
		/>
	);

	return (
		<div class="tool">
			<ProgressNotice progress={progress} strings={props.progressStrings} />
			<h2 id="summary">{strings.summaryHeading}</h2>
			<div class="planner-roles">
				{roleSelect('from', strings.currentRole, strings.noCurrentRole, fromId ?? '')}
				{roleSelect('to', strings.compareWith, strings.noRole, role?.id ?? '')}
			</div>
			<p role="status">{description}</p>
			{rows.length > 0 ? (
				<SkillChart
					rows={rows}
					skills={skillRefs}
					roleTitle={role?.data.title}
					description={description}
					strings={strings}
				/>
			) : (
				<p>{strings.nothingRated}</p>
			)}
			{summary.strengths.length > 0 && (
				<p>
					<strong>{strings.strengths}:</strong> {names(summary.strengths)}
				</p>
			)}
			{gaps.length > 0 && (
				<p>
					<strong>{strings.gaps}:</strong> {names(gaps)}
				</p>
			)}
			{role && summary.unrated.length > 0 && (
				<p>
					{fromTitle
						? format(strings.assumedNote, { role: fromTitle, count: summary.unrated.length })
						: format(strings.unratedNote, { count: summary.unrated.length })}
				</p>
			)}

			{/* The live summary sticks to the bottom while this part, the form, is on screen. */}
			<div class="rate-form">
				<h2 id="rate">{strings.rateHeading}</h2>
				<p>{role ? format(strings.rateIntroRole, { role: role.data.title }) : strings.rateIntro}</p>
				{groups.map((group) => {
					const listed = group.skills.filter((skill) => expects(skill.id));
					const others = group.skills.filter((skill) => !expects(skill.id));
					return (
						<section key={group.id} aria-labelledby={`rate-${group.id}`}>
							<h3 id={`rate-${group.id}`}>{group.label}</h3>
							{listed.map(ratingControl)}
							{others.length > 0 && (
								<details class="other-skills">
									<summary>
										{format(strings.otherSkills, {
											count: others.length,
											role: role?.data.title ?? '',
										})}
									</summary>
									{others.map(ratingControl)}
								</details>
							)}
						</section>
					);
				})}
				<p class="assessment-status">
					{description} <a href="#summary">{strings.toSummary}</a>
				</p>
			</div>
		</div>
	);
}
