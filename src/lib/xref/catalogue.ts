/**
 * Every problem the cross-reference validator can report. Each has a page in the handbook's
 * contributor section, `src/content/docs/contributing/errors/<id>.md`, with the same id.
 */
export const PROBLEMS = {
	'unknown-id': {
		severity: 'error',
		title: 'Unknown id',
		fix: 'Use the id of an existing entry (its file name), or add the missing entry.',
	},
	'duplicate-id': {
		severity: 'error',
		title: 'Duplicate id',
		fix: 'Give each entry, question and option its own id; rename or remove one of the two.',
	},
	'level-out-of-range': {
		severity: 'error',
		title: 'Level outside 1-4',
		fix: 'Use a whole number from 1 (foundation) to 4 (expert).',
	},
	'unreachable-role': {
		severity: 'error',
		title: 'Role not reachable from the intern role',
		fix: 'Add a transition to this role from a role that can be reached from `intern`.',
	},
	'self-transition': {
		severity: 'error',
		title: 'Transition to the same role',
		fix: 'Point the transition at another role, or remove it.',
	},
	'invalid-entry': {
		severity: 'error',
		title: 'Entry does not match its schema',
		fix: 'Correct the field as the message says; the fields are documented in src/lib/content/schemas.ts.',
	},
	'undescribed-diagram': {
		severity: 'error',
		title: 'Diagram without an accessible title and description',
		fix: 'Add `accTitle: …` and `accDescr: …` lines after the diagram type, saying what it shows.',
	},
	'unsupported-diagram': {
		severity: 'error',
		title: 'Diagram the handbook cannot show accessibly',
		fix: 'Write a flowchart, and link nodes only to role or skill pages with `click NODE href "/roles/<id>/"`.',
	},
	'level-above-scope': {
		severity: 'error',
		title: 'Skill level wider than the role’s scope',
		fix: 'Lower the level to what the scope allows (guided 2, feature and team 3, multi-team and organisation 4), or widen the role’s `scope` if its work really reaches that far.',
	},
	'ladder-regression': {
		severity: 'error',
		title: 'Ladder step that lowers or drops a skill',
		fix: 'Expect the skill in the target role at least at the source role’s level, or lower it in the source role.',
	},
	'flat-step': {
		severity: 'error',
		title: 'Ladder step that raises too few skills',
		fix: 'Raise at least three skills in the target role, the ones its wider scope really demands, or reconsider whether the two roles are different levels.',
	},
	'focus-not-raised': {
		severity: 'error',
		title: 'Transition focus the target does not raise',
		fix: 'Name as focus only skills the target role expects higher than the source role, or raise the skill in the target role.',
	},
	'longest-answer': {
		severity: 'error',
		title: 'Right option is the longest too often',
		fix: 'Make the right option as long as the others: move its reasoning into its explanation, and make the wrong options as specific as the right one.',
	},
	'much-longer-answer': {
		severity: 'error',
		title: 'Right option much longer than the others',
		fix: 'Shorten the right option or lengthen the wrong ones until no option is half as long again as the next.',
	},
	'fixed-answer-count': {
		severity: 'error',
		title: 'Multiple-answer questions always have the same number right',
		fix: 'Vary how many options are right, from one to all but one, so the count gives nothing away.',
	},
	'duplicate-option': {
		severity: 'error',
		title: 'The same option twice in a question',
		fix: 'Remove the repeated option or make it a different, plausible answer.',
	},
	'giveaway-option': {
		severity: 'error',
		title: '"All of the above" or "none of the above"',
		fix: 'Replace the option with a real answer a colleague might give; options must stand on their own, as their order is shuffled.',
	},
	'bank-coverage': {
		severity: 'error',
		title: 'Too few bank questions for a skill level',
		fix: 'Add questions at the levels named, in content/question-bank/<skill id>.yaml, each testing that level’s descriptor.',
	},
	'unused-skill': {
		severity: 'warning',
		title: 'Skill that no role expects',
		fix: 'Add the skill to the `skills` map of the roles that need it, or remove the skill.',
	},
	'one-way-related': {
		severity: 'warning',
		title: 'Related skill that does not link back',
		fix: "Add this skill to the other skill's `related` list, or remove the link.",
	},
} as const;

export type ProblemId = keyof typeof PROBLEMS;
export type Severity = (typeof PROBLEMS)[ProblemId]['severity'];

/** One reported problem, located in a file. */
export interface Problem {
	id: ProblemId;
	/** Path relative to the project root. */
	file: string;
	line: number;
	column: number;
	/** The offending value as written, e.g. the misspelt id. */
	value: string;
	/** What is wrong, in one sentence. */
	message: string;
	/** The likely intended value, when there is one. */
	suggestion?: string;
}

export const severityOf = (problem: Problem): Severity => PROBLEMS[problem.id].severity;

/** The contributor page that explains a problem. */
export const docsPathOf = (id: ProblemId): string => `/contributing/errors/${id}/`;
