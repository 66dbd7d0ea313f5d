/**
 * The interactive self-check. Until it hydrates (and without JavaScript) it shows its children: the
 * static questions with the answers behind a disclosure, rendered by `SelfCheck.astro`.
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { format } from '~/lib/site/format';
import { savedFor, withSaved } from '~/lib/content/ids';
import type { KeysUnder } from '~/lib/site/island-strings';
import {
	currentAnswers,
	isAnswer,
	isCorrect,
	scoreQuiz,
	withAnswer,
	withoutAnswer,
} from '~/lib/career/quiz';
import type { Question } from '~/lib/content/schemas';
import ProgressNotice, { type ProgressStrings } from './ProgressNotice';
import SkillLinks, { type SkillRefs } from './SkillLinks';
import { useProgress } from './use-progress';

interface Props {
	/** The self-check's id, under which answers are saved. */
	id: string;
	/** Ids the self-check had before a rename; answers saved under them follow it. */
	formerIds: string[];
	questions: Question[];
	skills: SkillRefs;
	strings: Record<KeysUnder<'handbook.selfCheck'>, string>;
	progressStrings: ProgressStrings;
	manageHref: string;
	children?: ComponentChildren;
}

export default function Quiz(props: Props) {
	const { id, questions, skills, strings } = props;
	const progress = useProgress();
	const [drafts, setDrafts] = useState<Record<string, string[]>>({});
	const [message, setMessage] = useState('');
	const results = useRef<Record<string, HTMLElement | null>>({});
	const firstInput = useRef<HTMLInputElement>(null);
	// A box around the slot: `client:visible` watches the island's children, and a slot alone has none.
	if (!progress.hydrated) return <div class="quiz">{props.children}</div>;

	const { store, state } = progress;
	const selfCheck = { id, formerIds: props.formerIds };
	const answers = currentAnswers(questions, savedFor(state.progress.quizzes, selfCheck));
	const score = scoreQuiz(questions, answers);
	const tally = (answered: number, correct: number) =>
		format(strings.tally, { answered, correct, total: questions.length });

	const check = (question: Question) => {
		const chosen = drafts[question.id] ?? [];
		if (!isAnswer(question, chosen)) {
			setMessage(strings.chooseFirst);
			return;
		}
		store.update((saved) => ({
			...saved,
			quizzes: withSaved(saved.quizzes, selfCheck, (answers) =>
				withAnswer(questions, answers, question.id, chosen),
			),
		}));
		setMessage(isCorrect(question, chosen) ? strings.right : strings.wrong);
		// The result replaces the options: move focus to it so it is read out and not lost.
		requestAnimationFrame(() => results.current[question.id]?.focus());
	};

	const retry = () => {
		store.update((saved) => ({
			...saved,
			quizzes: withSaved(saved.quizzes, selfCheck, () => undefined),
		}));
		setDrafts({});
		setMessage(strings.cleared);
		requestAnimationFrame(() => firstInput.current?.focus());
	};

	const retryOne = (question: Question) => {
		store.update((saved) => ({
			...saved,
			quizzes: withSaved(saved.quizzes, selfCheck, (answers) => {
				const rest = withoutAnswer(questions, answers, question.id);
				// A self-check with no answers left is not saved at all, as after "Try again".
				return Object.keys(rest).length > 0 ? rest : undefined;
			}),
		}));
		setDrafts({ ...drafts, [question.id]: [] });
		setMessage(strings.clearedOne);
		// The options replace the result: focus the first one so the keyboard stays in the question.
		requestAnimationFrame(() =>
			document.querySelector<HTMLInputElement>(`input[name="${id}-${question.id}"]`)?.focus(),
		);
	};

	const choose = (question: Question, option: string, on: boolean) => {
		const current = question.kind === 'multiple' ? (drafts[question.id] ?? []) : [];
		const next = on ? [...current, option] : current.filter((chosen) => chosen !== option);
		setDrafts({ ...drafts, [question.id]: next });
	};

	return (
		<div class="quiz">
			<ProgressNotice
				progress={progress}
				strings={props.progressStrings}
				manageHref={props.manageHref}
			/>
			<ol class="questions">
				{questions.map((question, index) => {
					const key = `${id}-${question.id}`;
					const chosen = answers.get(question.id);
					const scenario = question.scenario && (
						<p class="scenario" id={`${key}-scenario`}>
							<strong>{strings.scenario}:</strong> {question.scenario}
						</p>
					);
					if (chosen) {
						const right = isCorrect(question, chosen);
						return (
							<li class="question" key={question.id}>
								{scenario}
								<p class="prompt">{question.prompt}</p>
								<div
									class="result"
									tabIndex={-1}
									ref={(element) => {
										results.current[question.id] = element;
									}}
								>
									<p class="verdict" data-correct={String(right)}>
										<strong>{right ? strings.right : strings.wrong}</strong>
									</p>
									<ul class="explanations">
										{question.options.map((option) => (
											<li key={option.id} data-correct={String(option.correct)}>
												<strong>
													{option.correct ? strings.correct : strings.incorrect}
													{chosen.includes(option.id) && ` (${strings.yourChoice})`}:
												</strong>{' '}
												{option.text} {option.explanation}
											</li>
										))}
									</ul>
									{!right && (
										<p>
											{strings.review}: <SkillLinks ids={question.skills} skills={skills} />
										</p>
									)}
									<button type="button" class="secondary" onClick={() => retryOne(question)}>
										{strings.retryOne}
									</button>
								</div>
							</li>
						);
					}
					const draft = drafts[question.id] ?? [];
					return (
						<li class="question" key={question.id}>
							{scenario}
							<p class="prompt" id={`${key}-prompt`}>
								{question.prompt}
							</p>
							<fieldset
								aria-labelledby={`${key}-prompt`}
								aria-describedby={`${question.scenario ? `${key}-scenario ` : ''}${key}-hint`}
							>
								<p class="hint" id={`${key}-hint`}>
									{question.kind === 'multiple' ? strings.chooseMany : strings.chooseOne}
								</p>
								{question.options.map((option, optionIndex) => (
									<label class="option" key={option.id}>
										<input
											type={question.kind === 'multiple' ? 'checkbox' : 'radio'}
											name={key}
											value={option.id}
											checked={draft.includes(option.id)}
											ref={index === 0 && optionIndex === 0 ? firstInput : null}
											onChange={(event) => choose(question, option.id, event.currentTarget.checked)}
										/>{' '}
										{option.text}
									</label>
								))}
								<button type="button" onClick={() => check(question)}>
									{strings.check}
								</button>
							</fieldset>
						</li>
					);
				})}
			</ol>
			<div class="quiz-summary">
				<p class="quiz-score">{tally(score.answered, score.correct)}</p>
				<p role="status">{message}</p>
				{score.answered === score.total &&
					(score.review.length ? (
						<p>
							{strings.reviewAll}: <SkillLinks ids={score.review} skills={skills} />
						</p>
					) : (
						<p>{strings.allRight}</p>
					))}
				{score.answered > 0 && (
					<button type="button" onClick={retry}>
						{strings.retry}
					</button>
				)}
			</div>
		</div>
	);
}
