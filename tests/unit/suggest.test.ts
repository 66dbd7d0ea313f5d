import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '../../src/lib/xref/suggest.ts';

describe('editDistance', () => {
	it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
		expect([
			editDistance('sql', 'sql'),
			editDistance('sqll', 'sql'),
			editDistance('sql', 'sq1'),
			editDistance('senoir', 'senior'),
		]).toEqual([0, 1, 1, 1]);
	});
});

describe('suggest', () => {
	const ids = ['sql', 'nosql', 'database-design', 'ci-cd', 'caching'];
	it('returns the closest id within about one edit in three characters', () => {
		expect(suggest('databse-design', ids)).toBe('database-design');
		expect(suggest('cicd', ids)).toBe('ci-cd');
	});
	it('falls back to the one id that contains the value', () => {
		expect(suggest('design', ids)).toBe('database-design');
	});
	it('suggests nothing for an unrelated value', () => {
		expect(suggest('leadership', ids)).toBeUndefined();
	});
});
