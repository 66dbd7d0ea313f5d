/** Starlight route middleware: tells Pagefind what kind of page this is and what else it is called. */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection } from 'astro:content';
import { pageSearchData, searchHeadTags } from '../lib/site/search-index.ts';

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const [skills, roles] = await Promise.all([getCollection('skills'), getCollection('roles')]);
	const data = pageSearchData(route.id, { skills, roles });
	route.head.push(...searchHeadTags(data, (key) => context.locals.t(key)));
});
