/**
 * Sidebar groups for the generated role and skill pages, built from the content files so that a new
 * role or skill appears in the navigation without editing the configuration.
 */
import { readContent } from '../content/content-files.ts';
import { sortRoles, sortSkills, type Entry } from '../career/queries.ts';
import type { Role, Skill } from '../content/schemas.ts';
import { PRINT_PATH, rolePath, SKILL_FINDER_PATH, skillPath, TOOL_PATHS } from './urls.ts';
import { SKILL_CATEGORIES } from '../content/schemas.ts';
import strings from '../../content/i18n/en.json' with { type: 'json' };
import { DATA_SCHEMAS } from '../content/export-schemas.ts';
import { DATA_FILES, DATA_PATH } from './data-export.ts';
import { markdownPathOf } from './markdown-twin.ts';

interface LinkItem {
	label: string;
	link: string;
}
interface Group {
	label: string;
	collapsed?: boolean;
	items: (LinkItem | Group)[];
}

export interface CareerNavigation {
	/** Sidebar group for `/roles/` and every role page. */
	roles: Group;
	/** Sidebar group for `/skills/` and every skill page, by category. */
	skills: Group;
	/** Sidebar group for the tools pages: self-assessment, planner, saved progress. */
	tools: Group;
	/** Whether a link (with or without `base`) points at a generated page, which Starlight cannot see. */
	isGeneratedPage: (link: string) => boolean;
}

/** Navigation for the generated role and skill pages, read from the content below `root`. */
export function careerNavigation(root: string, base = '/'): CareerNavigation {
	const files = readContent(root);
	const entries = <T>(kind: 'role' | 'skill') =>
		files
			.filter((file) => file.kind === kind && !file.parseError)
			.map((file) => ({ id: file.id, data: file.data.value as T }));
	const roles = sortRoles(entries<Role>('role'));
	const skills = sortSkills(entries<Skill>('skill'));
	const roleLinks = (track: Role['track']) =>
		roles
			.filter((role) => role.data.track === track)
			.map((role) => ({ label: role.data.title, link: rolePath(role.id) }));
	const skillLinks = (category: Skill['category']) =>
		skills
			.filter((skill: Entry<Skill>) => skill.data.category === category)
			.map((skill) => ({ label: skill.data.title, link: skillPath(skill.id) }));
	const pages = new Set([
		'/roles/',
		'/skills/',
		SKILL_FINDER_PATH,
		PRINT_PATH,
		...roles.map((role) => rolePath(role.id)),
		...skills.map((skill) => skillPath(skill.id)),
		...Object.values(TOOL_PATHS),
		// Generated files that are not pages: Markdown twins, llms.txt and the open data.
		...[
			...roles.map((role) => rolePath(role.id)),
			...skills.map((skill) => skillPath(skill.id)),
		].map(markdownPathOf),
		'/llms.txt',
		'/llms-full.txt',
		...DATA_FILES.map((file) => `${DATA_PATH}${file.name}`),
		...Object.keys(DATA_SCHEMAS).map((name) => `${DATA_PATH}schema/${name}.schema.json`),
	]);
	return {
		isGeneratedPage: (link) => {
			const path = link.replace(/[?#].*$/, '');
			const prefix = base.replace(/\/+$/, '');
			return pages.has(prefix && path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path);
		},
		roles: {
			label: strings['handbook.roles.group'],
			items: [
				{ label: strings['handbook.roles.all'], link: '/roles/' },
				{ label: strings['handbook.careerMap'], link: '/career-map/' },
				{ label: strings['handbook.track.ladder'], items: roleLinks('ladder') },
				{
					label: strings['handbook.track.alternative'],
					collapsed: true,
					items: roleLinks('alternative'),
				},
			],
		},
		skills: {
			label: strings['handbook.skills.group'],
			collapsed: true,
			items: [
				{ label: strings['handbook.skills.all'], link: '/skills/' },
				{ label: strings['handbook.finder.title'], link: SKILL_FINDER_PATH },
				...SKILL_CATEGORIES.map((category) => ({
					label: strings[`handbook.category.${category}`],
					collapsed: true,
					items: skillLinks(category),
				})).filter((group) => group.items.length > 0),
			],
		},
		tools: {
			label: strings['handbook.tools.group'],
			items: [
				{ label: strings['handbook.tools.coach.title'], link: TOOL_PATHS.coach },
				{ label: strings['handbook.tools.assessment.title'], link: TOOL_PATHS.selfAssessment },
				{ label: strings['handbook.tools.planner.title'], link: TOOL_PATHS.planner },
				{ label: strings['handbook.tools.progress.title'], link: TOOL_PATHS.progress },
			],
		},
	};
}
