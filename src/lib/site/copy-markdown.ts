/** The "Copy page as Markdown" buttons: fetch the page's twin from this site, put it on the clipboard. */
export function enableCopyButtons(root: ParentNode): void {
	for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-markdown]')) {
		// Without the Clipboard API the link beside the button is the way.
		if (!navigator.clipboard) continue;
		const status = button.nextElementSibling;
		button.hidden = false;
		button.addEventListener('click', async () => {
			try {
				const response = await fetch(button.dataset['copyMarkdown'] ?? '');
				if (!response.ok) throw new Error(String(response.status));
				await navigator.clipboard.writeText(await response.text());
				if (status) status.textContent = button.dataset['copied'] ?? '';
			} catch {
				if (status) status.textContent = button.dataset['failed'] ?? '';
			}
		});
	}
}
