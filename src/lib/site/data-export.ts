/**
 * The open data the build publishes at `/data/v1/`: JSON files generated from the same
 * collections the pages use, their JSON Schemas, and the role × skill level matrix as CSV.
 * Every JSON document is checked against its schema before it is written.
 */
import { z } from 'zod';
import { inShownOrder } from '../content/option-order.ts';
import {
	DATA_LICENCE,
	DATA_SCHEMAS,
	DATA_VERSION,
	type DataName,
} from '../content/export-schemas.ts';
import type { QuestionBank, Role, SelfCheck, Skill } from '../content/schemas.ts';
import { sortRoles, sortSkills, type Entry } from '../career/queries.ts';
import { rolePath, skillPath, withBase } from './urls.ts';

export const DATA_PATH = `/data/v${DATA_VERSION}/`;

export interface DataContext {
	/** The site's base path, e.g. `/handbook/`. */
	base: string;
	/** The public address (`SITE`), when the build knows it; without it URLs stay root-relative. */
	site: string | undefined;
}

/** A path on the site, made absolute when the public address is known. */
export function publicUrl(path: string, { base, site }: DataContext): string {
	const local = withBase(path, base);
	return site ? new URL(local, site).href : local;
}

const licence = { ...DATA_LICENCE };
const envelope = { version: DATA_VERSION, licence } as const;

/** A document that does not match its schema: the build stops and names the entry and field. */
export class DataExportError extends Error {}

/** Checks a document against its schema and returns it, or throws naming the entry and field. */
export function checked<T>(name: DataName, document: T): T {
	const result = DATA_SCHEMAS[name]().safeParse(document);
	if (result.success) return document;
	const issue = result.error.issues[0];
	const path = issue?.path ?? [];
	// `skills.3.levels.2` → the entry is the one at `skills.3`; name it by its id.
	const container =
		path.length >= 2 ? (document as Record<string, unknown[]>)[String(path[0])] : undefined;
	const entry = Array.isArray(container)
		? (container[Number(path[1])] as { id?: string; skill?: string })
		: undefined;
	const entryName = entry?.id ?? entry?.skill;
	throw new DataExportError(
		`${DATA_PATH}${name}.json would not match its schema: ${entryName ? `entry "${entryName}", ` : ''}field ${path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}.`,
	);
}

export function skillsFile(skills: readonly Entry<Skill>[], context: DataContext) {
	return checked('skills', {
		...envelope,
		skills: sortSkills(skills).map((skill) => ({
			id: skill.id,
			...skill.data,
			url: publicUrl(skillPath(skill.id), context),
		})),
	});
}

export function rolesFile(roles: readonly Entry<Role>[], context: DataContext) {
	return checked('roles', {
		...envelope,
		roles: sortRoles(roles).map((role) => ({
			id: role.id,
			...role.data,
			url: publicUrl(rolePath(role.id), context),
		})),
	});
}

export function questionsFile(
	selfChecks: readonly Entry<SelfCheck>[],
	bank: readonly Entry<QuestionBank>[],
) {
	const byId = <T extends { id: string }>(entries: readonly T[]) =>
		[...entries].sort((a, b) => a.id.localeCompare(b.id));
	return checked('questions', {
		...envelope,
		selfChecks: byId(selfChecks).map((check) => ({
			id: check.id,
			title: check.data.title,
			questions: inShownOrder(check.id, check.data.questions),
			formerIds: check.data.formerIds,
		})),
		bank: byId(bank).map((entry) => ({
			skill: entry.id,
			questions: inShownOrder(entry.id, entry.data.questions),
		})),
	});
}

interface Counts {
	skills: number;
	roles: number;
	selfChecks: number;
	bankQuestions: number;
}

/** The files `index.json` lists, in the order a reader would want them. */
export const DATA_FILES = [
	{
		name: 'index.json',
		mediaType: 'application/json',
		schema: 'index',
		description: 'This list: the data version, the build date, the licence and the counts.',
	},
	{
		name: 'roles.json',
		mediaType: 'application/json',
		schema: 'roles',
		description:
			'Every role: track, family, scope, expected skill levels, transitions with focus skills and milestones, interview assessment.',
	},
	{
		name: 'skills.json',
		mediaType: 'application/json',
		schema: 'skills',
		description:
			'Every skill: category, aliases, the four level descriptors, practice, mistakes, related skills and resources.',
	},
	{
		name: 'questions.json',
		mediaType: 'application/json',
		schema: 'questions',
		description: 'The self-checks and the levelled question bank, with answers and explanations.',
	},
	{
		name: 'levels.csv',
		mediaType: 'text/csv',
		description:
			'The role × skill level matrix for spreadsheets: one row per skill, one column per role.',
	},
] as const;

export function indexFile(counts: Counts, built: Date, context: DataContext) {
	return checked('index', {
		...envelope,
		built: built.toISOString(),
		baseUrl: publicUrl('/', context),
		counts,
		files: DATA_FILES.map((file) => ({
			name: file.name,
			url: publicUrl(`${DATA_PATH}${file.name}`, context),
			mediaType: file.mediaType,
			...('schema' in file
				? { schema: publicUrl(`${DATA_PATH}schema/${file.schema}.schema.json`, context) }
				: {}),
			description: file.description,
		})),
	});
}

/** The JSON Schema of a data file, generated from its zod schema. */
export function jsonSchemaOf(name: DataName, context: DataContext): Record<string, unknown> {
	return {
		$id: publicUrl(`${DATA_PATH}schema/${name}.schema.json`, context),
		...z.toJSONSchema(DATA_SCHEMAS[name](), { target: 'draft-2020-12' }),
	};
}

/** One CSV field, quoted as RFC 4180 asks when it holds a comma, a quote or a line break. */
const field = (value: string | number) => {
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The level matrix as RFC 4180 CSV: a header of `Skill`, `Skill id` and each role as
 * `Title (id)`, in the handbook's order, then one row per skill with the level or an empty cell.
 */
export function levelsCsv(roles: readonly Entry<Role>[], skills: readonly Entry<Skill>[]): string {
	const columns = sortRoles(roles);
	const rows = [
		['Skill', 'Skill id', ...columns.map((role) => `${role.data.title} (${role.id})`)],
		...sortSkills(skills).map((skill) => [
			skill.data.title,
			skill.id,
			...columns.map((role) => role.data.skills[skill.id] ?? ''),
		]),
	];
	return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
