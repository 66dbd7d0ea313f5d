/**
 * Starlight route middleware: on a role or skill page, the sidebar's roles or skills group gets a
 * few of the entry's neighbours (see `entrySidebar`), and the page's previous and next links point
 * at the entries before and after it. Other pages list only the index pages, which list them all.
 */
import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { getCollection } from 'astro:content';
import { entrySidebar, roleOrder, skillOrder } from '../lib/site/navigation.ts';
import { href } from '../lib/site/urls.ts';

type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;

const link = (label: string, path: string, isCurrent = false): SidebarLink => ({
	type: 'link',
	label,
	href: href(path),
	isCurrent,
	badge: undefined,
	attrs: {},
});

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
	const pathname = context.url.pathname.replace(/\/?$/, '/');
	const path = base && pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : pathname;
	const [kind, index] = path.startsWith('/roles/')
		? (['roles', '/roles/'] as const)
		: path.startsWith('/skills/')
			? (['skills', '/skills/'] as const)
			: [];
	if (!kind || path === index) return;
	const order =
		kind === 'roles'
			? roleOrder(await getCollection('roles'))
			: skillOrder(await getCollection('skills'));
	const neighbours = entrySidebar(order, path);
	if (!neighbours) return;
	const group = route.sidebar.find(
		(entry): entry is Extract<SidebarEntry, { type: 'group' }> =>
			entry.type === 'group' &&
			entry.entries.some((item) => item.type === 'link' && item.href === href(index)),
	);
	group?.entries.push({
		type: 'group',
		label: neighbours.label,
		entries: neighbours.items.map((item) => link(item.label, item.link, item.current)),
		collapsed: false,
		badge: undefined,
	});
	route.pagination = {
		prev: neighbours.prev && link(neighbours.prev.label, neighbours.prev.link),
		next: neighbours.next && link(neighbours.next.label, neighbours.next.link),
	};
});
