/**
 * `llms.txt` (https://llmstxt.org/): the handbook's outline for AI assistants, every chapter,
 * role and skill with a link to its Markdown twin, the other pages a reader can open (indexes,
 * the skill finder, the print edition, the tools), and where the open data lives.
 */
import { sortRoles, sortSkills, type Entry } from '../career/queries.ts';
import type { Role, Skill } from '../content/schemas.ts';
import { DATA_FILES, DATA_PATH, publicUrl, type DataContext } from './data-export.ts';
import { SITE_DESCRIPTION, SITE_TITLE } from './identity.ts';
import { chapterPath, markdownPathOf } from './markdown-twin.ts';
import { PART_LABELS, PRINT_PARTS, printOrder, type ChapterLike } from './print.ts';
import type { StringKey } from './island-strings.ts';
import { PRINT_PATH, rolePath, SKILL_FINDER_PATH, skillPath, TOOL_PATHS } from './urls.ts';

/** The pages with no Markdown twin, each with the UI strings of its title and description. */
export const BROWSER_PAGES = [
	{ path: '/roles/', title: 'handbook.roles.all', description: 'handbook.roles.intro' },
	{ path: '/skills/', title: 'handbook.skills.all', description: 'handbook.skills.intro' },
	{ path: SKILL_FINDER_PATH, title: 'handbook.finder.title', description: 'handbook.finder.intro' },
	{ path: PRINT_PATH, title: 'handbook.print.title', description: 'handbook.print.description' },
	{
		path: TOOL_PATHS.selfAssessment,
		title: 'handbook.tools.assessment.title',
		description: 'handbook.tools.assessment.description',
	},
	{
		path: TOOL_PATHS.planner,
		title: 'handbook.tools.planner.title',
		description: 'handbook.tools.planner.description',
	},
	{
		path: TOOL_PATHS.progress,
		title: 'handbook.tools.progress.title',
		description: 'handbook.tools.progress.description',
	},
	{
		path: TOOL_PATHS.coach,
		title: 'handbook.tools.coach.title',
		description: 'handbook.tools.coach.description',
	},
] as const satisfies readonly { path: string; title: StringKey; description: StringKey }[];

interface Chapter extends ChapterLike {
	data: ChapterLike['data'] & { title: string; description?: string | undefined };
}

export function llmsOutline(
	chapters: readonly Chapter[],
	roles: readonly Entry<Pick<Role, 'title' | 'summary' | 'track' | 'order'>>[],
	skills: readonly Entry<Pick<Skill, 'title' | 'summary'>>[],
	context: DataContext,
	t: (key: StringKey) => string,
): string {
	const twin = (path: string) => publicUrl(markdownPathOf(path), context);
	const item = (title: string, path: string, summary?: string) =>
		`- [${title}](${twin(path)})${summary ? `: ${summary}` : ''}`;
	const ordered = printOrder(chapters);
	const home = chapters.find((chapter) => chapter.id === '' || chapter.id === 'index');
	const sections = [
		`# ${SITE_TITLE}`,
		`> ${SITE_DESCRIPTION}`,
		`Every chapter, role and skill below is a Markdown file; the pages under "Indexes and tools" are HTML, and the tools run in the browser. The whole handbook in one file: [llms-full.txt](${publicUrl('/llms-full.txt', context)}). The text and data are licensed CC BY 4.0.`,
		...(home ? [item(home.data.title, '/', home.data.description)] : []),
		...PRINT_PARTS.map((part) => {
			const inPart = ordered.filter((c) => c.id === part || c.id.startsWith(`${part}/`));
			return `## ${PART_LABELS[part]}\n\n${inPart.map((c) => item(c.data.title, chapterPath(c.id), c.data.description)).join('\n')}`;
		}),
		`## More\n\n${chapters
			.filter((c) => c !== home && !c.id.startsWith('contributing') && !ordered.includes(c))
			.sort((a, b) => a.id.localeCompare(b.id))
			.map((c) => item(c.data.title, chapterPath(c.id), c.data.description))
			.join('\n')}`,
		`## Roles\n\n${sortRoles(roles)
			.map((role) => item(role.data.title, rolePath(role.id), role.data.summary))
			.join('\n')}`,
		`## Skills\n\n${sortSkills(skills)
			.map((skill) => item(skill.data.title, skillPath(skill.id), skill.data.summary))
			.join('\n')}`,
		`## Indexes and tools\n\n${BROWSER_PAGES.map((page) => `- [${t(page.title)}](${publicUrl(page.path, context)}): ${t(page.description)}`).join('\n')}`,
		`## Data\n\n${DATA_FILES.map((file) => `- [${file.name}](${publicUrl(`${DATA_PATH}${file.name}`, context)}): ${file.description}`).join('\n')}`,
		`## Optional\n\n${chapters
			.filter((c) => c.id.startsWith('contributing'))
			.sort((a, b) => a.id.localeCompare(b.id))
			.map((c) => item(c.data.title, chapterPath(c.id), c.data.description))
			.join('\n')}`,
	];
	return sections.join('\n\n') + '\n';
}
