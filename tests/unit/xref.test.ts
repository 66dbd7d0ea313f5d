import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/content-files.ts';
import { collect } from '../../src/lib/xref/collect.ts';
import { validateProject } from '../../src/lib/xref/index.ts';
import { validate } from '../../src/lib/xref/validate.ts';
import { problemTuples } from '../helpers/problems.ts';

const fixture = (name: string) => new URL(`../fixtures/${name}/`, import.meta.url).pathname;

describe('validateProject', () => {
	it('accepts a consistent content tree', () => {
		const result = validateProject(fixture('valid'));
		expect(result.problems).toEqual([]);
		expect(result.report).toBe('Found 0 invalid references in 0 files.');
	});

	it('reports every broken reference with its file, line, column and value', () => {
		expect(problemTuples(fixture('broken'))).toEqual([
			['content/roles/intern.mdx', 9, 8, '5', 'level-out-of-range'],
			// intern → junior: junior expects only the misspelt `sqll`, so the step drops
			// database-design, raises one skill, and junior does not expect the focus skill sql.
			['content/roles/intern.mdx', 12, 9, 'junior', 'flat-step'],
			['content/roles/intern.mdx', 12, 9, 'database-design', 'ladder-regression'],
			['content/roles/intern.mdx', 13, 13, 'sql', 'focus-not-raised'],
			['content/roles/intern.mdx', 15, 9, 'intern', 'self-transition'],
			['content/roles/island.mdx', 2, 1, 'island', 'unreachable-role'],
			['content/roles/junior.mdx', 9, 3, 'sqll', 'unknown-id'],
			// Its two single-answer questions: one right option is the longest, by far.
			['content/self-checks/check.yaml', 2, 1, '1 of 2', 'longest-answer'],
			['content/self-checks/check.yaml', 2, 1, '1 of 2', 'much-longer-answer'],
			['content/self-checks/check.yaml', 16, 9, 'joins', 'duplicate-id'],
			['content/self-checks/check.yaml', 19, 14, 'communication', 'unknown-id'],
			['content/self-checks/check.yaml', 26, 13, 'a', 'duplicate-id'],
			['content/skills/database-design.mdx', 12, 11, 'sql', 'one-way-related'],
			['content/skills/orphan.mdx', 2, 1, 'mistakes', 'invalid-entry'],
			['content/skills/orphan.mdx', 2, 1, 'orphan', 'unused-skill'],
			['content/skills/sql.mdx', 12, 11, 'databse-design', 'unknown-id'],
			['src/content/docs/chapter.mdx', 4, 9, 'senoir', 'unknown-id'],
			['src/content/docs/chapter.mdx', 9, 18, 'sq', 'unknown-id'],
			['src/content/docs/chapter.mdx', 11, 28, 'lead', 'unknown-id'],
		]);
	});

	it('suggests the id a misspelling most likely meant, and none when nothing is close', () => {
		const { problems } = validateProject(fixture('broken'));
		const suggestions = problems
			.filter((p) => p.id === 'unknown-id')
			.map((p) => [p.value, p.suggestion]);
		expect(suggestions).toEqual([
			['sqll', 'sql'],
			['communication', undefined],
			['databse-design', 'database-design'],
			['senoir', undefined],
			['sq', 'sql'],
			['lead', undefined],
		]);
	});

	it('ends the report with the count of invalid references and files, warnings excluded', () => {
		const { report, errorCount, warningCount } = validateProject(fixture('broken'));
		expect([errorCount, warningCount]).toEqual([17, 2]);
		expect(report.split('\n').at(-1)).toBe('Found 17 invalid references in 7 files.');
		expect(report).toContain(
			'  content/roles/junior.mdx:9:3  error  Unknown skill "sqll" in role skills. Did you mean "sql"?  [unknown-id]',
		);
		expect(report).toContain('See /contributing/errors/unknown-id/');
	});
});

describe('collect', () => {
	it('ignores ids inside code spans and fenced code blocks', () => {
		const ids = collect(readContent(fixture('valid'))).references.map((reference) => reference.id);
		expect(ids).not.toContain('not-a-skill');
		expect(ids).toContain('junior');
	});
});

describe('validate', () => {
	const base = () => collect(readContent(fixture('valid')));

	it('resolves a renamed id through formerIds and names the new id', () => {
		const collection = base();
		collection.definitions.push({
			kind: 'skill',
			id: 'structured-query-language',
			former: true,
			file: 'content/skills/sql.mdx',
			locate: () => ({ line: 20, column: 5 }),
		});
		collection.references.push({
			target: 'skill',
			id: 'structured-query-language',
			site: 'related',
			file: 'content/skills/communication.mdx',
			locate: () => ({ line: 3, column: 4 }),
			from: { kind: 'skill', id: 'communication' },
		});
		const [problem] = validate(collection);
		expect(problem).toMatchObject({
			id: 'unknown-id',
			suggestion: 'sql',
			message: 'The skill "structured-query-language" was renamed to "sql".',
		});
	});

	it('reports a former id that collides with another entry as a duplicate', () => {
		const collection = base();
		collection.definitions.push({
			kind: 'skill',
			id: 'communication',
			former: true,
			file: 'content/skills/sql.mdx',
			locate: () => ({ line: 20, column: 5 }),
		});
		expect(validate(collection).map((p) => [p.id, p.file, p.message])).toEqual([
			[
				'duplicate-id',
				'content/skills/sql.mdx',
				'"communication" is already used as a former skill id at content/skills/communication.mdx:2:1.',
			],
		]);
	});

	it('rejects levels that are not whole numbers from 1 to 4', () => {
		const collection = base();
		for (const value of [0, 2.5, '3'])
			collection.levels.push({
				role: 'junior',
				skill: 'sql',
				value,
				file: 'x.mdx',
				locate: () => ({ line: 1, column: 1 }),
			});
		expect(validate(collection).map((p) => p.value)).toEqual(['0', '2.5', '3']);
	});

	it('reports every role when the intern role is missing', () => {
		const collection = base();
		collection.definitions = collection.definitions.filter(
			(d) => !(d.kind === 'role' && d.id === 'intern'),
		);
		const unreachable = validate(collection).filter((p) => p.id === 'unreachable-role');
		expect(unreachable.map((p) => p.value)).toEqual(['junior', 'senior']);
		expect(unreachable[0]?.message).toBe(
			'There is no "intern" role to start the career paths from.',
		);
	});
});

describe('the level rules', () => {
	it('reports each broken rule where it is written', () => {
		// junior → senior: senior lowers sql (2 → 1), raises two skills, and sql is a focus it
		// does not raise; senior, a team role, expects a level-4 skill. The ladder's intern → junior
		// step and the alternative senior → consultant move (which drops skills) are fine.
		expect(problemTuples(fixture('levels'))).toEqual([
			['content/roles/junior.mdx', 15, 9, 'senior', 'flat-step'],
			['content/roles/junior.mdx', 15, 9, 'sql', 'ladder-regression'],
			['content/roles/junior.mdx', 16, 30, 'sql', 'focus-not-raised'],
			['content/roles/senior.mdx', 13, 18, 'communication: 4', 'level-above-scope'],
			// The roles a generated "skills that grow" list compares are references too.
			['src/content/docs/first-chapter.mdx', 16, 35, 'senoir', 'unknown-id'],
		]);
	});

	it('says what is wrong and how to fix it', () => {
		const { report } = validateProject(fixture('levels'));
		expect(report).toContain(
			'content/roles/senior.mdx:13:18  error  "senior" has scope "team", which allows levels up to 3, but expects "communication" at 4.  [level-above-scope]',
		);
		expect(report).toContain(
			'content/roles/junior.mdx:15:9  error  The ladder step "junior" → "senior" lowers "sql" from 2 to 1.  [ladder-regression]',
		);
		expect(report).toContain(
			'The ladder step "junior" → "senior" raises "database-design", "communication"; a step up the ladder raises at least 3.',
		);
		expect(report).toContain(
			'The move "junior" → "senior" names "sql" as a focus, but "senior" expects it at 1, not above the 2 of "junior".',
		);
		expect(report).toContain('Fix: Lower the level to what the scope allows');
		expect(report).toContain('See /contributing/errors/level-above-scope/');
	});
});

describe('the question rules', () => {
	it('reports questions a reader could pass by shape, and a bank that misses levels', () => {
		expect(problemTuples(fixture('questions'))).toEqual([
			// communication and database-design have no bank file; sql has none at level 4, 1 at 3.
			['content/question-bank/communication.yaml', 1, 1, 'communication', 'bank-coverage'],
			['content/question-bank/database-design.yaml', 1, 1, 'database-design', 'bank-coverage'],
			['content/question-bank/sql.yaml', 1, 1, 'sql', 'bank-coverage'],
			['content/self-checks/shape.yaml', 2, 1, '2', 'fixed-answer-count'],
			['content/self-checks/shape.yaml', 2, 1, '3 of 3', 'longest-answer'],
			['content/self-checks/shape.yaml', 2, 1, '2 of 3', 'much-longer-answer'],
			['content/self-checks/shape.yaml', 98, 15, 'All of the above', 'giveaway-option'],
			['content/self-checks/shape.yaml', 118, 15, 'ten', 'duplicate-option'],
		]);
	});

	it('names the questions and the limit in the message', () => {
		const { report } = validateProject(fixture('questions'));
		expect(report).toContain(
			'The right option is the longest in 3 of 3 single-answer questions (long-one, long-two, fair); at most 30% may be.',
		);
		expect(report).toContain(
			'The question bank has 1 at level 3, 0 at level 4 for "sql"; it needs 3 at every level.',
		);
	});
});
