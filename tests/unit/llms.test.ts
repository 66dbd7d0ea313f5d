import { describe, expect, it } from 'vitest';
import strings from '../../src/content/i18n/en.json' with { type: 'json' };
import { llmsOutline } from '../../src/lib/site/llms.ts';

const chapters = [
	{ id: 'index', data: { title: 'Home', description: 'Start.', sidebar: {} } },
	{ id: 'career-path/why-backend', data: { title: 'Why backend', sidebar: { order: 1 } } },
];
const roles = [
	{
		id: 'senior',
		data: { title: 'Senior', summary: 'Leads.', track: 'ladder' as const, order: 5 },
	},
];
const skills = [{ id: 'sql', data: { title: 'SQL', summary: 'Queries.' } }];
const outline = (site: string | undefined) =>
	llmsOutline(chapters, roles, skills, { base: '/handbook/', site }, (key) => strings[key]);

describe('llms.txt', () => {
	it('lists the indexes, the skill finder, the print edition and every tool with its page', () => {
		const text = outline(undefined);
		for (const [title, path] of [
			[strings['handbook.roles.all'], '/handbook/roles/'],
			[strings['handbook.skills.all'], '/handbook/skills/'],
			[strings['handbook.finder.title'], '/handbook/skill-finder/'],
			[strings['handbook.print.title'], '/handbook/print/'],
			[strings['handbook.tools.assessment.title'], '/handbook/tools/self-assessment/'],
			[strings['handbook.tools.planner.title'], '/handbook/tools/planner/'],
			[strings['handbook.tools.progress.title'], '/handbook/tools/progress/'],
			[strings['handbook.tools.coach.title'], '/handbook/tools/coach/'],
		])
			expect(text).toContain(`- [${title}](${path}): `);
		expect(text).toContain('- [Senior](/handbook/roles/senior.md): Leads.');
	});

	it('gives absolute addresses when the public address is known', () => {
		expect(outline('https://example.org')).toContain(
			`- [${strings['handbook.tools.coach.title']}](https://example.org/handbook/tools/coach/): `,
		);
	});
});
