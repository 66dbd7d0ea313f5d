import type { APIRoute } from 'astro';
import { robotsTxt } from '~/lib/site/social';

export const GET: APIRoute = ({ site }) =>
	new Response(robotsTxt(site?.href, import.meta.env.BASE_URL), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
