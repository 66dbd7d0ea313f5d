/**
 * What the Markdown twins print for links and data components, computed from the collections
 * exactly as the HTML pages compute them, so both forms of a page say the same thing.
 */
import {
	levelMatrix,
	skillsThatGrow,
	sortRoles,
	sortSkills,
	type Entry,
} from '../career/queries.ts';
import { shortestPath } from '../career/planner.ts';
import type { Role, SelfCheck, Skill } from '../content/schemas.ts';
import type { Attributes, TwinRenderers } from './markdown-twin.ts';
import { DATA_FILES, DATA_PATH, publicUrl, type DataContext } from './data-export.ts';
import { rolePath, skillPath } from './urls.ts';
import { START_LINKS } from './start-links.ts';
import strings from '../../content/i18n/en.json' with { type: 'json' };

export interface TwinData {
	roles: readonly Entry<Role>[];
	skills: readonly Entry<Skill>[];
	selfChecks: readonly Entry<SelfCheck>[];
	/** The two roles the milestone chart runs between. */
	milestone: { from: string; to: string };
}

export function twinRenderers(data: TwinData, context: DataContext): TwinRenderers {
	const roles = new Map(data.roles.map((role) => [role.id, role]));
	const skills = new Map(data.skills.map((skill) => [skill.id, skill]));
	const entry: TwinRenderers['entry'] = (kind, id) => {
		const found = kind === 'skill' ? skills.get(id) : roles.get(id);
		if (!found) return undefined;
		const path = kind === 'skill' ? skillPath(id) : rolePath(id);
		return { title: found.data.title, url: publicUrl(path, context) };
	};
	const link = (kind: 'skill' | 'role', id: string) => {
		const found = entry(kind, id);
		return found ? `[${found.title}](${found.url})` : id;
	};
	const moves = (from: Entry<Role>) =>
		from.data.transitions.map(
			(move) =>
				`- ${link('role', from.id)} → ${link('role', move.to)}: grow ${move.focus.map((id) => link('skill', id)).join(', ')}`,
		);

	const components: Record<string, (attributes: Attributes) => string> = {
		SkillsThatGrow: ({ from = '', to = '' }) => {
			const [source, target] = [roles.get(from), roles.get(to)];
			if (!source || !target) return '';
			const rows = skillsThatGrow(source.data, target.data, data.skills);
			return `**Skills that grow:** ${rows.map((row) => `${link('skill', row.skill.id)} (${row.from ?? '–'} → ${row.to})`).join(', ') || 'none'}`;
		},
		LevelComparison: () => {
			const ladder = sortRoles(data.roles).filter((role) => role.data.track === 'ladder');
			const rows = levelMatrix(ladder, sortSkills(data.skills));
			return [
				`| Skill | ${ladder.map((role) => role.data.title).join(' | ')} |`,
				`| --- | ${ladder.map(() => '---').join(' | ')} |`,
				...rows.map(
					(row) =>
						`| ${link('skill', row.skill.id)} | ${row.levels.map((level) => level ?? '–').join(' | ')} |`,
				),
			].join('\n');
		},
		StartLink: ({ page = '' }) => {
			const start = START_LINKS[page as keyof typeof START_LINKS];
			return start ? `[${strings[start.title]}](${publicUrl(start.path, context)})` : '';
		},
		CareerMap: () => sortRoles(data.roles).flatMap(moves).join('\n'),
		MilestoneChart: () => {
			const path = shortestPath(data.roles, data.milestone.from, data.milestone.to) ?? [];
			return path
				.slice(1)
				.map((to, index) => {
					const from = roles.get(path[index] as string);
					const move = from?.data.transitions.find((transition) => transition.to === to);
					if (!from || !move) return '';
					return `### ${link('role', from.id)} → ${link('role', to)}\n\n${move.milestones.map((m) => `- ${m}`).join('\n')}`;
				})
				.join('\n\n');
		},
		DataFiles: () =>
			[
				'| File | What it holds | Schema |',
				'| --- | --- | --- |',
				...DATA_FILES.map((file) => {
					const path = `${DATA_PATH}${file.name}`;
					const schema =
						'schema' in file
							? `[${file.schema}.schema.json](${publicUrl(`${DATA_PATH}schema/${file.schema}.schema.json`, context)})`
							: 'RFC 4180 CSV';
					return `| [\`${path}\`](${publicUrl(path, context)}) | ${file.description} | ${schema} |`;
				}),
			].join('\n'),
		SelfCheck: ({ id = '' }) => {
			const check = data.selfChecks.find((candidate) => candidate.id === id);
			return check
				? `*${check.data.title}*: ${check.data.questions.length} questions, with answers and explanations, in [questions.json](${publicUrl(`${DATA_PATH}questions.json`, context)}).`
				: '';
		},
	};
	return {
		entry,
		url: (path) => publicUrl(path, context),
		component: (name, attributes) => components[name]?.(attributes),
	};
}
