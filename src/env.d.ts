declare namespace StarlightApp {
	type UIStrings = typeof import('./content/i18n/en.json');
	interface I18n extends UIStrings {}
}

/** Starlight's virtual modules that `overrides/Search.astro` and `lib/site/search-ui.ts` read. */
declare module 'virtual:starlight/project-context' {
	const project: { trailingSlash: 'always' | 'never' | 'ignore' };
	export default project;
}
declare module 'virtual:starlight/pagefind-config' {
	export const pagefindUserConfig: Record<string, unknown>;
}
