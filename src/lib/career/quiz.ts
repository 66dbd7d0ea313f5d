/**
 * Self-check scoring: which saved answers still apply to the current questions, whether an answer
 * is right, the score and the skills to review. Answers are saved as option ids by question id.
 */
import { adoptFormerIds, own } from '../content/ids.ts';
import type { Question } from '../content/schemas.ts';

type QuestionLike = Pick<Question, 'id' | 'kind' | 'skills'> & {
	formerIds?: readonly string[] | undefined;
	options: readonly Pick<Question['options'][number], 'id' | 'correct'>[];
};

/** Saved answers of one self-check: chosen option ids by question id. */
export type SavedAnswers = Readonly<Record<string, readonly string[]>>;

/** Whether `chosen` is a complete answer to `question`: existing options, one unless multiple. */
export function isAnswer(question: QuestionLike, chosen: readonly string[]): boolean {
	const ids = new Set(question.options.map((option) => option.id));
	const unique = new Set(chosen);
	return (
		unique.size === chosen.length &&
		chosen.length > 0 &&
		(question.kind === 'multiple' || chosen.length === 1) &&
		chosen.every((id) => ids.has(id))
	);
}

/**
 * The saved answer of each current question, under its current id. Answers saved under a former
 * question id follow it; an answer that no longer fits the question (an option was removed, the
 * question became single-answer) is dropped, so the question is asked again.
 */
export function currentAnswers(
	questions: readonly QuestionLike[],
	saved: SavedAnswers | undefined,
): Map<string, readonly string[]> {
	const adopted = adoptFormerIds(saved ?? {}, questions);
	const answers = new Map<string, readonly string[]>();
	for (const question of questions) {
		const chosen = own(adopted, question.id);
		if (chosen && isAnswer(question, chosen)) answers.set(question.id, chosen);
	}
	return answers;
}

/** `saved` with the answer to one question set, and answers under former ids moved. */
export function withAnswer(
	questions: readonly QuestionLike[],
	saved: SavedAnswers | undefined,
	questionId: string,
	chosen: readonly string[],
): Record<string, string[]> {
	const adopted = adoptFormerIds(saved ?? {}, questions);
	const next = Object.fromEntries(Object.entries(adopted).map(([id, ids]) => [id, [...ids]]));
	return { ...next, [questionId]: [...chosen] };
}

/** The saved answers without one question's, to answer it again; the others are kept. */
export function withoutAnswer(
	questions: readonly QuestionLike[],
	saved: SavedAnswers | undefined,
	questionId: string,
): Record<string, string[]> {
	const { [questionId]: _removed, ...rest } = withAnswer(questions, saved, questionId, []);
	return rest;
}

/** Whether the chosen options are exactly the right ones. */
export function isCorrect(question: QuestionLike, chosen: readonly string[]): boolean {
	const right = question.options.filter((option) => option.correct).map((option) => option.id);
	return right.length === chosen.length && right.every((id) => chosen.includes(id));
}

export interface Score {
	total: number;
	answered: number;
	correct: number;
	/** Skill ids of the questions answered wrongly, in question order, without repeats. */
	review: string[];
}

/** The score of a self-check over its current answers. */
export function scoreQuiz(
	questions: readonly QuestionLike[],
	answers: ReadonlyMap<string, readonly string[]>,
): Score {
	const review = new Set<string>();
	let correct = 0;
	for (const question of questions) {
		const chosen = answers.get(question.id);
		if (!chosen) continue;
		if (isCorrect(question, chosen)) correct++;
		else for (const skill of question.skills) review.add(skill);
	}
	return { total: questions.length, answered: answers.size, correct, review: [...review] };
}
