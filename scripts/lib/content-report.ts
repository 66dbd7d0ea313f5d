/**
 * Numbers about the content that notes and reviews quote: words per chapter, role and skill, and
 * the level matrix (role × skill). Computed, never counted by hand.
 */
import type { ContentFile } from '../../src/lib/content/content-files.ts';

/** Words a reader reads in an MDX or Markdown body: prose, tables and lists, without imports, tags or code. */
export function countWords(body: string): number {
	const prose = body
		.replace(/^```[\s\S]*?^```/gm, ' ')
		.replace(/^import .*$/gm, ' ')
		.replace(/<[^>]*>/g, ' ');
	return prose.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

export interface WordCount {
	kind: ContentFile['kind'];
	id: string;
	words: number;
}

export const wordCounts = (files: readonly ContentFile[]): WordCount[] =>
	files
		.filter((file) => file.kind !== 'self-check')
		.map((file) => ({ kind: file.kind, id: file.id, words: countWords(file.body.text) }))
		.sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));

/** The level matrix as a Markdown table: one row per skill, one column per role, "·" where not expected. */
export function levelMatrix(
	roles: readonly { id: string; skills: Record<string, number> }[],
	skills: readonly string[],
): string {
	const header = `| skill | ${roles.map((role) => role.id).join(' | ')} |`;
	const rule = `| --- | ${roles.map(() => '---').join(' | ')} |`;
	const rows = skills.map(
		(skill) => `| ${skill} | ${roles.map((role) => role.skills[skill] ?? '·').join(' | ')} |`,
	);
	return [header, rule, ...rows].join('\n');
}
