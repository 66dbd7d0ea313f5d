/**
 * One skill's rating, 0 to 4, as a group of radio buttons: the self-assessment shows one per skill
 * and each skill page shows its own, so a reader can rate while reading. Both save through the
 * page's one progress store.
 */
import { own } from '~/lib/content/ids';
import type { KeysUnder } from '~/lib/site/island-strings';

export interface RatingControlProps {
	skill: string;
	/** The group's name. */
	legend: string;
	/** The four level descriptors beside the levels; left out where the page already shows them. */
	descriptors?: readonly [string, string, string, string] | undefined;
	ratings: Readonly<Record<string, number>>;
	onRate: (skill: string, level: number) => void;
	notYet: string;
	levelStrings: Record<KeysUnder<'handbook.level'>, string>;
}

export default function RatingControl(props: RatingControlProps) {
	const { skill, descriptors } = props;
	return (
		<fieldset class="rating">
			<legend>{props.legend}</legend>
			{[0, 1, 2, 3, 4].map((level) => (
				<label class="option" key={level}>
					<input
						type="radio"
						name={`rating-${skill}`}
						value={level}
						checked={own(props.ratings, skill) === level}
						onChange={() => props.onRate(skill, level)}
					/>
					<span>
						<strong>
							{level}{' '}
							{level === 0
								? props.notYet
								: props.levelStrings[String(level) as '1' | '2' | '3' | '4']}
						</strong>
						{level > 0 && descriptors && <span class="descriptor">: {descriptors[level - 1]}</span>}
					</span>
				</label>
			))}
		</fieldset>
	);
}
