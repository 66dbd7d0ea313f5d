/** Saves text as a file through the browser's download, without any request leaving the page. */
export function downloadText(fileName: string, text: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.click();
	// Revoked on the next task, after the browser has started the download.
	setTimeout(() => URL.revokeObjectURL(url));
}

/** `backend-career-handbook-<what>-2026-11-24.<extension>` */
export const fileName = (what: string, extension = 'json', date = new Date()): string =>
	`backend-career-handbook-${what}-${date.toISOString().slice(0, 10)}.${extension}`;
