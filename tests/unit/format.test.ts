import { describe, expect, it } from 'vitest';
import { format, levelLabel } from '../../src/lib/site/format.ts';
import { stringsUnder } from '../../src/lib/site/island-strings.ts';

describe('UI strings for islands', () => {
	it('fills placeholders and leaves unknown ones as written', () => {
		expect(format('{done} of {total} ticked, {missing}.', { done: 2, total: 5 })).toBe(
			'2 of 5 ticked, {missing}.',
		);
		expect(format('{constructor}', {})).toBe('{constructor}');
	});

	it('names a level by its number and its name in the UI strings', () => {
		expect(levelLabel((key) => `t(${key})`, 3)).toBe('3 t(handbook.level.3)');
	});

	it('hands an island every string under its prefix, translated, without the prefix', () => {
		const strings = stringsUnder((key) => `t(${key})`, 'handbook.checklist');
		expect(strings).toEqual({ done: 't(handbook.checklist.done)' });
	});
});
