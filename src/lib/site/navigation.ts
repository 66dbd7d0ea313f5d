/**
 * Sidebar groups for the generated role and skill pages. The configured groups hold only the index
 * pages; on a role or skill page the route middleware (`src/route-data/sidebar.ts`) adds a few of
 * the entry's neighbours (`entrySidebar`), so a page's HTML does not grow with the number of roles
 * and skills. The index pages and search list every entry.
 */
import { readContent } from '../content/content-files.ts';
import { sortRoles, sortSkills, type Entry } from '../career/queries.ts';
import type { Role, Skill } from '../content/schemas.ts';
import { PRINT_PATH, rolePath, SKILL_FINDER_PATH, skillPath, TOOL_PATHS } from './urls.ts';
import { PART_LABELS } from './print.ts';
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
	/** Sidebar group for the roles' index pages: all roles, the career map, the levels compared. */
	roles: Group;
	/** Sidebar group for the skills' index pages: all skills and the skill finder. */
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
				{ label: PART_LABELS['levels-compared'], link: '/levels-compared/' },
			],
		},
		skills: {
			label: strings['handbook.skills.group'],
			items: [
				{ label: strings['handbook.skills.all'], link: '/skills/' },
				{ label: strings['handbook.finder.title'], link: SKILL_FINDER_PATH },
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

/** How many entries of its track or category the sidebar shows on a role or skill page. */
export const SIDEBAR_NEIGHBOURS = 5;

/** A role or skill as the sidebar lists it: its title, its page and its track's or category's label. */
export interface OrderedEntry extends LinkItem {
	group: string;
}

/** What the sidebar and the page's previous and next links show on one role or skill page. */
export interface EntrySidebar {
	/** The label of the entry's track or category. */
	label: string;
	/** Up to `SIDEBAR_NEIGHBOURS` entries of that track or category, the current one among them. */
	items: (LinkItem & { current: boolean })[];
	/** The entries before and after it in the whole order, across tracks and categories. */
	prev: LinkItem | undefined;
	next: LinkItem | undefined;
}

/** Roles in sidebar order (the ladder, then the other paths), each with its track's label. */
export function roleOrder(roles: readonly Entry<Pick<Role, 'track' | 'order' | 'title'>>[]) {
	return sortRoles(roles).map((role): OrderedEntry => ({
		label: role.data.title,
		link: rolePath(role.id),
		group: strings[`handbook.track.${role.data.track}`],
	}));
}

/** Skills in sidebar order (by category, then title), each with its category's label. */
export function skillOrder(skills: readonly Entry<Pick<Skill, 'category' | 'title'>>[]) {
	const sorted = sortSkills(skills);
	return SKILL_CATEGORIES.flatMap((category) =>
		sorted
			.filter((skill) => skill.data.category === category)
			.map((skill): OrderedEntry => ({
				label: skill.data.title,
				link: skillPath(skill.id),
				group: strings[`handbook.category.${category}`],
			})),
	);
}

/**
 * The neighbours of the entry at `link` (a path without the base): a window of at most `cap`
 * entries of its group around it, and the previous and next entries; `undefined` for other pages.
 */
export function entrySidebar(
	entries: readonly OrderedEntry[],
	link: string,
	cap = SIDEBAR_NEIGHBOURS,
): EntrySidebar | undefined {
	const index = entries.findIndex((entry) => entry.link === link);
	const current = entries[index];
	if (!current) return undefined;
	const siblings = entries.filter((entry) => entry.group === current.group);
	const at = siblings.indexOf(current);
	const start = Math.max(0, Math.min(at - Math.floor(cap / 2), siblings.length - cap));
	const item = (entry: OrderedEntry | undefined) =>
		entry && { label: entry.label, link: entry.link };
	return {
		label: current.group,
		items: siblings
			.slice(start, start + cap)
			.map((entry) => ({ ...item(entry)!, current: entry === current })),
		prev: item(entries[index - 1]),
		next: item(entries[index + 1]),
	};
}
