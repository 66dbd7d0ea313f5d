import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { mdxToMarkdown, twinDocument } from '~/lib/site/markdown-twin';
import { loadTwinRenderers, markdown, twinChapters } from './_twin-data';

// `index` is the home page, whose twin is `/index.md`.
export const getStaticPaths = (async () =>
	(await twinChapters()).map((chapter) => ({
		params: { slug: chapter.id === '' ? 'index' : chapter.id },
		props: { chapter },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ chapter: CollectionEntry<'docs'> }> = async ({ props }) => {
	const { renderers } = await loadTwinRenderers();
	const { title, description } = props.chapter.data;
	return markdown(
		twinDocument(title, description ?? '', [mdxToMarkdown(props.chapter.body ?? '', renderers)]),
	);
};
