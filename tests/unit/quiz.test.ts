import { describe, expect, it } from 'vitest';
import {
	currentAnswers,
	isAnswer,
	isCorrect,
	scoreQuiz,
	withAnswer,
	withoutAnswer,
} from '../../src/lib/career/quiz.ts';

const single = {
	id: 'first-step',
	kind: 'single' as const,
	skills: ['testing-debugging'],
	formerIds: ['debugging-order'],
	options: [
		{ id: 'a', correct: false },
		{ id: 'b', correct: true },
	],
};
const multiple = {
	id: 'entry-skills',
	kind: 'multiple' as const,
	skills: ['sql', 'version-control'],
	options: [
		{ id: 'a', correct: true },
		{ id: 'b', correct: true },
		{ id: 'c', correct: false },
	],
};
const scenario = {
	...single,
	id: 'mentor',
	kind: 'scenario' as const,
	formerIds: [],
	skills: ['mentoring', 'sql'],
};
const questions = [single, multiple, scenario];

describe('answers', () => {
	it('accepts one existing option, or several for a multiple-answer question', () => {
		expect([
			isAnswer(single, ['a']),
			isAnswer(single, ['a', 'b']),
			isAnswer(single, []),
			isAnswer(single, ['z']),
			isAnswer(multiple, ['a', 'c']),
			isAnswer(multiple, ['a', 'a']),
		]).toEqual([true, false, false, false, true, false]);
	});

	it('is right only with exactly the right options', () => {
		expect([
			isCorrect(single, ['b']),
			isCorrect(single, ['a']),
			isCorrect(multiple, ['b', 'a']),
			isCorrect(multiple, ['a']),
			isCorrect(multiple, ['a', 'b', 'c']),
		]).toEqual([true, false, true, false, false]);
	});
});

describe('currentAnswers', () => {
	it('follows renamed questions and drops answers that no longer fit', () => {
		const saved = {
			'debugging-order': ['b'],
			'entry-skills': ['a', 'removed-option'],
			mentor: ['a'],
			'deleted-question': ['a'],
		};
		expect(Object.fromEntries(currentAnswers(questions, saved))).toEqual({
			'first-step': ['b'],
			mentor: ['a'],
		});
	});

	it('saves an answer under the current id and moves answers off former ids', () => {
		expect(
			withAnswer(questions, { 'debugging-order': ['a'], other: ['x'] }, 'mentor', ['b']),
		).toEqual({
			'first-step': ['a'],
			other: ['x'],
			mentor: ['b'],
		});
	});

	it('clears one answer for a retry, found under its former id too, and keeps the rest', () => {
		expect(
			withoutAnswer(questions, { 'debugging-order': ['a'], 'entry-skills': ['c'] }, 'first-step'),
		).toEqual({ 'entry-skills': ['c'] });
		expect(withoutAnswer(questions, undefined, 'first-step')).toEqual({});
	});
});

describe('scoreQuiz', () => {
	it('counts answered and right questions and lists the skills to review once, in order', () => {
		const answers = new Map([
			['first-step', ['a']],
			['entry-skills', ['a', 'b']],
			['mentor', ['a']],
		]);
		expect(scoreQuiz(questions, answers)).toEqual({
			total: 3,
			answered: 3,
			correct: 1,
			review: ['testing-debugging', 'mentoring', 'sql'],
		});
	});

	it('scores an unanswered self-check as nothing answered', () => {
		expect(scoreQuiz(questions, new Map())).toEqual({
			total: 3,
			answered: 0,
			correct: 0,
			review: [],
		});
	});
});
