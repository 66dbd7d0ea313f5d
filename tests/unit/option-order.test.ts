import { describe, expect, it } from 'vitest';
import { orderOptions, questionKey } from '../../src/lib/content/option-order.ts';

describe('orderOptions', () => {
	const options = ['a', 'b', 'c', 'd'];

	it('gives the same order for the same key, every time', () => {
		const key = questionKey('sql', 'n-plus-one');
		expect(orderOptions(key, options)).toEqual(orderOptions(key, options));
		expect(orderOptions(key, options).sort()).toEqual(options);
	});

	it('spreads the first option over every position across many questions', () => {
		const positions = [0, 0, 0, 0];
		for (let index = 0; index < 4000; index++)
			positions[orderOptions(questionKey('bank', `q${index}`), options).indexOf('a')]! += 1;
		// A fair shuffle puts it in each of four places about 1,000 times in 4,000.
		for (const count of positions) expect(count).toBeGreaterThan(900);
		for (const count of positions) expect(count).toBeLessThan(1100);
	});

	it('does not change the options it is given', () => {
		const given = ['x', 'y', 'z'];
		orderOptions('k', given);
		expect(given).toEqual(['x', 'y', 'z']);
	});
});
