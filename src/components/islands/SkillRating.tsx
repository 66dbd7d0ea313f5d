/**
 * The rating control on a skill page, under the four levels it is rated against. The rating is
 * saved with the rest of the reader's progress, where the self-assessment, the planner and the map
 * panel read it. Without JavaScript the page points to the levels and the self-assessment instead.
 */
import type { ComponentChildren } from 'preact';
import { adoptFormerIds, own, type Renamable } from '~/lib/content/ids';
import { format } from '~/lib/site/format';
import type { KeysUnder } from '~/lib/site/island-strings';
import ProgressNotice, { type ProgressStrings } from './ProgressNotice';
import RatingControl from './RatingControl';
import { useProgress } from './use-progress';

interface Props {
	skill: Renamable & { title: string };
	assessmentHref: string;
	strings: Record<KeysUnder<'handbook.skillRating'>, string>;
	levelStrings: Record<KeysUnder<'handbook.level'>, string>;
	progressStrings: ProgressStrings;
	children?: ComponentChildren;
}

export default function SkillRating(props: Props) {
	const { skill, strings, levelStrings } = props;
	const progress = useProgress();
	if (!progress.hydrated) return <div class="tool skill-rating">{props.children}</div>;
	const { store, state } = progress;
	const ratings = adoptFormerIds(state.progress.ratings, [skill]);
	const rating = own(ratings, skill.id);
	const rate = (id: string, level: number) =>
		store.update((saved) => ({
			...saved,
			ratings: { ...adoptFormerIds(saved.ratings, [skill]), [id]: level },
		}));
	const named =
		rating === undefined
			? ''
			: rating === 0
				? strings.notYet
				: `${rating} ${levelStrings[String(rating) as '1' | '2' | '3' | '4']}`;
	return (
		<div class="tool skill-rating">
			<ProgressNotice progress={progress} strings={props.progressStrings} />
			<RatingControl
				skill={skill.id}
				legend={format(strings.legend, { skill: skill.title })}
				ratings={ratings}
				onRate={rate}
				notYet={strings.notYet}
				levelStrings={levelStrings}
			/>
			<p role="status">
				{rating === undefined ? strings.unrated : format(strings.saved, { level: named })}
			</p>
			<p>
				<a href={props.assessmentHref}>{strings.allSkills}</a>
			</p>
		</div>
	);
}
