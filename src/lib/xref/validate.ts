/**
 * Second pass of the validator: judge the whole collected set at once and return every problem,
 * sorted by file and position. Reporting is left to `report.ts`.
 */
import type { z } from 'zod';
import type { ContentFile, Position } from '../content/content-files.ts';
import {
	chapterFieldsSchema,
	questionBankSchema,
	roleSchema,
	selfCheckSchema,
	skillSchema,
} from '../content/schemas.ts';
import type { Problem } from './catalogue.ts';
import type { Collection, Definition, TargetKind } from './types.ts';
import { suggest } from './suggest.ts';
import { diagramProblems } from './validate-diagrams.ts';
import { levelProblems } from './validate-levels.ts';
import { questionProblems } from './validate-questions.ts';

/** The role every other role must be reachable from through transitions. */
export const START_ROLE = 'intern';

const NOUN: Record<TargetKind, string> = {
	skill: 'skill',
	role: 'role',
	'self-check': 'self-check',
};

const SCHEMAS: Record<ContentFile['kind'], () => z.ZodType> = {
	skill: skillSchema,
	role: roleSchema,
	'self-check': selfCheckSchema,
	bank: questionBankSchema,
	chapter: chapterFieldsSchema,
};

function schemaProblems(
	file: ContentFile,
	schemas: Map<ContentFile['kind'], z.ZodType>,
): Problem[] {
	if (file.parseError) {
		const { message, line, column } = file.parseError;
		return [
			{
				id: 'invalid-entry',
				file: file.path,
				line,
				column,
				value: '',
				message: `YAML could not be read: ${message}`,
			},
		];
	}
	let schema = schemas.get(file.kind);
	if (!schema) schemas.set(file.kind, (schema = SCHEMAS[file.kind]()));
	const result = schema.safeParse(file.data.value);
	if (result.success) return [];
	return result.error.issues
		.filter(
			(issue) => !(file.kind === 'role' && issue.path[0] === 'skills' && issue.path.length === 2),
		)
		.map((issue) => {
			const path = issue.path.filter(
				(segment): segment is string | number => typeof segment !== 'symbol',
			);
			let position = file.data.positionOf(path);
			for (let depth = path.length - 1; !position && depth >= 0; depth--)
				position = file.data.positionOf(path.slice(0, depth));
			const field = path.length ? path.join('.') : 'the entry';
			return {
				id: 'invalid-entry' as const,
				file: file.path,
				...(position ?? { line: 1, column: 1 }),
				value: field,
				message: `${field}: ${issue.message}`,
			};
		});
}

interface Keyed {
	key: string;
	label: string;
	id: string;
	file: string;
	locate: () => Position;
}

const at = (item: { locate: () => Position }) => {
	const { line, column } = item.locate();
	return `${line}:${column}`;
};

function duplicateProblems(items: Keyed[]): Problem[] {
	const seen = new Map<string, (typeof items)[number]>();
	const problems: Problem[] = [];
	for (const item of items) {
		const first = seen.get(item.key);
		if (!first) {
			seen.set(item.key, item);
			continue;
		}
		problems.push({
			id: 'duplicate-id',
			file: item.file,
			...item.locate(),
			value: item.id,
			message: `"${item.id}" is already used as ${item.label} at ${first.file}:${at(first)}.`,
		});
	}
	return problems;
}

/** Judges a collection; returns errors and warnings sorted by file, line and column. */
export function validate(collection: Collection): Problem[] {
	// One schema per kind: zod compiles a schema on first use, which is costly per file.
	const schemas = new Map<ContentFile['kind'], z.ZodType>();
	const problems: Problem[] = collection.files.flatMap((file) => schemaProblems(file, schemas));

	const current = new Map<TargetKind, Map<string, Definition>>();
	const former = new Map<TargetKind, Map<string, Definition>>();
	for (const definition of collection.definitions) {
		const index = definition.former ? former : current;
		if (!index.has(definition.kind)) index.set(definition.kind, new Map());
		index.get(definition.kind)?.set(definition.id, definition);
	}
	const ids = (kind: TargetKind) => current.get(kind) ?? new Map<string, Definition>();

	problems.push(
		...duplicateProblems(
			collection.definitions.map((definition) => ({
				...definition,
				key: `${definition.kind}:${definition.id}`,
				label: definition.former
					? `a former ${NOUN[definition.kind]} id`
					: `a ${NOUN[definition.kind]} id`,
			})),
		),
		...duplicateProblems(
			collection.localIds.map((local) => ({
				...local,
				key: `${local.file}:${local.scope}:${local.id}`,
			})),
		),
	);

	for (const reference of collection.references) {
		if (ids(reference.target).has(reference.id)) continue;
		const renamed = former.get(reference.target)?.get(reference.id);
		const suggestion = renamed
			? (collection.definitions.find(
					(d) => !d.former && d.kind === renamed.kind && d.file === renamed.file,
				)?.id ?? undefined)
			: suggest(reference.id, ids(reference.target).keys());
		const noun = NOUN[reference.target];
		problems.push({
			id: 'unknown-id',
			file: reference.file,
			...reference.locate(),
			value: reference.id,
			message: renamed
				? `The ${noun} "${reference.id}" was renamed to "${suggestion}".`
				: `Unknown ${noun} "${reference.id}" in ${reference.site}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
			...(suggestion ? { suggestion } : {}),
		});
	}

	for (const level of collection.levels) {
		if (
			typeof level.value === 'number' &&
			Number.isInteger(level.value) &&
			level.value >= 1 &&
			level.value <= 4
		)
			continue;
		problems.push({
			id: 'level-out-of-range',
			file: level.file,
			...level.locate(),
			value: String(level.value),
			message: `Level ${JSON.stringify(level.value)} for skill "${level.skill}" is not a whole number from 1 to 4.`,
		});
	}

	const roles = ids('role');
	const next = new Map<string, string[]>();
	for (const edge of collection.transitions) {
		if (edge.from === edge.to) {
			problems.push({
				id: 'self-transition',
				file: edge.file,
				...edge.locate(),
				value: edge.to,
				message: `The role "${edge.from}" has a transition to itself.`,
			});
		}
		next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
	}
	const reached = new Set<string>();
	const queue = roles.has(START_ROLE) ? [START_ROLE] : [];
	for (let role = queue.shift(); role !== undefined; role = queue.shift()) {
		if (reached.has(role)) continue;
		reached.add(role);
		queue.push(...(next.get(role) ?? []).filter((target) => roles.has(target)));
	}
	for (const role of roles.values()) {
		if (reached.has(role.id)) continue;
		problems.push({
			id: 'unreachable-role',
			file: role.file,
			...role.locate(),
			value: role.id,
			message: roles.has(START_ROLE)
				? `No chain of transitions leads from "${START_ROLE}" to "${role.id}".`
				: `There is no "${START_ROLE}" role to start the career paths from.`,
		});
	}

	const expected = new Set(collection.levels.map((level) => level.skill));
	for (const skill of ids('skill').values()) {
		if (expected.has(skill.id)) continue;
		problems.push({
			id: 'unused-skill',
			file: skill.file,
			...skill.locate(),
			value: skill.id,
			message: `No role lists the skill "${skill.id}" in its \`skills\`.`,
		});
	}

	const links = new Set(collection.related.map((edge) => `${edge.from}>${edge.to}`));
	for (const edge of collection.related) {
		if (!ids('skill').has(edge.to) || links.has(`${edge.to}>${edge.from}`)) continue;
		problems.push({
			id: 'one-way-related',
			file: edge.file,
			...edge.locate(),
			value: edge.to,
			message: `"${edge.from}" lists "${edge.to}" as related, but "${edge.to}" does not list "${edge.from}".`,
		});
	}

	problems.push(
		...levelProblems(collection),
		...questionProblems(collection.files, [...ids('skill').keys()]),
		...diagramProblems(collection.diagrams),
	);

	return problems.sort(
		(a, b) =>
			a.file.localeCompare(b.file) ||
			a.line - b.line ||
			a.column - b.column ||
			a.id.localeCompare(b.id),
	);
}
