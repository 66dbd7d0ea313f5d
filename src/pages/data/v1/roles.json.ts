import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { rolesFile } from '~/lib/site/data-export';
import { dataContext, json } from './_context';

export const GET: APIRoute = async () =>
	json(rolesFile(await getCollection('roles'), dataContext()));
