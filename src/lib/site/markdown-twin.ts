/**
 * The Markdown twin of a page, for AI assistants and other readers of plain text: MDX bodies
 * turned into plain Markdown (imports dropped, `<Skill>` and `<Role>` as links, checklists as task
 * lists, data components rendered as text by the caller), and the paths the twins are served at.
 */
import { maskCode } from '../content/markdown-code.ts';

/** `/career-path/leadership/` → `/career-path/leadership.md`; the home page is `/index.md`. */
export function markdownPathOf(pagePath: string): string {
	const trimmed = pagePath.replace(/\/+$/, '');
	return `${trimmed || '/index'}.md`;
}

export type Attributes = Record<string, string>;

export interface TwinRenderers {
	/** A `<Skill id>` or `<Role id>` link: the entry's title and its page. */
	entry: (kind: 'skill' | 'role', id: string) => { title: string; url: string } | undefined;
	/**
	 * A root-relative site path (`/skills/sql/`) as the twins publish it: under the base, and
	 * absolute when the public address is known. Body links like `](/skills/sql/)` go through it.
	 */
	url: (path: string) => string;
	/** Text for a data component (`<LevelComparison />`, `<SkillsThatGrow from to />`, …). */
	component?: (name: string, attributes: Attributes) => string | undefined;
}

const ATTRIBUTE = /([A-Za-z]+)=(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g;

function attributesOf(text: string): Attributes {
	const attributes: Attributes = {};
	for (const match of text.matchAll(ATTRIBUTE))
		attributes[match[1] as string] = match[2] ?? match[3] ?? match[4] ?? '';
	return attributes;
}

/**
 * Converts an MDX body to Markdown; fenced code (Mermaid included) is kept as written, and
 * root-relative link targets (`[SQL](/skills/sql/)`) are published through `renderers.url`.
 */
export function mdxToMarkdown(body: string, renderers: TwinRenderers): string {
	const masked = maskCode(body);
	// Work on the masked text for positions, copy code back untouched.
	const pieces: string[] = [];
	let last = 0;
	const TAG =
		/<(Skill|Role)\b([^>]*?)\/>|<(Skill|Role)\b([^>]*)>([\s\S]*?)<\/\3>|<Check\b([^>]*)>([\s\S]*?)<\/Check>|<\/?Checklist\b[^>]*>|<([A-Z][A-Za-z]*)\b([^>]*?)\/>|^import .*$|^<\/?(?:div|section)\b[^>]*>$/gm;
	for (const match of masked.matchAll(TAG)) {
		pieces.push(body.slice(last, match.index));
		last = match.index + match[0].length;
		const [whole] = match;
		if (whole.startsWith('import ')) continue;
		const linkKind = match[1] ?? match[3];
		if (linkKind) {
			const kind = linkKind === 'Skill' ? 'skill' : 'role';
			const { id = '' } = attributesOf(match[2] ?? match[4] ?? '');
			const entry = renderers.entry(kind, id);
			const text = (match[5] ?? '').trim() || entry?.title || id;
			pieces.push(entry ? `[${text}](${entry.url})` : text);
			continue;
		}
		if (match[7] !== undefined) {
			pieces.push(`- [ ] ${match[7].trim()}`);
			continue;
		}
		if (match[8]) {
			pieces.push(renderers.component?.(match[8], attributesOf(match[9] ?? '')) ?? '');
			continue;
		}
		// <Checklist …> and </Checklist>: the items are the list; <div> and <section> lines only lay out.
	}
	pieces.push(body.slice(last));
	return publishLinks(pieces.join(''), renderers.url)
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** A Markdown link's target that is a root-relative path: `](/skills/sql/` of `[SQL](/skills/sql/)`. */
const ROOT_LINK = /\]\((\/(?!\/)[^)\s]*)/g;

/** Rewrites root-relative link targets outside code through `url`; code keeps its text. */
function publishLinks(markdown: string, url: (path: string) => string): string {
	const masked = maskCode(markdown);
	let out = '';
	let last = 0;
	for (const match of masked.matchAll(ROOT_LINK)) {
		out += `${markdown.slice(last, match.index)}](${url(match[1] as string)}`;
		last = match.index + match[0].length;
	}
	return out + markdown.slice(last);
}

const list = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');
const LEVEL_NAMES = ['Foundation', 'Working', 'Proficient', 'Expert'] as const;
const levelName = (level: number) => `${level} ${LEVEL_NAMES[level - 1] ?? ''}`.trim();

/** A page's twin: its title, its one-line description, then its sections. */
export function twinDocument(
	title: string,
	description: string,
	sections: readonly string[],
): string {
	return [`# ${title}`, `> ${description}`, ...sections.filter(Boolean)].join('\n\n') + '\n';
}

interface SkillData {
	title: string;
	summary: string;
	aliases: readonly string[];
	levels: Record<1 | 2 | 3 | 4, string>;
	practice: readonly string[];
	mistakes: readonly string[];
	related: readonly string[];
	resources: readonly { title: string; url: string; kind: string; free: boolean }[];
}

export function skillMarkdown(skill: SkillData, body: string, renderers: TwinRenderers): string {
	const link = (kind: 'skill' | 'role', id: string) => {
		const entry = renderers.entry(kind, id);
		return entry ? `[${entry.title}](${entry.url})` : id;
	};
	return twinDocument(skill.title, skill.summary, [
		skill.aliases.length ? `Also known as: ${skill.aliases.join(', ')}` : '',
		mdxToMarkdown(body, renderers),
		`## What each level looks like\n\n${([1, 2, 3, 4] as const).map((level) => `- **${levelName(level)}:** ${skill.levels[level]}`).join('\n')}`,
		`## Practice\n\n${list(skill.practice)}`,
		`## Common mistakes\n\n${list(skill.mistakes)}`,
		skill.related.length
			? `## Related skills\n\n${list(skill.related.map((id) => link('skill', id)))}`
			: '',
		`## Resources\n\n${list(skill.resources.map((r) => `[${r.title}](${r.url}) (${r.kind}${r.free ? ', free' : ''})`))}`,
	]);
}

interface RoleData {
	title: string;
	summary: string;
	aliases: readonly string[];
	scope: string;
	dayToDay: readonly string[];
	responsibilities: readonly string[];
	skills: Record<string, number>;
	transitions: readonly { to: string; focus: readonly string[]; milestones: readonly string[] }[];
	assessment: {
		exercises: readonly string[];
		signals: readonly string[];
		redFlags: readonly string[];
	};
}

export function roleMarkdown(role: RoleData, body: string, renderers: TwinRenderers): string {
	const link = (kind: 'skill' | 'role', id: string) => {
		const entry = renderers.entry(kind, id);
		return entry ? `[${entry.title}](${entry.url})` : id;
	};
	const skills = Object.entries(role.skills).sort(
		(a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
	);
	return twinDocument(role.title, role.summary, [
		role.aliases.length ? `Also known as: ${role.aliases.join(', ')}` : '',
		`Scope: ${role.scope}`,
		mdxToMarkdown(body, renderers),
		`## A typical day\n\n${list(role.dayToDay)}`,
		`## Responsibilities\n\n${list(role.responsibilities)}`,
		`## Skills and expected levels\n\n| Skill | Level |\n| --- | --- |\n${skills.map(([id, level]) => `| ${link('skill', id)} | ${levelName(level)} |`).join('\n')}`,
		`## How this level is assessed\n\n### Interview exercises\n\n${list(role.assessment.exercises)}\n\n### Signals interviewers look for\n\n${list(role.assessment.signals)}\n\n### Red flags\n\n${list(role.assessment.redFlags)}`,
		role.transitions.length
			? `## Where to go next\n\n${role.transitions.map((t) => `### ${link('role', t.to)}\n\nSkills to grow: ${t.focus.map((id) => link('skill', id)).join(', ')}\n\nMilestones:\n\n${list(t.milestones)}`).join('\n\n')}`
			: '',
	]);
}

/** The page path of a chapter: `career-path/leadership` → `/career-path/leadership/`. */
export const chapterPath = (id: string): string => (id === '' || id === 'index' ? '/' : `/${id}/`);

/** Whether a page (path without the base) has a Markdown twin: chapters, roles and skills. */
export function hasMarkdownTwin(path: string, chapterIds: readonly string[]): boolean {
	if (/^\/(skills|roles)\/[a-z0-9-]+\/$/.test(path)) return true;
	return path !== '/404/' && chapterIds.some((id) => chapterPath(id) === path);
}
