import { describe, expect, it } from 'vitest';
import { adoptFormerIds, currentId, own, savedFor, withSaved } from '../../src/lib/content/ids.ts';

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

describe('savedFor and withSaved', () => {
	const list = { id: 'before-applying', formerIds: ['evidence'] };

	it('reads the value under the current id, or under a former id before a rename', () => {
		expect(savedFor({ 'before-applying': ['a'] }, list)).toEqual(['a']);
		expect(savedFor({ evidence: ['b'], other: ['c'] }, list)).toEqual(['b']);
		expect(savedFor({ other: ['c'] }, list)).toBeUndefined();
		expect(savedFor({}, { id: 'constructor' })).toBeUndefined();
	});

	it('replaces the value under the current id, dropping the former id and keeping others', () => {
		expect(
			withSaved({ evidence: ['b'], other: ['c'] }, list, (ticks) => [...(ticks ?? []), 'd']),
		).toEqual({
			'before-applying': ['b', 'd'],
			other: ['c'],
		});
		expect(withSaved({}, list, (ticks) => ticks ?? ['first'])).toEqual({
			'before-applying': ['first'],
		});
	});

	it('removes the value, wherever it was saved, when the change gives undefined', () => {
		expect(withSaved({ evidence: ['b'], other: ['c'] }, list, () => undefined)).toEqual({
			other: ['c'],
		});
	});
});
