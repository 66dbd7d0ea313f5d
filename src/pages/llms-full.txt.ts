import type { APIRoute } from 'astro';
import { mdxToMarkdown, roleMarkdown, skillMarkdown, twinDocument } from '~/lib/site/markdown-twin';
import { printOrder } from '~/lib/site/print';
import { sortRoles, sortSkills } from '~/lib/career/queries';
import { loadTwinRenderers, twinChapters } from './_twin-data';

/** Every chapter in reading order, then every role and skill, as one Markdown document. */
export const GET: APIRoute = async () => {
	const { roles, skills, renderers } = await loadTwinRenderers();
	const chapters = printOrder(await twinChapters()).map((chapter) =>
		twinDocument(chapter.data.title, chapter.data.description ?? '', [
			mdxToMarkdown(chapter.body ?? '', renderers),
		]),
	);
	const documents = [
		...chapters,
		...sortRoles(roles).map(({ id, data }) =>
			roleMarkdown(data, roles.find((role) => role.id === id)?.body ?? '', renderers),
		),
		...sortSkills(skills).map(({ id, data }) =>
			skillMarkdown(data, skills.find((skill) => skill.id === id)?.body ?? '', renderers),
		),
	];
	return new Response(documents.join('\n---\n\n'), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
