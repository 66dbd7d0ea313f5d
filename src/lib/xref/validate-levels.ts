/**
 * The level rules: what a role's expected skill levels must respect so that every tool computing
 * from them (plans, gaps, rubrics, the map) tells a reader something true.
 *
 * - `level-above-scope`: a role expects no level wider than its scope (`SCOPE_MAX_LEVEL`).
 * - `ladder-regression`: a move between two ladder roles keeps every skill at least where it was.
 * - `flat-step`: a move between two ladder roles raises at least `MIN_RAISED` skills.
 * - `focus-not-raised`: every focus skill of a move is expected higher by the target than the source.
 */
import { ROLE_SCOPES, SCOPE_MAX_LEVEL, type RoleScope } from '../content/schemas.ts';
import type { Problem } from './catalogue.ts';
import type { Collection, RoleFacts } from './types.ts';

/** How many skills a step up the ladder raises at the least. */
export const MIN_RAISED = 3;

const isScope = (value: unknown): value is RoleScope =>
	typeof value === 'string' && (ROLE_SCOPES as readonly string[]).includes(value);

const isLevel = (value: unknown): value is number =>
	typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 4;

export function levelProblems(collection: Collection): Problem[] {
	const problems: Problem[] = [];
	const levelsOf = new Map<string, Map<string, number>>();
	for (const level of collection.levels) {
		if (!isLevel(level.value)) continue;
		if (!levelsOf.has(level.role)) levelsOf.set(level.role, new Map());
		levelsOf.get(level.role)?.set(level.skill, level.value);
	}
	const roles = new Map<string, RoleFacts>(collection.roles.map((role) => [role.id, role]));

	for (const level of collection.levels) {
		const scope = roles.get(level.role)?.scope;
		if (!isScope(scope) || !isLevel(level.value)) continue;
		const max = SCOPE_MAX_LEVEL[scope];
		if (level.value <= max) continue;
		problems.push({
			id: 'level-above-scope',
			file: level.file,
			...level.locate(),
			value: `${level.skill}: ${level.value}`,
			message: `"${level.role}" has scope "${scope}", which allows levels up to ${max}, but expects "${level.skill}" at ${level.value}.`,
		});
	}

	for (const source of collection.roles) {
		const from = levelsOf.get(source.id) ?? new Map<string, number>();
		for (const move of source.transitions) {
			const target = roles.get(move.to);
			// A move to the role itself is its own error (`self-transition`).
			if (!target || move.to === source.id) continue;
			const to = levelsOf.get(move.to) ?? new Map<string, number>();
			const arrow = `"${source.id}" → "${move.to}"`;

			for (const focus of move.focus) {
				const before = from.get(focus.skill) ?? 0;
				const after = to.get(focus.skill);
				if (after !== undefined && after > before) continue;
				problems.push({
					id: 'focus-not-raised',
					file: focus.file,
					...focus.locate(),
					value: focus.skill,
					message:
						after === undefined
							? `The move ${arrow} names "${focus.skill}" as a focus, but "${move.to}" does not expect it.`
							: `The move ${arrow} names "${focus.skill}" as a focus, but "${move.to}" expects it at ${after}, not above the ${before} of "${source.id}".`,
				});
			}

			if (source.track !== 'ladder' || target.track !== 'ladder') continue;
			for (const [skill, before] of from) {
				const after = to.get(skill);
				if (after !== undefined && after >= before) continue;
				problems.push({
					id: 'ladder-regression',
					file: move.file,
					...move.locate(),
					value: skill,
					message:
						after === undefined
							? `The ladder step ${arrow} drops "${skill}", which "${source.id}" expects at ${before}.`
							: `The ladder step ${arrow} lowers "${skill}" from ${before} to ${after}.`,
				});
			}
			const raised = [...to].filter(([skill, after]) => after > (from.get(skill) ?? 0));
			if (raised.length >= MIN_RAISED) continue;
			problems.push({
				id: 'flat-step',
				file: move.file,
				...move.locate(),
				value: move.to,
				message: `The ladder step ${arrow} raises ${raised.length === 0 ? 'no skill' : raised.map(([skill]) => `"${skill}"`).join(', ')}; a step up the ladder raises at least ${MIN_RAISED}.`,
			});
		}
	}
	return problems;
}
