/**
 * Synthetic skills, roles and chapters for measuring how the validator and the build scale. Every
 * generated entry is valid: each role is reachable from `intern`, every skill is expected by a
 * role, and `related` links go both ways, so the validator does all of its work and reports nothing.
 */
import { dump, load } from 'js-yaml';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIRS } from '../../src/lib/content/content-files.ts';

const LEVELS =
	'levels:\n  1: Does it with guidance.\n  2: Does routine work alone.\n  3: Handles hard cases.\n  4: Sets direction.';

function skill(id: string, related: string[]): string {
	return [
		'---',
		`title: Skill ${id}`,
		`summary: A generated skill, ${id}.`,
		'category: technical',
		`aliases: [${id}-alias]`,
		LEVELS,
		'practice: [Practise it.]',
		'mistakes: [Skipping practice.]',
		`related: [${related.join(', ')}]`,
		'---',
		`Generated body for ${id}.`,
		'',
	].join('\n');
}

/**
 * A generated skill's question bank: three single-answer questions at each of the four levels, as
 * the coach's bank requires of every skill once a project has any bank (the handbook has one). The
 * options are all as long as each other, so no rule about a telling right answer applies.
 */
function bank(id: string): string {
	const questions = [1, 2, 3, 4].flatMap((level) =>
		[1, 2, 3].map((n) => ({
			id: `q${level}-${n}`,
			level,
			kind: 'single',
			prompt: `Generated question ${n} at level ${level} about ${id}?`,
			options: ['a', 'b', 'c'].map((option, index) => ({
				id: option,
				text: `Generated answer ${option}.`,
				...(index === n - 1 ? { correct: true } : {}),
				explanation: `Generated explanation ${option}.`,
			})),
		})),
	);
	return dump({ questions });
}

const ASSESSMENT = [
	'assessment:',
	'  exercises: [Builds it., Explains it., Reviews it.]',
	'  signals: [Measures first., Names trade-offs., Asks for help.]',
	'  redFlags: [Guesses., Blames others., Skips tests.]',
];

/**
 * A generated role. Generated roles are alternatives with an organisation scope, so that the
 * ladder's rules (no lowered skill, three raised per step) do not apply to their arbitrary levels;
 * each transition's focus is a skill the target expects higher, as the focus rule requires.
 */
function role(
	id: string,
	order: number,
	skills: Map<string, number>,
	next: { id: string; focus: string }[],
): string {
	return [
		'---',
		`title: Role ${id}`,
		'track: alternative',
		`order: ${order}`,
		'scope: organisation',
		'family: product',
		`summary: A generated role, ${id}.`,
		'dayToDay: [Works.]',
		'responsibilities: [Delivers.]',
		'skills:',
		...[...skills].map(([skillId, level]) => `  ${skillId}: ${level}`),
		'transitions:',
		...next.flatMap((target) => [
			`  - to: ${target.id}`,
			`    focus: [${target.focus}]`,
			'    milestones: [Ready.]',
		]),
		...(next.length ? [] : ['  []']),
		...ASSESSMENT,
		'---',
		"import { Skill } from '~/components';",
		'',
		`Generated body for ${id}. <Skill id="${[...skills.keys()][0]}" />`,
		'',
	]
		.join('\n')
		.replace('transitions:\n  []', 'transitions: []');
}

export interface SyntheticOptions {
	/** Prepended to every generated id, so generated entries can sit beside real ones. */
	prefix?: string;
	/** Id of the first generated role, from which the others are reached. */
	firstRole?: string;
}

/** Writes `skillCount` skills and `roleCount` roles below `root`; the first role starts every path. */
export function writeSyntheticContent(
	root: string,
	skillCount: number,
	roleCount: number,
	{ prefix = '', firstRole = 'intern' }: SyntheticOptions = {},
): void {
	const skillIds = Array.from({ length: skillCount }, (_, index) => `${prefix}skill-${index + 1}`);
	const roleIds = [
		firstRole,
		...Array.from({ length: roleCount - 1 }, (_, index) => `${prefix}role-${index + 2}`),
	];
	mkdirSync(join(root, CONTENT_DIRS.skill), { recursive: true });
	mkdirSync(join(root, CONTENT_DIRS.role), { recursive: true });
	mkdirSync(join(root, CONTENT_DIRS.bank), { recursive: true });
	skillIds.forEach((id, index) => {
		// Pair neighbours so every related link is returned.
		const partner = skillIds[index % 2 ? index - 1 : index + 1];
		writeFileSync(join(root, CONTENT_DIRS.skill, `${id}.mdx`), skill(id, partner ? [partner] : []));
		writeFileSync(join(root, CONTENT_DIRS.bank, `${id}.yaml`), bank(id));
	});
	const perRole = Math.max(1, Math.ceil(skillCount / roleCount));
	const skillsOf = roleIds.map(
		(_, index) =>
			new Map(
				Array.from({ length: Math.min(perRole, skillCount) }, (_, offset) => [
					skillIds[(index * perRole + offset) % skillCount] as string,
					(offset % 4) + 1,
				]),
			),
	);
	roleIds.forEach((id, index) => {
		const own = skillsOf[index] as Map<string, number>;
		const next = roleIds.slice(index + 1, index + 3).map((target, offset) => {
			const theirs = skillsOf[index + 1 + offset] as Map<string, number>;
			const raised = [...theirs].find(([skill, level]) => level > (own.get(skill) ?? 0));
			return { id: target, focus: (raised ?? [...theirs][0] ?? [''])[0] };
		});
		writeFileSync(join(root, CONTENT_DIRS.role, `${id}.mdx`), role(id, index + 1, own, next));
	});
}

/** Adds a transition from an existing role to another, e.g. to reach generated roles from `intern`. */
export function addTransition(root: string, from: string, to: string, focus: string): void {
	const path = join(root, CONTENT_DIRS.role, `${from}.mdx`);
	const source = readFileSync(path, 'utf8');
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
	if (!match) throw new Error(`${path} has no frontmatter.`);
	const data = load(match[1] ?? '') as { transitions?: unknown[] };
	data.transitions = [...(data.transitions ?? []), { to, focus: [focus], milestones: ['Ready.'] }];
	writeFileSync(path, `---\n${dump(data)}---\n${source.slice(match[0].length)}`);
}
