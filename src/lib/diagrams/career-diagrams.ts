/**
 * The career flowcharts, generated from the roles' transitions: the whole map (drawn in lanes by
 * `lane-map.ts`), each role's neighbourhood (Mermaid) and the junior-to-senior milestone chart (an
 * outline, `outline.ts`). Pure functions over plain data, so a new
 * role or transition shows up in every diagram without editing one by hand.
 */
import strings from '../../content/i18n/en.json' with { type: 'json' };
import { arrivalsAt, sortRoles, type Entry } from '../career/queries.ts';
import { shortestPath } from '../career/planner.ts';
import { ROLE_FAMILIES, type Role, type Skill } from '../content/schemas.ts';
import { rolePath, skillPath } from '../site/urls.ts';
import { nodeId, toMermaid, type DiagramEdge, type DiagramGraph } from './graph.ts';
import type { Lane } from './lane-map.ts';

type RoleData = Pick<Role, 'title' | 'track' | 'order' | 'transitions'> & Partial<Pick<Role, 'family'>>;
type SkillData = Pick<Skill, 'title'>;

/** A generated diagram: the graph (for the text alternative and the outline) and its Mermaid source. */
export interface GeneratedDiagram {
	graph: DiagramGraph;
	source: string;
	/** Node ids drawn as the page's own role. */
	highlight: string[];
}

/** The milestone chart the career path guide asks for: from a junior to a senior engineer. */
export const MILESTONE_CHART = { from: 'junior', to: 'senior' } as const;

type StringKey = keyof typeof strings;

/** Fills `{{name}}` placeholders of a UI string, the way Starlight's `t()` does. */
export function format(key: StringKey, values: Record<string, string | number> = {}): string {
	return strings[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

const roleNode = (role: Entry<RoleData>, link = true) => ({
	id: nodeId(role.id),
	label: role.data.title,
	...(link ? { href: rolePath(role.id) } : {}),
});

/** An edge labelled with the transition's focus skills. */
function focusEdge(
	from: string,
	to: string,
	focus: readonly string[],
	skills: ReadonlyMap<string, Entry<SkillData>>,
): DiagramEdge {
	const links = focus.flatMap((id) => {
		const skill = skills.get(id);
		return skill ? [{ label: skill.data.title, href: skillPath(id) }] : [];
	});
	return {
		from: nodeId(from),
		to: nodeId(to),
		label: links.map((link) => link.label).join(', '),
		skills: links,
	};
}

/** The career map: the graph for the text list of moves, and the lanes it is drawn in. */
export interface CareerMapDiagram {
	graph: DiagramGraph;
	lanes: Lane[];
}

/** The whole ladder and every alternative path; each role links to its page. */
export function careerMap(roles: readonly Entry<RoleData>[]): CareerMapDiagram {
	const sorted = sortRoles(roles);
	const known = new Set(sorted.map((role) => role.id));
	const ladder = sorted.filter((role) => role.data.track === 'ladder');
	const graph: DiagramGraph = {
		title: format('handbook.diagram.map.title'),
		description: format('handbook.diagram.map.description', {
			count: sorted.length,
			first: ladder[0]?.data.title ?? '',
			last: ladder.at(-1)?.data.title ?? '',
		}),
		nodes: sorted.map((role) => roleNode(role)),
		edges: sorted.flatMap((role) =>
			role.data.transitions
				.filter((transition) => known.has(transition.to))
				.map((transition) => ({ from: nodeId(role.id), to: nodeId(transition.to) })),
		),
	};
	return { graph, lanes: careerLanes(roles) };
}

/**
 * The career map's lanes: one per family that has roles, in `ROLE_FAMILIES` order, each with its
 * roles in the ladder's order and their moves.
 */
export function careerLanes(roles: readonly Entry<RoleData>[]): Lane[] {
	const sorted = sortRoles(roles);
	return ROLE_FAMILIES.map((family) => ({
		id: family,
		label: format(`handbook.family.${family}`),
		roles: sorted
			.filter((role) => (role.data.family ?? 'ladder') === family)
			.map((role) => ({
				id: role.id,
				title: role.data.title,
				moves: role.data.transitions.map((transition) => transition.to),
			})),
	})).filter((lane) => lane.roles.length > 0);
}

/** Where people come from and go next, around one role, with the skills to grow for each move. */
export function roleNeighbourhood(
	roles: readonly Entry<RoleData>[],
	skills: readonly Entry<SkillData>[],
	roleId: string,
): GeneratedDiagram {
	const byId = new Map(roles.map((role) => [role.id, role]));
	const skillsById = new Map(skills.map((skill) => [skill.id, skill]));
	const role = byId.get(roleId);
	if (!role) throw new Error(`No role "${roleId}".`);
	const arrivals = arrivalsAt(roles, roleId).filter(({ role: from }) => from.id !== roleId);
	const next = role.data.transitions.flatMap((transition) => {
		const target = byId.get(transition.to);
		return target && target.id !== roleId ? [{ target, transition }] : [];
	});
	const graph: DiagramGraph = {
		title: format('handbook.diagram.role.title', { role: role.data.title }),
		description: format('handbook.diagram.role.description', { role: role.data.title }),
		nodes: [
			...arrivals.map(({ role: from }) => roleNode(from)),
			roleNode(role, false),
			...next
				.filter(({ target }) => !arrivals.some(({ role: from }) => from.id === target.id))
				.map(({ target }) => roleNode(target)),
		],
		edges: [
			...arrivals.map(({ role: from, transition }) =>
				focusEdge(from.id, roleId, transition.focus, skillsById),
			),
			...next.map(({ target, transition }) =>
				focusEdge(roleId, target.id, transition.focus, skillsById),
			),
		],
	};
	const highlight = [nodeId(roleId)];
	return { graph, source: toMermaid(graph, { direction: 'LR', highlight }), highlight };
}

/**
 * The roles from `from` to `to` with, between each pair, a step listing the milestones that show
 * readiness; the arrow into each step names the skills to grow. Drawn as an outline only: a chain of
 * long lists reads best at the column's full width, which Mermaid's layout does not use.
 */
export function milestoneChart(
	roles: readonly Entry<RoleData>[],
	skills: readonly Entry<SkillData>[],
	from: string = MILESTONE_CHART.from,
	to: string = MILESTONE_CHART.to,
): { graph: DiagramGraph } | undefined {
	const byId = new Map(roles.map((role) => [role.id, role]));
	const path = shortestPath(roles, from, to)?.map((id) => byId.get(id) as Entry<RoleData>);
	const first = path?.[0];
	const last = path?.at(-1);
	if (!path || !first || !last || path.length < 2) return undefined;
	const skillsById = new Map(skills.map((skill) => [skill.id, skill]));
	const graph: DiagramGraph = {
		title: format('handbook.diagram.milestones.title', {
			from: first.data.title,
			to: last.data.title,
		}),
		description: format('handbook.diagram.milestones.description', {
			from: first.data.title,
			to: last.data.title,
		}),
		nodes: [roleNode(first)],
		edges: [],
	};
	path.slice(1).forEach((role, index) => {
		const before = path[index] as Entry<RoleData>;
		const transition = before.data.transitions.find((candidate) => candidate.to === role.id);
		const step = `${nodeId(before.id)}__${nodeId(role.id)}`;
		graph.nodes.push(
			{
				id: step,
				label: format('handbook.diagram.milestones.step', { role: role.data.title }),
				details: transition?.milestones ?? [],
			},
			roleNode(role),
		);
		graph.edges.push(
			{ ...focusEdge(before.id, role.id, transition?.focus ?? [], skillsById), to: step },
			{ from: step, to: nodeId(role.id) },
		);
	});
	return { graph };
}
