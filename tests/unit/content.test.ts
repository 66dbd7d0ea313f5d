/** The handbook's real content: every required role, skill and chapter exists and is filled in. */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/content-files.ts';
import { roleSchema, skillSchema } from '../../src/lib/content/schemas.ts';
import { countWords } from '../../scripts/lib/content-report.ts';

const root = new URL('../../', import.meta.url).pathname;
const files = readContent(root);
const ids = (kind: string) => files.filter((file) => file.kind === kind).map((file) => file.id);

const LADDER = [
	'intern',
	'graduate',
	'junior',
	'mid-level',
	'senior',
	'staff',
	'principal',
	'lead',
];
const ALTERNATIVE = [
	'architect',
	'sre',
	'platform-engineer',
	'ml-engineer',
	'full-stack',
	'cto',
	'engineering-manager',
	'devops-engineer',
	'data-engineer',
	'cloud-engineer',
	'security-engineer',
	'technical-consultant',
	'product-manager',
	'solutions-architect',
	'technical-evangelist',
];
const SKILLS = [
	'programming-languages',
	'data-structures-algorithms',
	'sql',
	'database-design',
	'nosql',
	'api-design',
	'version-control',
	'testing-debugging',
	'security',
	'system-design',
	'microservices',
	'containers-orchestration',
	'cloud-services',
	'performance-optimization',
	'caching',
	'observability',
	'ci-cd',
	'distributed-systems',
	'infrastructure-as-code',
	'data-pipelines',
	'ai-ml-integration',
	'problem-solving',
	'communication',
	'collaboration',
	'mentoring',
	'leadership',
	'project-management',
	'business-acumen',
	'continuous-learning',
	'portfolio-open-source',
	'networking-http',
	'linux-os',
	'messaging-streaming',
	'supply-chain-security',
	'ai-assisted-development',
	'incident-response',
	'web-frontend',
];
/** One chapter per part of the career path guide, one per section of the mentoring guide. */
const CHAPTERS = [
	'career-path/why-backend',
	'career-path/starting-out',
	'career-path/mid-career',
	'career-path/leadership',
	'career-path/alternative-paths',
	'career-path/outlook',
	'growing-engineers/core-competencies',
	'growing-engineers/architecture-scalability',
	'growing-engineers/communication-leadership',
	'growing-engineers/market-trends',
	'growing-engineers/portfolio',
	'growing-engineers/continuous-learning',
	'growing-engineers/putting-it-together',
	'getting-hired/interviewing',
	'getting-hired/job-search',
	'getting-hired/promotion',
	'getting-hired/titles-levels-pay',
	'levels-compared',
	'sources',
];

/** The least a reader should find on a page before deciding anything from it. */
const MIN_SKILL_WORDS = 400;
const MIN_ROLE_WORDS = 300;
const MIN_RESOURCES = 8;

describe('handbook content', () => {
	it('has every required role on its track', () => {
		const roles = files.filter((file) => file.kind === 'role');
		const track = (id: string) =>
			(roles.find((role) => role.id === id)?.data.value as { track?: string } | undefined)?.track;
		expect(LADDER.map(track)).toEqual(LADDER.map(() => 'ladder'));
		expect(ALTERNATIVE.map(track)).toEqual(ALTERNATIVE.map(() => 'alternative'));
	});

	it('has every required skill', () => {
		expect(SKILLS.filter((id) => !ids('skill').includes(id))).toEqual([]);
	});

	it('has every chapter of both guides, the levels comparison and the sources page', () => {
		expect(CHAPTERS.filter((id) => !ids('chapter').includes(id))).toEqual([]);
	});

	it('fills in every skill: four level descriptors, practice, mistakes, aliases, resources and a body', () => {
		const gaps = files
			.filter((file) => file.kind === 'skill')
			.flatMap((file) => {
				const skill = skillSchema().parse(file.data.value);
				const missing = [
					...Object.entries(skill.levels)
						.filter(([, text]) => text.length < 20)
						.map(([level]) => `levels.${level}`),
					...(skill.aliases.length ? [] : ['aliases']),
					...(skill.resources.length >= MIN_RESOURCES
						? []
						: [`${skill.resources.length} resources`]),
					...(skill.related.length ? [] : ['related']),
					...(countWords(file.body.text) >= MIN_SKILL_WORDS
						? []
						: [`${countWords(file.body.text)} words of body`]),
				];
				return missing.map((field) => `${file.id}: ${field}`);
			});
		expect(gaps).toEqual([]);
	});

	it('fills in every role: skills, day-to-day work, responsibilities and a body', () => {
		const gaps = files
			.filter((file) => file.kind === 'role')
			.flatMap((file) => {
				const role = roleSchema().parse(file.data.value);
				const missing = [
					...(Object.keys(role.skills).length >= 5 ? [] : ['skills']),
					...(countWords(file.body.text) >= MIN_ROLE_WORDS
						? []
						: [`${countWords(file.body.text)} words of body`]),
				];
				return missing.map((field) => `${file.id}: ${field}`);
			});
		expect(gaps).toEqual([]);
	});

	it('has exactly the 23 roles and 37 skills of the career model', () => {
		expect([ids('role').length, ids('skill').length]).toEqual([23, 37]);
		expect(ids('role').sort()).toEqual([...LADDER, ...ALTERNATIVE].sort());
		expect(ids('skill').sort()).toEqual([...SKILLS].sort());
	});

	it('closes every chapter but the sources page with a self-check', () => {
		const chapters = files.filter(
			(file) => file.kind === 'chapter' && CHAPTERS.includes(file.id) && file.id !== 'sources',
		);
		const without = chapters.filter((file) => {
			const selfCheck = (file.data.value as { selfCheck?: string }).selfCheck;
			return !selfCheck || !file.body.text.includes(`<SelfCheck id="${selfCheck}"`);
		});
		expect(without.map((file) => file.id)).toEqual([]);
	});
});
