/** The contributor guide states the question rules with the numbers the validator uses. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	LONGEST_LIMIT,
	MUCH_LONGER,
	MUCH_LONGER_LIMIT,
	PER_LEVEL,
} from '../../src/lib/xref/validate-questions.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('the contributor docs on questions', () => {
	const guide = read('src/content/docs/contributing/index.md');
	const readme = read('README.md');

	it('say where the bank lives, what a level is and the limits the validator enforces', () => {
		expect(guide).toContain('`content/question-bank/<skill id>.yaml`');
		expect(guide).toContain(`at least ${PER_LEVEL} questions at each of the 4 levels`);
		expect(guide).toContain(`at most ${LONGEST_LIMIT * 100}%`);
		expect(guide).toContain(`at least ${MUCH_LONGER} times as long`);
		expect(guide).toContain(`at most ${MUCH_LONGER_LIMIT * 100}%`);
		expect(guide).toMatch(/`level` \(1 to 4\)/);
	});

	it('list bank questions and the level of a self-check question in the README table', () => {
		expect(readme).toMatch(/\| Bank questions \| `content\/question-bank\/<skill id>\.yaml`/);
		expect(readme).toContain(`at least ${PER_LEVEL} at every level`);
		expect(readme).toMatch(/\| A self-check \|[^\n]*`level`/);
	});
});
