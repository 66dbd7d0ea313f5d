import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { skillsFile } from '~/lib/site/data-export';
import { dataContext, json } from './_context';

export const GET: APIRoute = async () =>
	json(skillsFile(await getCollection('skills'), dataContext()));
