import { describe, expect, it } from 'vitest';
import { splitChecks, tickedItems, withTick } from '../../src/lib/career/checklist.ts';

describe('splitChecks', () => {
	it('splits rendered <Check> items, keeping their markup and former ids', () => {
		const html = `
			<li data-check="small-api">A small API, with <a href="/skills/api-design/">an API</a>.</li>
			<li data-check="tests" data-former-ids="one-command old-tests">Tests that run with
			<ul><li>one command</li></ul></li>
		`;
		expect(splitChecks(html, 'evidence')).toEqual([
			{
				id: 'small-api',
				formerIds: [],
				html: 'A small API, with <a href="/skills/api-design/">an API</a>.',
			},
			{
				id: 'tests',
				formerIds: ['one-command', 'old-tests'],
				html: 'Tests that run with\n\t\t\t<ul><li>one command</li></ul>',
			},
		]);
	});

	it.each([
		['', 'Checklist "evidence": it has no <Check> items.'],
		[
			'<p>Intro</p><li data-check="a">A</li>',
			'Checklist "evidence": put every item in a <Check id="…"> element.',
		],
		[
			'<li data-check="a">A</li><li data-check="a">B</li>',
			'Checklist "evidence": the item id "a" is used twice.',
		],
		[
			'<li data-check="Bad Id">A</li>',
			'Checklist "evidence": "Bad Id" is not a valid item id (lowercase words and hyphens).',
		],
		[
			'<li data-check="a">A</li> stray text',
			'Checklist "evidence": put every item in a <Check id="…"> element (after "a").',
		],
	])('fails the build with a clear message for %j', (html, message) => {
		expect(() => splitChecks(html, 'evidence')).toThrow(message);
	});
});

describe('ticks', () => {
	const items = [{ id: 'small-api' }, { id: 'tests', formerIds: ['one-command'] }];

	it('reads ticks by item id, following renamed items', () => {
		expect([...tickedItems(['one-command', 'removed-item'], items)]).toEqual(['tests']);
		expect([...tickedItems(undefined, items)]).toEqual([]);
	});

	it('ticks and unticks one item, keeping ticks of items not on the page', () => {
		expect(withTick(['one-command', 'elsewhere'], items, 'small-api', true)).toEqual([
			'elsewhere',
			'tests',
			'small-api',
		]);
		expect(withTick(['small-api', 'tests'], items, 'small-api', false)).toEqual(['tests']);
	});
});
