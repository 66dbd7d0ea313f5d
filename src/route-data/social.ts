/**
 * Starlight route middleware: canonical, Open Graph and Twitter card tags only where the site's
 * public address is known, never on the 404 page (see `lib/site/social.ts`).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { socialHead } from '../lib/site/social.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const head = socialHead(route.head, {
		site: context.site?.href,
		base: import.meta.env.BASE_URL,
		notFound: route.id === '404',
		imageAlt: context.locals.t('handbook.social.imageAlt'),
	});
	route.head.splice(0, route.head.length, ...head);
});
