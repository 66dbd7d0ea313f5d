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

function role(id: string, order: number, skills: string[], next: string[]): string {
	return [
		'---',
		`title: Role ${id}`,
		'track: ladder',
		`order: ${order}`,
		`summary: A generated role, ${id}.`,
		'dayToDay: [Works.]',
		'responsibilities: [Delivers.]',
		'skills:',
		...skills.map((skillId, index) => `  ${skillId}: ${(index % 4) + 1}`),
		'transitions:',
		...next.flatMap((target) => [
			`  - to: ${target}`,
			`    focus: [${skills[0]}]`,
			'    milestones: [Ready.]',
		]),
		...(next.length ? [] : ['  []']),
		'---',
		"import { Skill } from '~/components';",
		'',
		`Generated body for ${id}. <Skill id="${skills[0]}" />`,
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
	skillIds.forEach((id, index) => {
		// Pair neighbours so every related link is returned.
		const partner = skillIds[index % 2 ? index - 1 : index + 1];
		writeFileSync(join(root, CONTENT_DIRS.skill, `${id}.mdx`), skill(id, partner ? [partner] : []));
	});
	const perRole = Math.max(1, Math.ceil(skillCount / roleCount));
	roleIds.forEach((id, index) => {
		const skills = Array.from(
			{ length: Math.min(perRole, skillCount) },
			(_, offset) => skillIds[(index * perRole + offset) % skillCount] as string,
		);
		const next = roleIds.slice(index + 1, index + 3);
		writeFileSync(join(root, CONTENT_DIRS.role, `${id}.mdx`), role(id, index + 1, skills, next));
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
