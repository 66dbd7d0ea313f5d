import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import strings from './content/i18n/en.json' with { type: 'json' };
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { CONTENT_DIRS } from './lib/content/content-files.ts';
import {
	chapterFieldsSchema,
	questionBankSchema,
	roleSchema,
	selfCheckSchema,
	skillSchema,
} from './lib/content/schemas.ts';

/** The handbook's own UI strings, declared so Starlight validates and types them. */
const handbookStrings = z.object(
	Object.fromEntries(Object.keys(strings).map((key) => [key, z.string().optional()])),
);

export const collections = {
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: handbookStrings }) }),
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({ extend: chapterFieldsSchema() }),
	}),
	skills: defineCollection({
		loader: glob({ base: CONTENT_DIRS.skill, pattern: '**/[^_]*.{md,mdx}' }),
		schema: skillSchema(),
	}),
	roles: defineCollection({
		loader: glob({ base: CONTENT_DIRS.role, pattern: '**/[^_]*.{md,mdx}' }),
		schema: roleSchema(),
	}),
	selfChecks: defineCollection({
		loader: glob({ base: CONTENT_DIRS['self-check'], pattern: '**/[^_]*.{yaml,yml,json}' }),
		schema: selfCheckSchema(),
	}),
	questionBank: defineCollection({
		loader: glob({ base: CONTENT_DIRS.bank, pattern: '**/[^_]*.{yaml,yml}' }),
		schema: questionBankSchema(),
	}),
};
