import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { roleMarkdown } from '~/lib/site/markdown-twin';
import { loadTwinRenderers, markdown } from '../_twin-data';

export const getStaticPaths = (async () =>
	(await getCollection('roles')).map((role) => ({
		params: { id: role.id },
		props: { role },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ role: CollectionEntry<'roles'> }> = async ({ props }) => {
	const { renderers } = await loadTwinRenderers();
	return markdown(roleMarkdown(props.role.data, props.role.body ?? '', renderers));
};
