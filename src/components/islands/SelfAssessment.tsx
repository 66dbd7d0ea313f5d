/**
 * The skill self-assessment: the reader rates every skill 0-4 against its level descriptors, and
 * sees their strengths and gaps, optionally against a role. Ratings are saved with the rest of the
 * progress, and the transition planner uses them.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { gapsForRole, skillGap, summarise, type SkillGap } from '~/lib/career/assessment';
import { format } from '~/lib/site/format';
import { adoptFormerIds, own, type Renamable } from '~/lib/content/ids';
import type { KeysUnder } from '~/lib/site/island-strings';
import ProgressNotice, { type ProgressStrings } from './ProgressNotice';
import SkillChart, { type AssessmentStrings } from './SkillChart';
import SkillLinks, { type SkillRefs } from './SkillLinks';
import { useProgress } from './use-progress';

export interface AssessedSkill extends Renamable {
	/** The skill's four level descriptors, for levels 1 to 4. */
	levels: [string, string, string, string];
}

export interface ComparedRole extends Renamable {
	title: string;
	skills: Record<string, number>;
}

interface Props {
	/** Skills by category, in display order. */
	groups: { id: string; label: string; skills: AssessedSkill[] }[];
	skillRefs: SkillRefs;
	roles: ComparedRole[];
	strings: AssessmentStrings;
	levelStrings: Record<KeysUnder<'handbook.level'>, string>;
	progressStrings: ProgressStrings;
	children?: ComponentChildren;
}

export default function SelfAssessment(props: Props) {
	const { groups, skillRefs, roles, strings, levelStrings } = props;
	const progress = useProgress();
	const [roleChoice, setRoleChoice] = useState<string | undefined>(undefined);
	if (!progress.hydrated) return <div class="tool">{props.children}</div>;

	const { store, state } = progress;
	const skills = groups.flatMap((group) => group.skills);
	const ratings = adoptFormerIds(state.progress.ratings, skills);
	const roleId = roleChoice ?? state.progress.plan.to ?? '';
	const role = roles.find((candidate) => candidate.id === roleId);
	const rows: SkillGap[] = role
		? gapsForRole(Object.keys(skillRefs), role.skills, ratings).sort((a, b) => b.gap - a.gap)
		: skills
				.filter((skill) => Object.hasOwn(ratings, skill.id))
				.map((skill) => skillGap(skill.id, undefined, own(ratings, skill.id)));
	const summary = summarise(rows, Boolean(role));
	const rate = (skillId: string, rating: number) =>
		store.update((saved) => ({
			...saved,
			ratings: { ...adoptFormerIds(saved.ratings, skills), [skillId]: rating },
		}));
	const names = (list: SkillGap[]) => (
		<SkillLinks ids={list.map((row) => row.id)} skills={skillRefs} />
	);
	const description = format(role ? strings.summaryRole : strings.summary, {
		rated: skills.filter((skill) => Object.hasOwn(ratings, skill.id)).length,
		total: skills.length,
		strengths: summary.strengths.length,
		gaps: summary.gaps.length,
		role: role?.title ?? '',
	});

	return (
		<div class="tool">
			<ProgressNotice progress={progress} strings={props.progressStrings} />
			<h2 id="summary">{strings.summaryHeading}</h2>
			<p>
				<label>
					{strings.compareWith}{' '}
					<select value={roleId} onChange={(event) => setRoleChoice(event.currentTarget.value)}>
						<option value="">{strings.noRole}</option>
						{roles.map((candidate) => (
							<option key={candidate.id} value={candidate.id}>
								{candidate.title}
							</option>
						))}
					</select>
				</label>
			</p>
			<p role="status">{description}</p>
			{rows.length > 0 ? (
				<SkillChart
					rows={rows}
					skills={skillRefs}
					roleTitle={role?.title}
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
			{summary.gaps.length > 0 && (
				<p>
					<strong>{strings.gaps}:</strong> {names(summary.gaps)}
				</p>
			)}
			{role && summary.unrated.length > 0 && (
				<p>
					<strong>{strings.unrated}:</strong> {names(summary.unrated)}
				</p>
			)}

			<h2 id="rate">{strings.rateHeading}</h2>
			<p>{strings.rateIntro}</p>
			{groups.map((group) => (
				<section key={group.id} aria-labelledby={`rate-${group.id}`}>
					<h3 id={`rate-${group.id}`}>{group.label}</h3>
					{group.skills.map((skill) => (
						<fieldset class="rating" key={skill.id}>
							<legend>{skillRefs[skill.id]?.title ?? skill.id}</legend>
							{[0, 1, 2, 3, 4].map((level) => (
								<label class="option" key={level}>
									<input
										type="radio"
										name={`rating-${skill.id}`}
										value={level}
										checked={own(ratings, skill.id) === level}
										onChange={() => rate(skill.id, level)}
									/>
									<span>
										<strong>
											{level}{' '}
											{level === 0
												? strings.notYet
												: levelStrings[String(level) as '1' | '2' | '3' | '4']}
										</strong>
										{level > 0 && <span class="descriptor">: {skill.levels[level - 1]}</span>}
									</span>
								</label>
							))}
						</fieldset>
					))}
				</section>
			))}
		</div>
	);
}
