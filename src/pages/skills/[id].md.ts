import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { skillMarkdown } from '~/lib/site/markdown-twin';
import { loadTwinRenderers, markdown } from '../_twin-data';

export const getStaticPaths = (async () =>
	(await getCollection('skills')).map((skill) => ({
		params: { id: skill.id },
		props: { skill },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ skill: CollectionEntry<'skills'> }> = async ({ props }) => {
	const { renderers } = await loadTwinRenderers();
	return markdown(skillMarkdown(props.skill.data, props.skill.body ?? '', renderers));
};
