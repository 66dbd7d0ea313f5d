import { describe, expect, it } from 'vitest';
import { isTypingInto, searchShortcut, typedAhead } from '../../src/lib/site/search-shortcuts.ts';

const key = (
	key: string,
	modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
) => ({
	key,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	...modifiers,
});
const body = { tagName: 'BODY' };
const field = { tagName: 'INPUT' };

describe('searchShortcut', () => {
	it('toggles the dialog with Ctrl+K or Cmd+K, from anywhere', () => {
		for (const focused of [body, field, null])
			for (const open of [false, true]) {
				expect(searchShortcut(key('k', { ctrlKey: true }), { focused, open })).toBe('toggle');
				expect(searchShortcut(key('k', { metaKey: true }), { focused, open })).toBe('toggle');
			}
	});

	it('opens the dialog with / unless the reader is typing in a field or it is open', () => {
		expect(searchShortcut(key('/'), { focused: body, open: false })).toBe('open');
		expect(searchShortcut(key('/'), { focused: null, open: false })).toBe('open');
		expect(searchShortcut(key('/'), { focused: { tagName: 'a' }, open: false })).toBe('open');
		for (const focused of [
			field,
			{ tagName: 'TEXTAREA' },
			{ tagName: 'select' },
			{ tagName: 'DIV', isContentEditable: true },
		])
			expect(searchShortcut(key('/'), { focused, open: false })).toBeUndefined();
		expect(searchShortcut(key('/'), { focused: body, open: true })).toBeUndefined();
	});

	it('ignores other keys, / with a modifier, K alone and key presses during composition', () => {
		const closed = { focused: body, open: false };
		expect(searchShortcut(key('k'), closed)).toBeUndefined();
		expect(searchShortcut(key('K', { ctrlKey: true }), closed)).toBeUndefined();
		expect(searchShortcut(key('/', { ctrlKey: true }), closed)).toBeUndefined();
		expect(searchShortcut(key('/', { altKey: true }), closed)).toBeUndefined();
		expect(searchShortcut(key('s'), closed)).toBeUndefined();
		expect(searchShortcut({ ...key('/'), isComposing: true }, closed)).toBeUndefined();
	});
});

describe('isTypingInto', () => {
	it('counts fields, text areas, lists and editable content as typing, and nothing else', () => {
		expect([field, { tagName: 'textarea' }, { tagName: 'SELECT' }].map(isTypingInto)).toEqual([
			true,
			true,
			true,
		]);
		expect(isTypingInto({ tagName: 'DIV', isContentEditable: true })).toBe(true);
		expect([body, { tagName: 'BUTTON' }, null, undefined].map(isTypingInto)).toEqual([
			false,
			false,
			false,
			false,
		]);
	});
});

describe('typedAhead', () => {
	it('keeps what is typed before the field exists, Backspace included', () => {
		let pending = '';
		for (const typed of ['s', 'q', 'x', 'Backspace', 'l', ' ', '/'])
			pending = typedAhead(pending, key(typed)) ?? pending;
		expect(pending).toBe('sql /');
		expect(typedAhead('', key('é'))).toBe('é');
	});

	it('leaves shortcuts, navigation keys and composition to the browser', () => {
		for (const event of [
			key('Enter'),
			key('Tab'),
			key('Escape'),
			key('ArrowDown'),
			key('k', { ctrlKey: true }),
			key('a', { metaKey: true }),
			key('a', { altKey: true }),
			{ ...key('a'), isComposing: true },
		])
			expect(typedAhead('sq', event)).toBeUndefined();
	});
});
