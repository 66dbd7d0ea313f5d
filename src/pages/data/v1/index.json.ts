import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { indexFile } from '~/lib/site/data-export';
import { dataContext, json } from './_context';

export const GET: APIRoute = async () => {
	const bank = await getCollection('questionBank');
	const counts = {
		skills: (await getCollection('skills')).length,
		roles: (await getCollection('roles')).length,
		selfChecks: (await getCollection('selfChecks')).length,
		bankQuestions: bank.reduce((sum, entry) => sum + entry.data.questions.length, 0),
	};
	return json(indexFile(counts, new Date(), dataContext()));
};
