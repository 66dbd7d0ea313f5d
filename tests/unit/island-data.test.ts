import { describe, expect, it } from 'vitest';
import { chaptersBySkill } from '../../src/lib/site/island-data.ts';

const chapter = (id: string, order: number, skills: string[]) => ({
	id,
	data: { title: id.toUpperCase(), skills, sidebar: { order } },
});

describe('chaptersBySkill', () => {
	it('links each skill to the chapters that cover it, in sidebar order, under the base', () => {
		const chapters = [
			chapter('growing-engineers/portfolio', 2, ['sql', 'testing']),
			chapter('career-path/starting-out', 3, ['sql']),
			chapter('growing-engineers/core-competencies', 1, ['sql']),
		];
		expect(chaptersBySkill(chapters, '/handbook/')).toEqual({
			sql: [
				{ title: 'CAREER-PATH/STARTING-OUT', href: '/handbook/career-path/starting-out/' },
				{
					title: 'GROWING-ENGINEERS/CORE-COMPETENCIES',
					href: '/handbook/growing-engineers/core-competencies/',
				},
				{ title: 'GROWING-ENGINEERS/PORTFOLIO', href: '/handbook/growing-engineers/portfolio/' },
			],
			testing: [
				{ title: 'GROWING-ENGINEERS/PORTFOLIO', href: '/handbook/growing-engineers/portfolio/' },
			],
		});
	});
});
