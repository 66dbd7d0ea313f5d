import type { APIRoute } from 'astro';
import strings from '~/content/i18n/en.json' with { type: 'json' };
import { llmsOutline } from '~/lib/site/llms';
import { loadTwinRenderers, twinChapters } from './_twin-data';

export const GET: APIRoute = async () => {
	const { roles, skills, context } = await loadTwinRenderers();
	return new Response(
		llmsOutline(await twinChapters(), roles, skills, context, (key) => strings[key]),
		{
			headers: { 'Content-Type': 'text/plain; charset=utf-8' },
		},
	);
};
