import type { APIRoute } from 'astro';
import { llmsOutline } from '~/lib/site/llms';
import { loadTwinRenderers, twinChapters } from './_twin-data';

export const GET: APIRoute = async () => {
	const { roles, skills, context } = await loadTwinRenderers();
	return new Response(llmsOutline(await twinChapters(), roles, skills, context), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
