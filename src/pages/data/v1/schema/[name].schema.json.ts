import type { APIRoute, GetStaticPaths } from 'astro';
import { DATA_SCHEMAS, type DataName } from '~/lib/content/export-schemas';
import { jsonSchemaOf } from '~/lib/site/data-export';
import { dataContext, json } from '../_context';

export const getStaticPaths = (() =>
	Object.keys(DATA_SCHEMAS).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
	json(jsonSchemaOf(params['name'] as DataName, dataContext()));
