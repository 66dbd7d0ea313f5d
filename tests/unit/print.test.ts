import { describe, expect, it } from 'vitest';
import { printOrder } from '../../src/lib/site/print.ts';

const chapter = (id: string, order?: number) => ({ id, data: { sidebar: { order } } });

describe('printOrder', () => {
	it('puts the parts in reading order, each by sidebar order, and leaves out other pages', () => {
		const ordered = printOrder([
			chapter('sources'),
			chapter('growing-engineers/portfolio', 5),
			chapter('career-path/outlook', 6),
			chapter('contributing/errors/unknown-id'),
			chapter('career-path/why-backend', 1),
			chapter('levels-compared', 1),
			chapter(''),
		]);
		expect(ordered.map((entry) => entry.id)).toEqual([
			'career-path/why-backend',
			'career-path/outlook',
			'growing-engineers/portfolio',
			'levels-compared',
			'sources',
		]);
	});
});
