import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { questionsFile } from '~/lib/site/data-export';
import { json } from './_context';

export const GET: APIRoute = async () =>
	json(questionsFile(await getCollection('selfChecks'), await getCollection('questionBank')));
