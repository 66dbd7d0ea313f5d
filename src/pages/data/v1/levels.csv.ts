import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { levelsCsv } from '~/lib/site/data-export';

export const GET: APIRoute = async () =>
	new Response(levelsCsv(await getCollection('roles'), await getCollection('skills')), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
