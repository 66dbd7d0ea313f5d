/**
 * Zod schema factories for the handbook's data collections.
 *
 * They are plain functions over the `zod` package so that the same schemas validate content
 * inside Astro (`src/content.config.ts`) and in `npm run validate`, which runs without Astro.
 */
import { z } from 'zod';
import { ID_PATTERN } from './ids.ts';

/** Skill and role ids: lowercase words joined by hyphens, as in file names and URLs. */
export const idSchema = () =>
	z.string().regex(ID_PATTERN, 'Use lowercase letters, digits and single hyphens.');

/** A skill level: 1 foundation, 2 working, 3 proficient, 4 expert (see `levels.ts`). */
export const levelSchema = () => z.number().int().min(1).max(4);

/** Non-empty, trimmed prose. */
const text = () => z.string().trim().min(1);

export const SKILL_CATEGORIES = ['technical', 'architecture', 'delivery', 'people'] as const;
export const ROLE_TRACKS = ['ladder', 'alternative'] as const;

/**
 * How wide a role's impact is expected to be, narrowest first. A role may expect a skill level
 * only up to `SCOPE_MAX_LEVEL[scope]`: level 4 descriptors describe organisation-wide work
 * ("sets the organisation's conventions"), so they need a multi-team or organisation scope;
 * level 3 (hard cases, reviews of teammates' work) needs at least one's own features.
 */
export const ROLE_SCOPES = ['guided', 'feature', 'team', 'multi-team', 'organisation'] as const;
export type RoleScope = (typeof ROLE_SCOPES)[number];
export const SCOPE_MAX_LEVEL: Record<RoleScope, 1 | 2 | 3 | 4> = {
	guided: 2,
	feature: 3,
	team: 3,
	'multi-team': 4,
	organisation: 4,
};

/** The lanes of the career map, in the order they are drawn. */
export const ROLE_FAMILIES = [
	'ladder',
	'infrastructure',
	'security',
	'data-ai',
	'architecture',
	'application',
	'people',
	'product',
] as const;

export const RESOURCE_KINDS = [
	'article',
	'book',
	'certification',
	'course',
	'documentation',
	'organisation',
	'standard',
	'tool',
	'video',
] as const;

/** A book, course, article, tool or reference a reader can look up. */
export const resourceSchema = () =>
	z.strictObject({
		/** The resource's name as its publisher gives it. */
		title: text(),
		/** What sort of resource it is. */
		kind: z.enum(RESOURCE_KINDS),
		/** Who publishes or maintains it, when that helps a reader find it. */
		publisher: text().optional(),
		/** Its public https address: the official page, or the publisher's page of a book. */
		url: z.url({ protocol: /^https$/ }),
		/** Whether a reader can use it without paying. */
		free: z.boolean(),
	});

/** Frontmatter of `content/skills/<id>.mdx`; the MDX body explains the skill. */
export const skillSchema = () =>
	z.strictObject({
		/** The skill's name as a heading, e.g. "SQL". */
		title: text(),
		/** One sentence: what the skill is, shown in tables, search excerpts and link titles. */
		summary: text(),
		/** The group the skill is listed under in the sidebar and the skill finder. */
		category: z.enum(SKILL_CATEGORIES),
		/** Other names readers know the skill by: abbreviations, tools, products. Shown on the page. */
		aliases: z.array(text()).default([]),
		/** Misspellings readers type into search; indexed so they find the page, never shown. */
		misspellings: z.array(text()).default([]),
		/** What a person at each level can observably do, keyed 1 to 4. */
		levels: z.strictObject({ 1: text(), 2: text(), 3: text(), 4: text() }),
		/** Concrete exercises and project ideas for practising the skill. */
		practice: z.array(text()).min(1),
		/** Mistakes people commonly make with this skill, and what to do instead. */
		mistakes: z.array(text()).min(1),
		/** Ids of skills worth learning alongside this one; each should list this one back. */
		related: z.array(idSchema()).default([]),
		/** Books, courses, documentation and tools to learn from; official documentation first. */
		resources: z.array(resourceSchema()).default([]),
		/** Ids this skill had before a rename, so that saved progress follows it. */
		formerIds: z.array(idSchema()).default([]),
	});

/** A move from one role to another. */
export const transitionSchema = () =>
	z.strictObject({
		/** The id of the role this transition leads to. */
		to: idSchema(),
		/** Ids of the skills to grow for this move. */
		focus: z.array(idSchema()).min(1),
		/** Observable milestones that typically show a person is ready for the move. */
		milestones: z.array(text()).min(1),
	});

/** What interviewers and candidates need to know about assessing a role; the rubric is generated. */
export const assessmentSchema = () =>
	z.strictObject({
		/** Interview exercises suited to the level: what the candidate is asked to do. */
		exercises: z.array(text()).min(3).max(5),
		/** Observable signals interviewers look for at this level. */
		signals: z.array(text()).min(3).max(6),
		/** Observable red flags at this level. */
		redFlags: z.array(text()).min(3).max(5),
	});

/** Frontmatter of `content/roles/<id>.mdx`; the MDX body describes the role in prose. */
export const roleSchema = () =>
	z.strictObject({
		/** The role's usual job title, e.g. "Senior Backend Engineer". */
		title: text(),
		/** `ladder` for the main intern-to-architect path, `alternative` for paths that branch off. */
		track: z.enum(ROLE_TRACKS),
		/** Position on the track, from 1; orders the sidebar, tables and diagrams. */
		order: z.number().int().min(1),
		/** How wide the role's impact is; caps the skill levels it may expect (`SCOPE_MAX_LEVEL`). */
		scope: z.enum(ROLE_SCOPES),
		/** The career map lane the role is drawn in. */
		family: z.enum(ROLE_FAMILIES),
		/** One sentence: what the role is for. */
		summary: text(),
		/** Other job titles and abbreviations readers search for, e.g. "tech lead", "SRE". */
		aliases: z.array(text()).default([]),
		/** What a typical working day involves, as observable activities. */
		dayToDay: z.array(text()).min(1),
		/** What the person is accountable for. */
		responsibilities: z.array(text()).min(1),
		/** Expected level (1-4) of each relevant skill, keyed by skill id. */
		skills: z.record(idSchema(), levelSchema()),
		/** Where people in this role typically go next. */
		transitions: z.array(transitionSchema()).default([]),
		/** Interview exercises, signals and red flags for the "How this level is assessed" section. */
		assessment: assessmentSchema(),
		/** Ids this role had before a rename, so that saved progress follows it. */
		formerIds: z.array(idSchema()).default([]),
	});

/** One answer option of a self-check question. */
export const optionSchema = () =>
	z.strictObject({
		/** Stable id within the question (e.g. `a`), so saved answers survive reordering. */
		id: idSchema(),
		/** The option as the reader sees it. */
		text: text(),
		/** Whether choosing this option is right. */
		correct: z.boolean().default(false),
		/** Why this option is right or wrong, shown after answering. */
		explanation: text(),
	});

/** The fields every question has, in a self-check or in the question bank. */
const questionFields = () => ({
	/** Stable id within its file; saved answers are keyed by it. */
	id: idSchema(),
	/** `single`: one right option; `multiple`: several; `scenario`: one, after a situation. */
	kind: z.enum(['single', 'multiple', 'scenario']),
	/** The situation to read first; required for scenario questions. */
	scenario: text().optional(),
	/** The question itself. */
	prompt: text(),
	/** The answer options, at least two; shown in an order shuffled by question id at build. */
	options: z.array(optionSchema()).min(2),
	/** Ids this question had before a rename, so that saved answers follow it. */
	formerIds: z.array(idSchema()).default([]),
});

type AnswerFields = { kind: string; scenario?: string | undefined; options: { correct: boolean }[] };

function answerRules(question: AnswerFields, ctx: z.RefinementCtx): void {
	const correct = question.options.filter((option) => option.correct).length;
	if (correct === 0)
		ctx.addIssue({ code: 'custom', message: 'Mark at least one option `correct: true`.' });
	if (question.kind !== 'multiple' && correct > 1)
		ctx.addIssue({
			code: 'custom',
			message: `A ${question.kind} question has exactly one correct option.`,
		});
	if (question.kind === 'multiple' && correct === question.options.length)
		ctx.addIssue({
			code: 'custom',
			message: 'Leave at least one option of a multiple-answer question wrong.',
		});
	if (question.kind === 'scenario' && !question.scenario)
		ctx.addIssue({ code: 'custom', message: 'A scenario question needs a `scenario`.' });
}

/** One question of a self-check. */
export const questionSchema = () =>
	z
		.strictObject({
			...questionFields(),
			/** Ids of the skills this question tests, the primary one first; linked after answering. */
			skills: z.array(idSchema()).min(1),
			/** The level (1-4) of the primary skill the question tests, against that level's descriptor. */
			level: levelSchema(),
		})
		.superRefine(answerRules);

/** One question of the bank: it tests the file's skill at one level. */
export const bankQuestionSchema = () =>
	z
		.strictObject({
			...questionFields(),
			/** The level (1-4) the question tests, against the skill's descriptor at that level. */
			level: levelSchema(),
		})
		.superRefine(answerRules);

/** A skill's questions for the adaptive test: `content/question-bank/<skill id>.yaml`. */
export const questionBankSchema = () =>
	z.strictObject({
		/** The questions, at least three per level. */
		questions: z.array(bankQuestionSchema()).min(1),
	});

/** A self-check: `content/self-checks/<id>.yaml`. */
export const selfCheckSchema = () =>
	z.strictObject({
		/** Heading shown above the questions. */
		title: text(),
		/** The questions, in the order they are asked. */
		questions: z.array(questionSchema()).min(1),
		/** Ids (file names) this self-check had before a rename, so that saved answers follow it. */
		formerIds: z.array(idSchema()).default([]),
	});

/** Fields the handbook adds to Starlight's docs frontmatter for chapters. */
export const chapterFieldsSchema = () =>
	z.object({
		/** Ids of the skills the chapter covers; listed on each skill's page. */
		skills: z.array(idSchema()).default([]),
		/** Ids of the roles the chapter covers. */
		roles: z.array(idSchema()).default([]),
		/** Id of the self-check that closes the chapter. */
		selfCheck: idSchema().optional(),
	});

export type Skill = z.output<ReturnType<typeof skillSchema>>;
export type Role = z.output<ReturnType<typeof roleSchema>>;
export type Assessment = z.output<ReturnType<typeof assessmentSchema>>;
export type Transition = z.output<ReturnType<typeof transitionSchema>>;
export type SelfCheck = z.output<ReturnType<typeof selfCheckSchema>>;
export type Question = z.output<ReturnType<typeof questionSchema>>;
export type BankQuestion = z.output<ReturnType<typeof bankQuestionSchema>>;
export type QuestionBank = z.output<ReturnType<typeof questionBankSchema>>;
export type ChapterFields = z.output<ReturnType<typeof chapterFieldsSchema>>;
