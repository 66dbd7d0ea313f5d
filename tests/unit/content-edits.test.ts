/**
 * Saved progress survives content edits: answer a real self-check, rate real skills and tick a real
 * checklist, then edit the content as a writer would (rename ids with `formerIds`, reorder, reword,
 * remove and add entries) and read the progress back through a fresh store, as a reload would.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { tickedItems, withTick } from '../../src/lib/career/checklist.ts';
import { adoptFormerIds } from '../../src/lib/content/ids.ts';
import { createProgressStore } from '../../src/lib/progress/store.ts';
import { currentAnswers, isCorrect, scoreQuiz, withAnswer } from '../../src/lib/career/quiz.ts';
import { selfCheckSchema, skillSchema } from '../../src/lib/content/schemas.ts';
import { readContentFile } from '../../src/lib/content/content-files.ts';
import { memoryStorage } from '../helpers/memory-storage.ts';

const root = new URL('../../', import.meta.url).pathname;
const source = readFileSync(
	new URL('content/self-checks/starting-out.yaml', `file://${root}`),
	'utf8',
);
const before = selfCheckSchema().parse(parseDocument(source).toJS());

/** The edits a writer makes to the self-check after readers have answered it. */
function editSelfCheck(yaml: string) {
	const document = parseDocument(yaml);
	const questions = document.get('questions') as YAMLSeq<YAMLMap>;
	const byId = (id: string) => questions.items.find((question) => question.get('id') === id)!;
	byId('debugging-order').set('id', 'first-debugging-step');
	byId('first-debugging-step').set('formerIds', ['debugging-order']);
	byId('generated-code').set('prompt', 'Before you open the pull request, what should you do?');
	(byId('entry-skills').get('options') as YAMLSeq).items.reverse();
	questions.delete(questions.items.indexOf(byId('mentor-request')));
	questions.add(
		document.createNode({
			id: 'new-question',
			kind: 'single',
			prompt: 'A question added after readers answered the others.',
			skills: ['communication'],
			level: 1,
			options: [
				{ id: 'a', text: 'Yes', correct: true, explanation: 'Right.' },
				{ id: 'b', text: 'No', explanation: 'Not right.' },
			],
		}),
	);
	questions.items.reverse();
	return selfCheckSchema().parse(document.toJS());
}

describe('saved progress after content edits', () => {
	it('still shows every answer whose question remains, renamed or reordered', () => {
		const storage = memoryStorage();
		const store = createProgressStore(storage);
		const chosen = (index: number) => {
			const options = before.questions[index]!.options;
			// Right answers for even questions, a wrong one for odd questions.
			return index % 2 === 0
				? options.filter((option) => option.correct).map((option) => option.id)
				: [options.find((option) => !option.correct)!.id];
		};
		before.questions.forEach((question, index) =>
			store.update((saved) => ({
				...saved,
				quizzes: {
					'starting-out': withAnswer(
						before.questions,
						saved.quizzes['starting-out'],
						question.id,
						chosen(index),
					),
				},
			})),
		);

		const after = editSelfCheck(source);
		const reloaded = createProgressStore(storage);
		const answers = currentAnswers(
			after.questions,
			reloaded.state.progress.quizzes['starting-out'],
		);

		expect(after.questions.map((question) => question.id)).toEqual([
			'new-question',
			'generated-code',
			'first-debugging-step',
			'entry-skills',
			'no-degree-evidence',
		]);
		expect(Object.fromEntries(answers)).toEqual({
			'no-degree-evidence': chosen(0),
			'entry-skills': chosen(1),
			'first-debugging-step': chosen(2),
			'generated-code': chosen(3),
		});
		const question = (id: string) => after.questions.find((candidate) => candidate.id === id)!;
		expect(isCorrect(question('first-debugging-step'), answers.get('first-debugging-step')!)).toBe(
			true,
		);
		expect(scoreQuiz(after.questions, answers)).toMatchObject({
			total: 5,
			answered: 4,
			correct: 2,
		});
	});

	it('keeps the answers of a self-check whose file is renamed', () => {
		const storage = memoryStorage();
		const store = createProgressStore(storage);
		const question = before.questions[0]!;
		const right = question.options.filter((option) => option.correct).map((option) => option.id);
		store.update((saved) => ({
			...saved,
			quizzes: { 'starting-out': withAnswer(before.questions, undefined, question.id, right) },
		}));

		// A writer renames starting-out.yaml to first-job.yaml, keeping the old id.
		const renamed = selfCheckSchema().parse({
			...parseDocument(source).toJS(),
			formerIds: ['starting-out'],
		});
		const quizzes = adoptFormerIds(createProgressStore(storage).state.progress.quizzes, [
			{ id: 'first-job', formerIds: renamed.formerIds },
		]);
		expect(Object.keys(quizzes)).toEqual(['first-job']);
		expect(Object.fromEntries(currentAnswers(renamed.questions, quizzes['first-job']))).toEqual({
			[question.id]: right,
		});
	});

	it('keeps ratings and ticks of renamed skills and checklist items', () => {
		const storage = memoryStorage();
		const store = createProgressStore(storage);
		const items = [{ id: 'small-api' }, { id: 'designed-schema' }];
		store.update((saved) => ({
			...saved,
			ratings: { sql: 3 },
			checklists: { 'evidence-before-applying': withTick([], items, 'designed-schema', true) },
		}));

		// A writer renames the SQL skill and a checklist item, keeping the old ids.
		const sql = readContentFile(root, 'skill', 'content/skills/sql.mdx');
		const renamedSkill = skillSchema().parse({ ...(sql.data.value as object), formerIds: ['sql'] });
		const skills = [{ id: 'relational-queries', formerIds: renamedSkill.formerIds }];
		const renamedItems = [
			{ id: 'small-api' },
			{ id: 'schema-you-designed', formerIds: ['designed-schema'] },
		];

		const reloaded = createProgressStore(storage).state.progress;
		expect(adoptFormerIds(reloaded.ratings, skills)).toEqual({ 'relational-queries': 3 });
		expect([...tickedItems(reloaded.checklists['evidence-before-applying'], renamedItems)]).toEqual(
			['schema-you-designed'],
		);
	});
});
