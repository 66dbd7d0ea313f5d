/**
 * Fuzzing the plan link: `readPlanFragment` reads whatever fragment a link carries, and
 * `resolveSharedPlan` checks what it read against the content, as the planner does on load.
 * A shared plan is kept on the page only, never saved, so there is no stored state to compare.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	planFragment,
	readPlanFragment,
	resolveSharedPlan,
	type SharedPlan,
} from '../../src/lib/career/planner.ts';
import { ID_PATTERN, type Renamable } from '../../src/lib/content/ids.ts';
import { idArb, ROLES, RUNS, SEED, SKILLS, textArb } from '../fixtures/fuzz-progress/documents.ts';

const options = { seed: SEED, numRuns: RUNS };
const ROLE_IDS = ROLES.map((role) => role.id);
const SKILL_IDS = SKILLS.map((skill) => skill.id);

const isPair = (text: string) => {
	const match = /^([^:]+):([0-4])$/.exec(text);
	return match !== null && ID_PATTERN.test(match[1]!);
};

/** Text that is not an id: markup, capitals, stray hyphens, inherited names, any text. */
const notIdArb = fc
	.oneof(
		fc.constantFrom(
			'<img src=x onerror=alert(1)>',
			'Intern',
			'a--b',
			'-a',
			'a-',
			'a b',
			'__proto__',
			'toString',
			'%',
			'+',
		),
		fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
	)
	.filter((text) => !ID_PATTERN.test(text));

/** A piece of the `ratings` parameter that is not `id:0`-`id:4`. */
const badPairArb = fc
	.oneof(
		fc.constantFrom(
			'sql:9',
			'sql:',
			':2',
			'sql',
			'SQL:2',
			'sql:2:3',
			'sql:-1',
			'sql:1.5',
			'sql: 2',
			'__proto__:2',
			'constructor:5',
			'<b>x</b>:2',
		),
		fc.tuple(notIdArb, fc.integer({ min: 0, max: 4 })).map(([id, rating]) => `${id}:${rating}`),
		fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
	)
	.filter((text) => !text.includes(',') && !isPair(text));

const ratingArb = fc.integer({ min: 0, max: 4 });
/** A role in the link: absent, empty, an id, or anything else. */
const endArb = fc.oneof(fc.constant(undefined), fc.constant(''), idArb, notIdArb);
/** Parameters the planner does not read. */
const extraArb = fc.tuple(
	fc
		.oneof(
			fc.constantFrom('__proto__', 'constructor', 'prototype', 'levels', 'From', 'ratings ', ''),
			fc.string({ unit: 'binary', maxLength: 8 }),
		)
		.filter((key) => !['from', 'to', 'ratings'].includes(key)),
	fc.string({ unit: 'binary', maxLength: 12 }),
);

/** A fragment put together from known parts, with what reading it must give. */
const fragmentArb = fc
	.record({
		from: endArb,
		to: endArb,
		ratings: fc.option(
			fc.array(fc.oneof(fc.tuple(idArb, ratingArb), badPairArb, fc.constant('')), {
				maxLength: 6,
			}),
			{ nil: undefined },
		),
		extras: fc.array(fc.tuple(extraArb, fc.nat()), { maxLength: 3 }),
		hash: fc.boolean(),
	})
	.map(({ from, to, ratings, extras, hash }) => {
		const params: string[] = [];
		const add = (key: string, value: string) => params.push(`${encodeURIComponent(key)}=${value}`);
		if (from !== undefined) add('from', encodeURIComponent(from));
		if (to !== undefined) add('to', encodeURIComponent(to));
		if (ratings)
			add(
				'ratings',
				ratings
					.map((piece) =>
						typeof piece === 'string' ? encodeURIComponent(piece) : `${piece[0]}:${piece[1]}`,
					)
					.join(','),
			);
		for (const [[key, value], at] of extras)
			params.splice(
				at % (params.length + 1),
				0,
				`${encodeURIComponent(key)}=${encodeURIComponent(value)}`,
			);
		const role = (text: string | undefined) => (text && ID_PATTERN.test(text) ? text : undefined);
		const expected =
			from === undefined && to === undefined
				? undefined
				: {
						plan: {
							from: role(from),
							to: role(to),
							ratings: Object.fromEntries(
								(ratings ?? []).filter((piece) => typeof piece !== 'string'),
							),
						},
						rejected: [
							...[from, to].filter((text) => text && !role(text)),
							...(ratings ?? []).filter((piece) => typeof piece === 'string' && piece),
						],
					};
		return { fragment: `${hash ? '#' : ''}${params.join('&')}`, expected };
	});

/** Any text at all after the `#`: lone surrogates, broken escapes, parameters run together. */
const rawFragmentArb = fc.oneof(
	textArb({ maxLength: 60 }),
	fc
		.array(
			fc.oneof(
				fc.constantFrom(
					'#',
					'from=',
					'to=',
					'ratings=',
					'&',
					',',
					':',
					'=',
					'%',
					'%ED%A0%80',
					'%FF',
					'%E0%A4%A',
					'+',
					'sql:2',
					'intern',
					'__proto__',
					'constructor=1',
					'\ud800',
					'\udfff',
				),
				textArb({ maxLength: 6 }),
			),
			{ maxLength: 12 },
		)
		.map((parts) => parts.join('')),
);

/** The content's roles or skills, each given some former ids no entry has now. */
const renamedArb = (ids: readonly string[]) =>
	fc.array(fc.tuple(fc.constantFrom(...ids), idArb), { maxLength: 8 }).map((renames) => {
		const used = new Set(ids);
		const formerIds = new Map(ids.map((id) => [id, [] as string[]]));
		for (const [id, former] of renames) {
			if (used.has(former)) continue;
			used.add(former);
			formerIds.get(id)!.push(former);
		}
		return ids.map((id) => ({ id, formerIds: formerIds.get(id)! }));
	});

/** An id as a link may carry it: the current id, a former id, or an id unknown to the content. */
type Pick = ['current' | 'former' | 'unknown', number, string];
const pickArb: fc.Arbitrary<Pick> = fc.tuple(
	fc.constantFrom('current', 'former', 'unknown'),
	fc.nat(),
	idArb,
);
const idOf = (entries: readonly Renamable[], [kind, index, other]: Pick) => {
	const former = entries.flatMap((entry) => entry.formerIds ?? []);
	if (kind === 'current') return entries[index % entries.length]!.id;
	return kind === 'former' && former.length ? former[index % former.length]! : other;
};

/** The current id for every id and former id of `entries`. */
const currentIds = (entries: readonly Renamable[]) =>
	new Map(
		entries.flatMap((entry) => [
			[entry.id, entry.id] as const,
			...(entry.formerIds ?? []).map((former) => [former, entry.id] as const),
		]),
	);

describe('reading a plan link', () => {
	it('reads every id and rating the link carries, and returns everything else as found', () => {
		fc.assert(
			fc.property(fragmentArb, ({ fragment, expected }) => {
				expect(readPlanFragment(fragment)).toEqual(expected);
			}),
			options,
		);
	});

	it('never throws on any fragment, and drops nothing it does not return as rejected', () => {
		const roles = ROLE_IDS.map((id) => ({ id }));
		const skills = SKILL_IDS.map((id) => ({ id }));
		fc.assert(
			fc.property(rawFragmentArb, (fragment) => {
				const read = readPlanFragment(fragment);
				const params = new URLSearchParams(fragment.replace(/^#/, ''));
				expect(read === undefined).toBe(!params.has('from') && !params.has('to'));
				if (!read) return;
				const { plan, rejected } = read;
				const pieces = (params.get('ratings') ?? '').split(',').filter(Boolean);
				const ends = [params.get('from'), params.get('to')].filter((text) => text) as string[];
				const kept = (text: string) =>
					rejected.includes(text) ||
					text === plan.from ||
					text === plan.to ||
					(isPair(text) && Object.hasOwn(plan.ratings, text.split(':')[0]!));
				const resolved = resolveSharedPlan(read, roles, skills);
				expect({
					// Each end is a well-formed id, each rating a well-formed id with a whole rating 0-4.
					badEnds: [plan.from, plan.to].filter((id) => id !== undefined && !ID_PATTERN.test(id)),
					badRatings: Object.entries(plan.ratings).filter(
						([id, rating]) => !ID_PATTERN.test(id) || ![0, 1, 2, 3, 4].includes(rating),
					),
					// Rejected text is text the link carried, and nothing it carried is silently dropped.
					notFound: rejected.filter((text) => !ends.includes(text) && !pieces.includes(text)),
					dropped: [...ends, ...pieces].filter((text) => !kept(text)),
					resolvedRejected: resolved.rejected.slice(0, rejected.length),
				}).toEqual({
					badEnds: [],
					badRatings: [],
					notFound: [],
					dropped: [],
					resolvedRejected: rejected,
				});
			}),
			options,
		);
	});

	it('round-trips a plan through its link, and maps it onto the content', () => {
		const caseArb = fc
			.record({
				roles: renamedArb(ROLE_IDS),
				skills: renamedArb(SKILL_IDS),
				from: fc.option(pickArb, { nil: undefined }),
				to: fc.option(pickArb, { nil: undefined }),
				ratings: fc.array(fc.tuple(pickArb, ratingArb), { maxLength: 6 }),
			})
			.filter(({ from, to }) => from !== undefined || to !== undefined)
			.map(({ roles, skills, from, to, ratings }) => {
				const plan: SharedPlan = {
					from: from && idOf(roles, from),
					to: to && idOf(roles, to),
					ratings: Object.fromEntries(ratings.map(([id, rating]) => [idOf(skills, id), rating])),
				};
				return { roles, skills, plan };
			});
		fc.assert(
			fc.property(caseArb, ({ roles, skills, plan }) => {
				const fragment = planFragment(plan);
				const read = readPlanFragment(`#${fragment}`)!;
				const before = JSON.stringify(read);
				const resolved = resolveSharedPlan(read, roles, skills);

				const roleIds = currentIds(roles);
				const skillIds = currentIds(skills);
				const unknownRoles = [plan.from, plan.to].filter((id) => id && !roleIds.has(id));
				// A skill rated under its id and a former id keeps the rating under its id.
				const ratings = Object.fromEntries(
					skills.flatMap(({ id, formerIds = [] }) => {
						const given = [id, ...formerIds].find((key) => Object.hasOwn(plan.ratings, key));
						return given === undefined ? [] : [[id, plan.ratings[given]!]];
					}),
				);
				expect({
					read,
					withoutHash: readPlanFragment(fragment),
					unchanged: JSON.stringify(read) === before,
					plan: resolved.plan,
					unknownRoles: resolved.rejected.slice(0, unknownRoles.length),
					unknownSkills: resolved.rejected.slice(unknownRoles.length).sort(),
				}).toEqual({
					read: { plan, rejected: [] },
					withoutHash: { plan, rejected: [] },
					unchanged: true,
					plan: {
						from: plan.from && roleIds.get(plan.from),
						to: plan.to && roleIds.get(plan.to),
						ratings,
					},
					unknownRoles,
					unknownSkills: Object.keys(plan.ratings)
						.filter((id) => !skillIds.has(id))
						.sort(),
				});
			}),
			options,
		);
	});
});
