/** The collections the Markdown twins and llms.txt render from, loaded once per endpoint. */
import { getCollection } from 'astro:content';
import { MILESTONE_CHART } from '~/lib/diagrams/career-diagrams';
import { twinRenderers } from '~/lib/site/twin-renderers';

export async function loadTwinRenderers() {
	const [roles, skills, selfChecks] = await Promise.all([
		getCollection('roles'),
		getCollection('skills'),
		getCollection('selfChecks'),
	]);
	const context = { base: import.meta.env.BASE_URL, site: process.env['SITE'] || undefined };
	return {
		roles,
		skills,
		context,
		renderers: twinRenderers({ roles, skills, selfChecks, milestone: MILESTONE_CHART }, context),
	};
}

/** The chapters that get a twin: every docs page but the 404 page. */
export const twinChapters = () => getCollection('docs', (doc) => doc.id !== '404');

export const markdown = (text: string): Response =>
	new Response(text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
