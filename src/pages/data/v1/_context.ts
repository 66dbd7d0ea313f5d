/** What every data endpoint needs: the site's base path and, when set, its public address. */
import type { DataContext } from '~/lib/site/data-export';

export const dataContext = (): DataContext => ({
	base: import.meta.env.BASE_URL,
	site: process.env['SITE'] || undefined,
});

export const json = (document: unknown): Response =>
	new Response(JSON.stringify(document), { headers: { 'Content-Type': 'application/json' } });
