/**
 * The shapes of the open data published at `/data/v1/`: the content schemas with each entry's id
 * and page URL, inside an envelope that names the data version and the licence. The JSON Schema
 * files beside the data are generated from these (`z.toJSONSchema`); nothing is written by hand.
 * A change that would break a reader of v1 goes to a new version, never into v1.
 */
import { z } from 'zod';
import {
	bankQuestionSchema,
	idSchema,
	questionSchema,
	roleSchema,
	skillSchema,
} from './schemas.ts';

export const DATA_VERSION = 1;

/** The licence of the handbook's text and data. */
export const DATA_LICENCE = {
	id: 'CC-BY-4.0',
	name: 'Creative Commons Attribution 4.0 International',
	url: 'https://creativecommons.org/licenses/by/4.0/',
	attribution: 'Backend Career Handbook contributors, CC BY 4.0',
} as const;

/** The licence, as every data file states it. */
export const licenceSchema = () =>
	z.strictObject({
		/** SPDX identifier, `CC-BY-4.0`. */
		id: z.literal(DATA_LICENCE.id),
		/** The licence's name. */
		name: z.string(),
		/** The licence's text. */
		url: z.url(),
		/** How to credit the handbook when reusing the data. */
		attribution: z.string(),
	});

/** Page URLs are absolute when the site's address is known at build, else root-relative. */
const pageUrl = () => z.string().min(1);

/** One skill of `skills.json`. */
export const skillItemSchema = () =>
	skillSchema().extend({
		/** The skill's stable id (its file name); a renamed skill keeps its old ids in `formerIds`. */
		id: idSchema(),
		/** The skill's page in the handbook. */
		url: pageUrl(),
	});

/** One role of `roles.json`. */
export const roleItemSchema = () =>
	roleSchema().extend({
		/** The role's stable id (its file name); a renamed role keeps its old ids in `formerIds`. */
		id: idSchema(),
		/** The role's page in the handbook. */
		url: pageUrl(),
	});

/** A self-check of `questions.json`. */
export const selfCheckItemSchema = () =>
	z.strictObject({
		/** The self-check's stable id (its file name). */
		id: idSchema(),
		/** Its heading. */
		title: z.string(),
		/** Its questions, options in the order the handbook shows them. */
		questions: z.array(questionSchema()),
		/** Ids it had before a rename. */
		formerIds: z.array(idSchema()),
	});

/** One skill's questions of the bank in `questions.json`. */
export const bankItemSchema = () =>
	z.strictObject({
		/** The skill every question tests. */
		skill: idSchema(),
		/** Its questions, each at one level, options in the order the handbook shows them. */
		questions: z.array(bankQuestionSchema()),
	});

/** What every data file starts with. */
const envelope = () => ({
	/** The data version: the `v1` of the URL. */
	version: z.literal(DATA_VERSION),
	/** The licence of the data. */
	licence: licenceSchema(),
});

export const skillsFileSchema = () =>
	z.strictObject({
		...envelope(),
		/** Every skill, by title. */
		skills: z.array(skillItemSchema()),
	});

export const rolesFileSchema = () =>
	z.strictObject({
		...envelope(),
		/** Every role: the ladder first, then the alternatives, each by `order`. */
		roles: z.array(roleItemSchema()),
	});

export const questionsFileSchema = () =>
	z.strictObject({
		...envelope(),
		/** The chapter and role self-checks. */
		selfChecks: z.array(selfCheckItemSchema()),
		/** The levelled question bank behind the coach, one entry per skill. */
		bank: z.array(bankItemSchema()),
	});

/** One published file, as `index.json` lists it. */
export const dataFileEntrySchema = () =>
	z.strictObject({
		/** The file's name, e.g. `roles.json`. */
		name: z.string(),
		/** Where to fetch it. */
		url: z.string(),
		/** Its media type. */
		mediaType: z.string(),
		/** Its JSON Schema, for the JSON files. */
		schema: z.string().optional(),
		/** What it holds. */
		description: z.string(),
	});

export const indexFileSchema = () =>
	z.strictObject({
		...envelope(),
		/** When the data was built, as an ISO 8601 date and time. */
		built: z.iso.datetime(),
		/** The handbook's address: absolute when known at build, else its base path. */
		baseUrl: z.string(),
		/** How many entries of each kind the data holds. */
		counts: z.strictObject({
			skills: z.number().int(),
			roles: z.number().int(),
			selfChecks: z.number().int(),
			bankQuestions: z.number().int(),
		}),
		/** Every published file. */
		files: z.array(dataFileEntrySchema()),
	});

/** The JSON files with a schema, by name (`<name>.json`, `schema/<name>.schema.json`). */
export const DATA_SCHEMAS = {
	index: indexFileSchema,
	skills: skillsFileSchema,
	roles: rolesFileSchema,
	questions: questionsFileSchema,
} as const;
export type DataName = keyof typeof DATA_SCHEMAS;
