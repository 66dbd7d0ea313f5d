import { describe, expect, it } from 'vitest';
import { careerNavigation } from '../../src/lib/site/navigation.ts';

const root = new URL('../fixtures/valid/', import.meta.url).pathname;

describe('careerNavigation', () => {
	const navigation = careerNavigation(root);

	it('links the roles index and the career map first', () => {
		expect(navigation.roles.items.slice(0, 2)).toEqual([
			{ label: 'All roles', link: '/roles/' },
			{ label: 'Career map', link: '/career-map/' },
		]);
	});

	it('lists ladder roles in order under the roles group', () => {
		const ladder = navigation.roles.items[2];
		expect(ladder).toEqual({
			label: 'The career ladder',
			items: [
				{ label: 'Backend Intern', link: '/roles/intern/' },
				{ label: 'Junior Backend Engineer', link: '/roles/junior/' },
				{ label: 'Senior Backend Engineer', link: '/roles/senior/' },
			],
		});
	});

	it('groups skills by category and leaves no empty group', () => {
		expect(
			navigation.skills.items.map((item) =>
				'items' in item ? [item.label, item.items.length] : item.label,
			),
		).toEqual(['All skills', 'Skill finder', ['Technical', 1], ['Architecture', 1], ['People', 1]]);
	});

	it('recognises generated pages under a base path too', () => {
		const { isGeneratedPage } = careerNavigation(root, '/handbook/');
		expect(
			['/handbook/skills/sql/', '/skills/sql/', '/handbook/career-path/'].map(isGeneratedPage),
		).toEqual([true, true, false]);
	});

	it('knows which links point at generated pages', () => {
		expect(
			[
				'/skills/sql/',
				'/skills/sql/#levels',
				'/roles/',
				'/skill-finder/?role=senior',
				'/skills/nosql/',
				'/career-path/',
			].map(navigation.isGeneratedPage),
		).toEqual([true, true, true, true, false, false]);
	});

	it('lists the tools pages, which links may point at', () => {
		expect(navigation.tools).toEqual({
			label: 'Tools',
			items: [
				{ label: 'Skills coach', link: '/tools/coach/' },
				{ label: 'Skill self-assessment', link: '/tools/self-assessment/' },
				{ label: 'Transition planner', link: '/tools/planner/' },
				{ label: 'Your saved progress', link: '/tools/progress/' },
			],
		});
		expect(navigation.isGeneratedPage('/tools/planner/#from=intern&to=lead')).toBe(true);
	});
});
