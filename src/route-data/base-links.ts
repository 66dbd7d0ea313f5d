/**
 * Starlight route middleware: hero action links are frontmatter, which no Markdown plugin sees, so
 * root-relative ones get Astro's `base` here.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { href } from '../lib/site/urls.ts';

export const onRequest = defineRouteMiddleware(({ locals }) => {
	for (const action of locals.starlightRoute.entry.data.hero?.actions ?? []) {
		action.link = href(action.link);
	}
});
