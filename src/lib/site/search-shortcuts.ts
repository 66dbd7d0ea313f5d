/**
 * Which key presses open the search dialog. Starlight's shortcut, Ctrl+K (Cmd+K on Apple devices),
 * opens it and closes it again from anywhere; `/` opens it too, unless the reader is typing in a
 * field, so a slash typed into a form stays a slash.
 */

/** The parts of a `KeyboardEvent` that decide. */
export interface KeyPress {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
	isComposing?: boolean;
}

/** The parts of the focused element that tell whether the reader is typing into it. */
export interface FocusedElement {
	tagName: string;
	isContentEditable?: boolean;
}

/** `toggle`: open the dialog, or close it when open; `open`: open it; `undefined`: not a shortcut. */
export type SearchShortcut = 'toggle' | 'open' | undefined;

/** Whether key presses on `element` type text (fields, text areas, lists, editable content). */
export function isTypingInto(element: FocusedElement | null | undefined): boolean {
	if (!element) return false;
	return (
		['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName.toUpperCase()) ||
		element.isContentEditable === true
	);
}

/** What `event` does to the search dialog, given what has focus and whether the dialog is open. */
export function searchShortcut(
	event: KeyPress,
	{ focused, open }: { focused: FocusedElement | null | undefined; open: boolean },
): SearchShortcut {
	if (event.isComposing) return undefined;
	// The same test as Starlight's own dialog: `k` with Ctrl or Cmd, whatever else has focus.
	if ((event.metaKey || event.ctrlKey) && event.key === 'k') return 'toggle';
	if (
		event.key === '/' &&
		!event.ctrlKey &&
		!event.metaKey &&
		!event.altKey &&
		!open &&
		!isTypingInto(focused)
	)
		return 'open';
	return undefined;
}

/**
 * The text typed into the dialog before its field exists (on a first open, while Pagefind's UI
 * loads), after `event`: characters are added, Backspace removes the last one. `undefined` when the
 * key is not typing (a shortcut, Tab, Escape, arrows), which is then left to the browser.
 */
export function typedAhead(pending: string, event: KeyPress): string | undefined {
	if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return undefined;
	if (event.key === 'Backspace') return pending.slice(0, -1);
	// Printable keys have a one-character name (`a`, `/`, ` `); `Enter` or `ArrowUp` do not.
	if ([...event.key].length === 1) return pending + event.key;
	return undefined;
}
