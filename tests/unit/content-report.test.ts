import { describe, expect, it } from 'vitest';
import { countWords, levelMatrix } from '../../scripts/lib/content-report.ts';

describe('countWords', () => {
	it('counts prose, table cells and list items, not imports, tags, code or punctuation', () => {
		const body = [
			"import { Skill } from '~/components';",
			'',
			'## What it is',
			'',
			'A <Skill id="sql">query</Skill> reads rows — fast.',
			'',
			'| Stage | Topics |',
			'| --- | --- |',
			'',
			'```sql',
			'SELECT * FROM users;',
			'```',
		].join('\n');
		// What, it, is, A, query, reads, rows, fast., Stage, Topics
		expect(countWords(body)).toBe(10);
	});
});

describe('levelMatrix', () => {
	it('puts one skill per row, one role per column, and a dot where a role does not expect it', () => {
		const table = levelMatrix(
			[
				{ id: 'junior', skills: { sql: 2 } },
				{ id: 'senior', skills: { sql: 3, mentoring: 3 } },
			],
			['mentoring', 'sql'],
		);
		expect(table.split('\n')).toEqual([
			'| skill | junior | senior |',
			'| --- | --- | --- |',
			'| mentoring | · | 3 |',
			'| sql | 2 | 3 |',
		]);
	});
});
