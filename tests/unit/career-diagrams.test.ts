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
		const graph = milestoneChart(roles, skills, 'intern', 'senior')?.graph;
		expect(graph?.title).toBe('From Intern to Senior Engineer: milestones and skills');
		expect(graph?.nodes.map(({ id, label, details, href }) => [id, label, details, href])).toEqual([
			['intern', 'Intern', undefined, '/roles/intern/'],
			['intern__junior', 'Signs you are ready for Junior Engineer', ['Ships it'], undefined],
			['junior', 'Junior Engineer', undefined, '/roles/junior/'],
			[
				'junior__senior',
				'Signs you are ready for Senior Engineer',
				['Owns a feature', 'Reviews "hard" code'],
				undefined,
			],
			['senior', 'Senior Engineer', undefined, '/roles/senior/'],
		]);
		expect(graph?.edges.map(({ from, to, label }) => [from, to, label])).toEqual([
			['intern', 'intern__junior', 'SQL'],
			['intern__junior', 'junior', undefined],
			['junior', 'junior__senior', 'SQL, Database design'],
			['junior__senior', 'senior', undefined],
		]);
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
