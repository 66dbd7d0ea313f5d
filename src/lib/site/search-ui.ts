/**
 * The heavy half of the search dialog: Pagefind's default UI, mounted into the dialog the way
 * Starlight's own search component mounts it (same options, same result URLs). The dialog
 * (`search-dialog.ts`) imports this module only when the reader shows an intent to search.
 */
// @ts-expect-error: @pagefind/default-ui ships no types.
import { PagefindUI } from '@pagefind/default-ui';
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';

export interface SearchUiOptions {
	/** The selector of the element the UI fills. */
	element: string;
	/** Pagefind UI strings (Starlight's `pagefind.*` translations). */
	translations: Record<string, string>;
	/** Whether result URLs lose their trailing slash (Astro's `trailingSlash: 'never'`). */
	stripTrailingSlash: boolean;
}

interface Result {
	url: string;
	sub_results: { url: string }[];
}

const stripSlash = (path: string) => path.replace(/(.)\/(#.*)?$/, '$1$2');

export function mountSearchUi({
	element,
	translations,
	stripTrailingSlash,
}: SearchUiOptions): void {
	const formatURL = stripTrailingSlash ? stripSlash : (path: string) => path;
	new PagefindUI({
		...pagefindUserConfig,
		element,
		baseUrl: import.meta.env.BASE_URL,
		bundlePath: import.meta.env.BASE_URL.replace(/\/$/, '') + '/pagefind/',
		showImages: false,
		translations,
		showSubResults: true,
		processResult: (result: Result) => {
			result.url = formatURL(result.url);
			result.sub_results = result.sub_results.map((subResult) => {
				subResult.url = formatURL(subResult.url);
				return subResult;
			});
		},
	});
}
