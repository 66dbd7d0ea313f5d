/**
 * Browser side of the search dialog (`overrides/Search.astro`): Starlight's `<site-search>` element,
 * except that Pagefind's UI (about 94 KB of script) is imported when the reader shows an intent to
 * search, not on every page once the browser is idle. Intent is pointing at or focusing the search
 * button, pressing it, or a shortcut (`searchShortcut`). A shortcut or a press opens the dialog at
 * once; the search field takes focus as soon as the UI is there, with anything typed meanwhile.
 */
import { searchShortcut, typedAhead } from './search-shortcuts';

const SEARCH_ELEMENT = '#starlight__search';

class SiteSearch extends HTMLElement {
	#loading: Promise<void> | undefined;
	#mounted = false;
	#wired = false;
	/** What the reader typed in the open dialog before the field was there. */
	#pending = '';

	connectedCallback(): void {
		if (this.#wired) return;
		this.#wired = true;
		const openButton = this.querySelector<HTMLButtonElement>('button[data-open-modal]');
		const closeButton = this.querySelector<HTMLButtonElement>('button[data-close-modal]');
		const dialog = this.querySelector('dialog');
		const frame = this.querySelector('.dialog-frame');
		if (!openButton || !closeButton || !dialog || !frame) return;

		/** Close the dialog when the reader follows a link or clicks outside it. */
		const onClick = (event: MouseEvent) => {
			const isLink = 'href' in (event.target || {});
			if (
				isLink ||
				(document.body.contains(event.target as Node) && !frame.contains(event.target as Node))
			)
				closeModal();
		};
		const focusField = () => {
			const field = this.querySelector<HTMLInputElement>(`${SEARCH_ELEMENT} input`);
			if (!dialog.open || !field) return;
			field.focus();
			if (this.#pending) {
				field.value += this.#pending;
				field.dispatchEvent(new Event('input', { bubbles: true }));
			}
			this.#pending = '';
		};
		const openModal = (event?: Event) => {
			dialog.showModal();
			document.body.toggleAttribute('data-search-modal-open', true);
			focusField();
			event?.stopPropagation();
			window.addEventListener('click', onClick);
			void this.load().then(focusField);
		};
		const closeModal = () => dialog.close();
		const preload = () => void this.load();

		openButton.addEventListener('click', openModal);
		for (const intent of ['pointerenter', 'pointerdown', 'focus'])
			openButton.addEventListener(intent, preload, { passive: true });
		openButton.disabled = false;
		closeButton.addEventListener('click', closeModal);
		dialog.addEventListener('keydown', (event) => {
			// A space on the (phone) Cancel button presses it.
			if (this.#mounted || (event.key === ' ' && event.target instanceof HTMLButtonElement)) return;
			const typed = typedAhead(this.#pending, event);
			if (typed === undefined) return;
			this.#pending = typed;
			event.preventDefault();
		});
		dialog.addEventListener('close', () => {
			this.#pending = '';
			document.body.toggleAttribute('data-search-modal-open', false);
			window.removeEventListener('click', onClick);
		});
		window.addEventListener('keydown', (event) => {
			const action = searchShortcut(event, {
				focused: document.activeElement as HTMLElement | null,
				open: dialog.open,
			});
			if (!action) return;
			event.preventDefault();
			if (action === 'toggle' && dialog.open) closeModal();
			else openModal();
		});
	}

	/** Imports and mounts Pagefind's UI once; a failed import (offline, say) is tried again next time. */
	load(): Promise<void> {
		if (import.meta.env.DEV) return Promise.resolve();
		this.#loading ??= import('./search-ui')
			.then(({ mountSearchUi }) => {
				let translations: Record<string, string> = {};
				try {
					translations = JSON.parse(this.dataset['translations'] || '{}');
				} catch {}
				mountSearchUi({
					element: SEARCH_ELEMENT,
					translations,
					stripTrailingSlash: this.dataset['stripTrailingSlash'] !== undefined,
				});
				this.#mounted = true;
				this.querySelector(SEARCH_ELEMENT)?.removeAttribute('aria-busy');
			})
			.catch((error: unknown) => {
				this.#loading = undefined;
				console.error('The search could not be loaded.', error);
			});
		return this.#loading;
	}
}

export function defineSiteSearch(): void {
	if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
}
