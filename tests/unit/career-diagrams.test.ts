import { describe, expect, it } from 'vitest';
import {
	careerMap,
	milestoneChart,
	roleNeighbourhood,
} from '../../src/lib/diagrams/career-diagrams.ts';
import { escapeLabel, toMermaid } from '../../src/lib/diagrams/graph.ts';

const role = (
	id: string,
	title: string,
	track: 'ladder' | 'alternative',
	order: number,
	transitions: { to: string; focus: string[]; milestones?: string[] }[] = [],
) => ({
	id,
	data: {
		title,
		track,
		order,
		transitions: transitions.map((t) => ({ milestones: ['Ships it'], ...t })),
	},
});

const roles = [
	role('devops', 'DevOps Engineer', 'alternative', 1, [{ to: 'senior', focus: ['sql'] }]),
	role('senior', 'Senior Engineer', 'ladder', 3),
	role('junior', 'Junior Engineer', 'ladder', 2, [
		{
			to: 'senior',
			focus: ['sql', 'design'],
			milestones: ['Owns a feature', 'Reviews "hard" code'],
		},
		{ to: 'devops', focus: ['ci', 'not-a-skill'] },
		{ to: 'nowhere', focus: ['sql'] },
	]),
	role('intern', 'Intern', 'ladder', 1, [{ to: 'junior', focus: ['sql'] }]),
];
const skills = [
	{ id: 'sql', data: { title: 'SQL' } },
	{ id: 'design', data: { title: 'Database design' } },
	{ id: 'ci', data: { title: 'CI/CD' } },
];

describe('careerMap', () => {
	it('lists every move between known roles, ladder first, and puts each role in its family’s lane', () => {
		const { graph, lanes } = careerMap(roles);
		expect(graph.nodes.map((node) => [node.id, node.href])).toEqual([
			['intern', '/roles/intern/'],
			['junior', '/roles/junior/'],
			['senior', '/roles/senior/'],
			['devops', '/roles/devops/'],
		]);
		expect(graph.edges.map((edge) => `${edge.from}>${edge.to}`)).toEqual([
			'intern>junior',
			'junior>senior',
			'junior>devops',
			'devops>senior',
		]);
		// Roles without a family are on the ladder; the move to an unknown role is dropped later.
		expect(lanes.map((lane) => [lane.id, lane.label, lane.roles.map((role) => role.id)])).toEqual([
			['ladder', 'The ladder', ['intern', 'junior', 'senior', 'devops']],
		]);
		const withFamily = roles.map((entry) =>
			entry.id === 'devops'
				? { ...entry, data: { ...entry.data, family: 'infrastructure' as const } }
				: entry,
		);
		expect(careerMap(withFamily).lanes.map((lane) => [lane.id, lane.roles.length])).toEqual([
			['ladder', 3],
			['infrastructure', 1],
		]);
	});
});

describe('roleNeighbourhood', () => {
	it('shows arrivals and next roles around the role, labelled with the focus skills that exist', () => {
		const { source, graph } = roleNeighbourhood(roles, skills, 'junior');
		expect(source).toMatchInlineSnapshot(`
			"flowchart LR
			  accTitle: Moves into and out of the Junior Engineer role
			  accDescr: Flowchart of the roles people move from into Junior Engineer, and the roles they move on to. Each arrow is labelled with the skills to grow for that move.
			  intern["\`Intern\`"]
			  junior["\`Junior Engineer\`"]
			  senior["\`Senior Engineer\`"]
			  devops["\`DevOps Engineer\`"]
			  intern -->|"\`SQL\`"| junior
			  junior -->|"\`SQL, Database design\`"| senior
			  junior -->|"\`CI/CD\`"| devops
			  click intern href "/roles/intern/"
			  click senior href "/roles/senior/"
			  click devops href "/roles/devops/"
			  class junior current
			"
		`);
		expect(
			graph.edges.map((edge) => [edge.from, edge.to, edge.skills?.map((s) => s.href)]),
		).toEqual([
			['intern', 'junior', ['/skills/sql/']],
			['junior', 'senior', ['/skills/sql/', '/skills/design/']],
			['junior', 'devops', ['/skills/ci/']],
		]);
	});

	it('draws a role that is both an arrival and a next role once', () => {
		const cycle = [
			role('a', 'A', 'ladder', 1, [{ to: 'b', focus: ['sql'] }]),
			role('b', 'B', 'ladder', 2, [{ to: 'a', focus: ['sql'] }]),
		];
		expect(roleNeighbourhood(cycle, skills, 'a').graph.nodes.map((node) => node.id)).toEqual([
			'b',
			'a',
		]);
	});

	it('fails for a role that does not exist', () => {
		expect(() => roleNeighbourhood(roles, skills, 'ghost')).toThrow('No role "ghost".');
	});
});

describe('milestoneChart', () => {
	it('puts the milestones of each move between the roles, the skills on the arrow into them', () => {
		expect(milestoneChart(roles, skills, 'intern', 'senior')?.source).toMatchInlineSnapshot(`
			"flowchart TB
			  accTitle: From Intern to Senior Engineer: milestones and skills
			  accDescr: Flowchart of the steps from Intern to Senior Engineer. Each arrow into a step names the skills to grow, and each step lists the milestones that usually show you are ready for the next role.
			  intern["\`Intern\`"]
			  intern__junior["\`Signs you are ready for Junior Engineer
			• Ships it\`"]
			  junior["\`Junior Engineer\`"]
			  junior__senior["\`Signs you are ready for Senior Engineer
			• Owns a feature
			• Reviews “hard” code\`"]
			  senior["\`Senior Engineer\`"]
			  intern -->|"\`SQL\`"| intern__junior
			  intern__junior --> junior
			  junior -->|"\`SQL, Database design\`"| junior__senior
			  junior__senior --> senior
			  click intern href "/roles/intern/"
			  click junior href "/roles/junior/"
			  click senior href "/roles/senior/"
			"
		`);
	});

	it('is undefined when no chain of transitions joins the two roles', () => {
		expect(milestoneChart(roles, skills, 'senior', 'intern')).toBeUndefined();
	});
});

describe('Mermaid text', () => {
	it('replaces quotes, angle brackets, asterisks and backticks, which Mermaid labels cannot show', () => {
		expect(escapeLabel('Say "hi" to <b>C#</b>\n  2*3 `x`')).toBe(
			'Say \u201chi\u201d to \u2039b\u203aC#\u2039/b\u203a 2\u22173 \u2032x\u2032',
		);
	});

	it('folds line breaks in accTitle and accDescr and wraps labels in Markdown strings', () => {
		expect(
			toMermaid(
				{
					title: 'A\ntitle',
					description: 'Two\n\nlines',
					nodes: [{ id: 'a', label: 'snake_case', details: ['one', 'two'] }],
					edges: [],
				},
				{ direction: 'LR' },
			),
		).toBe(
			'flowchart LR\n  accTitle: A title\n  accDescr: Two lines\n  a["`snake_case\n• one\n• two`"]\n',
		);
	});
});
