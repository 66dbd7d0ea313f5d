import { describe, expect, it } from 'vitest';
import {
	hasMarkdownTwin,
	markdownPathOf,
	mdxToMarkdown,
} from '../../src/lib/site/markdown-twin.ts';

const renderers = {
	entry: (_kind: 'skill' | 'role', id: string) =>
		id === 'sql'
			? { title: 'SQL', url: '/skills/sql/' }
			: id === 'senior'
				? { title: 'Senior Backend Engineer', url: '/roles/senior/' }
				: undefined,
	component: (name: string, attributes: Record<string, string>) =>
		name === 'SkillsThatGrow' ? `grow ${attributes['from']} to ${attributes['to']}` : undefined,
};

describe('mdxToMarkdown', () => {
	it('drops imports, links entries, lists checklist items and renders data components', () => {
		const body = [
			"import { Skill, Role } from '~/components';",
			'',
			'A <Role id="senior" /> reviews <Skill id="sql">queries</Skill>.',
			'',
			'<SkillsThatGrow from="mid-level" to="senior" />',
			'',
			'<Checklist id="ready" label="Ready">',
			'<Check id="a">Ship a feature</Check>',
			'</Checklist>',
			'',
			'<CareerMap />',
		].join('\n');
		expect(mdxToMarkdown(body, renderers)).toBe(
			[
				'A [Senior Backend Engineer](/roles/senior/) reviews [queries](/skills/sql/).',
				'',
				'grow mid-level to senior',
				'',
				'- [ ] Ship a feature',
			].join('\n'),
		);
	});

	it('keeps fenced code, Mermaid included, exactly as written', () => {
		const body = '```mermaid\nflowchart LR\n  a --> b\n```\n\n```mdx\n<Skill id="sql" />\n```';
		expect(mdxToMarkdown(body, renderers)).toBe(body);
	});

	it('keeps the text of a link to an unknown entry', () => {
		expect(mdxToMarkdown('See <Skill id="gone">old skill</Skill>.', renderers)).toBe(
			'See old skill.',
		);
	});
});

describe('twin paths', () => {
	it('puts a twin beside its page', () => {
		expect(markdownPathOf('/career-path/leadership/')).toBe('/career-path/leadership.md');
		expect(markdownPathOf('/')).toBe('/index.md');
	});

	it('gives twins to chapters, roles and skills, not to tools, indexes or the 404 page', () => {
		const chapters = ['index', 'career-path/leadership', '404'];
		expect(hasMarkdownTwin('/roles/staff/', chapters)).toBe(true);
		expect(hasMarkdownTwin('/career-path/leadership/', chapters)).toBe(true);
		expect(hasMarkdownTwin('/', chapters)).toBe(true);
		expect(hasMarkdownTwin('/tools/planner/', chapters)).toBe(false);
		expect(hasMarkdownTwin('/roles/', chapters)).toBe(false);
		expect(hasMarkdownTwin('/404/', chapters)).toBe(false);
	});
});
