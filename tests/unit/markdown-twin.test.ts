import { describe, expect, it } from 'vitest';
import {
	hasMarkdownTwin,
	markdownPathOf,
	mdxToMarkdown,
} from '../../src/lib/site/markdown-twin.ts';
import { DATA_FILES, publicUrl, type DataContext } from '../../src/lib/site/data-export.ts';
import { twinRenderers } from '../../src/lib/site/twin-renderers.ts';

const renderers = {
	entry: (_kind: 'skill' | 'role', id: string) =>
		id === 'sql'
			? { title: 'SQL', url: '/skills/sql/' }
			: id === 'senior'
				? { title: 'Senior Backend Engineer', url: '/roles/senior/' }
				: undefined,
	url: (path: string) => path,
	component: (name: string, attributes: Record<string, string>) =>
		name === 'SkillsThatGrow' ? `grow ${attributes['from']} to ${attributes['to']}` : undefined,
};

describe('mdxToMarkdown', () => {
	it('drops imports and layout tags, links entries, lists checklist items and renders data components', () => {
		const body = [
			"import { Skill, Role } from '~/components';",
			'',
			'A <Role id="senior" /> reviews <Skill id="sql">queries</Skill>.',
			'',
			'<SkillsThatGrow from="mid-level" to="senior" />',
			'',
			'<div class="columns">',
			'<section>',
			'<Checklist id="ready" label="Ready">',
			'<Check id="a">Ship a feature</Check>',
			'</Checklist>',
			'</section>',
			'</div>',
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

describe('body links in the twins', () => {
	const body = [
		'Read [SQL](/skills/sql/#levels "the skill") and [the levels](/levels-compared/).',
		'',
		'<Checklist id="c" label="C">',
		'<Check id="a">Compare with [the senior role](/roles/senior/)</Check>',
		'</Checklist>',
		'',
		'Elsewhere: [MDN](https://developer.mozilla.org/), [a note](#below), `[code](/not/)`.',
		'',
		'```md',
		'[an example](/skills/example/)',
		'```',
	].join('\n');
	const publish = (context: DataContext) =>
		mdxToMarkdown(body, { ...renderers, url: (path) => publicUrl(path, context) });

	it('puts root-relative links under the base, and leaves code and other links alone', () => {
		const text = publish({ base: '/handbook/', site: undefined });
		expect(text).toContain('[SQL](/handbook/skills/sql/#levels "the skill")');
		expect(text).toContain('[the levels](/handbook/levels-compared/)');
		expect(text).toContain('[the senior role](/handbook/roles/senior/)');
		expect(text).toContain(
			'[MDN](https://developer.mozilla.org/), [a note](#below), `[code](/not/)`',
		);
		expect(text).toContain('[an example](/skills/example/)');
	});

	it('makes them absolute when the public address is known', () => {
		const text = publish({ base: '/handbook/', site: 'https://example.org' });
		expect(text).toContain('[SQL](https://example.org/handbook/skills/sql/#levels "the skill")');
		expect(text).toContain('[the levels](https://example.org/handbook/levels-compared/)');
	});
});

describe('the Data page’s twin', () => {
	it('has the table of data files <DataFiles /> shows, from the same list', () => {
		const { component } = twinRenderers(
			{ roles: [], skills: [], selfChecks: [], milestone: { from: '', to: '' } },
			{ base: '/handbook/', site: 'https://example.org' },
		);
		const table = component?.('DataFiles', {}) ?? '';
		const rows = table.split('\n').slice(2);
		expect(rows).toHaveLength(DATA_FILES.length);
		expect(rows[1]).toBe(
			`| [\`/data/v1/roles.json\`](https://example.org/handbook/data/v1/roles.json) | ${DATA_FILES[1].description} | [roles.schema.json](https://example.org/handbook/data/v1/schema/roles.schema.json) |`,
		);
		expect(rows.at(-1)).toMatch(/levels\.csv.*\| RFC 4180 CSV \|$/);
	});
});

describe('the home page’s twin', () => {
	it('names a <StartLink /> by its UI string and links it under the base', () => {
		const { component } = twinRenderers(
			{ roles: [], skills: [], selfChecks: [], milestone: { from: '', to: '' } },
			{ base: '/handbook/', site: 'https://example.org' },
		);
		expect(component?.('StartLink', { page: 'planner' })).toBe(
			'[Transition planner](https://example.org/handbook/tools/planner/)',
		);
		expect(component?.('StartLink', { page: 'nowhere' })).toBe('');
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
