import { describe, expect, it } from 'vitest';
import { adoptFormerIds, currentId, own } from '../../src/lib/ids.ts';

describe('adoptFormerIds', () => {
	const entries = [{ id: 'sql', formerIds: ['sql-queries', 'rdbms'] }, { id: 'caching' }];

	it('moves a value saved under a former id to the current id', () => {
		expect(adoptFormerIds({ 'sql-queries': 3, caching: 1 }, entries)).toEqual({
			sql: 3,
			caching: 1,
		});
	});

	it('keeps the value already under the current id and drops the former one', () => {
		expect(adoptFormerIds({ sql: 2, rdbms: 4 }, entries)).toEqual({ sql: 2 });
	});

	it('leaves keys of entries it was not given alone', () => {
		expect(adoptFormerIds({ nosql: 1, 'old-thing': 2 }, entries)).toEqual({
			nosql: 1,
			'old-thing': 2,
		});
	});

	it('does not mistake inherited properties for saved values', () => {
		expect(adoptFormerIds({}, [{ id: 'sql', formerIds: ['constructor'] }])).toEqual({});
	});
});

describe('currentId and own', () => {
	it('finds an entry by its id or a former id', () => {
		const entries = [{ id: 'lead', formerIds: ['tech-lead'] }];
		expect(['lead', 'tech-lead', 'boss'].map((id) => currentId(entries, id))).toEqual([
			'lead',
			'lead',
			undefined,
		]);
	});

	it('reads only a record’s own values', () => {
		expect([own({ sql: 1 }, 'sql'), own({}, 'constructor'), own({}, 'toString')]).toEqual([
			1,
			undefined,
			undefined,
		]);
	});
});
