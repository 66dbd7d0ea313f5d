import { describe, expect, it } from 'vitest';
import {
	careerNavigation,
	entrySidebar,
	roleOrder,
	SIDEBAR_NEIGHBOURS,
	skillOrder,
} from '../../src/lib/site/navigation.ts';
import { readContent } from '../../src/lib/content/content-files.ts';
import type { Role, Skill } from '../../src/lib/content/schemas.ts';

const root = new URL('../fixtures/valid/', import.meta.url).pathname;

describe('careerNavigation', () => {
	const navigation = careerNavigation(root);

	it('lists only the index pages in the roles and skills groups', () => {
		expect(navigation.roles.items).toEqual([
			{ label: 'All roles', link: '/roles/' },
			{ label: 'Career map', link: '/career-map/' },
			{ label: 'The levels compared', link: '/levels-compared/' },
		]);
		expect(navigation.skills.items).toEqual([
			{ label: 'All skills', link: '/skills/' },
			{ label: 'Skill finder', link: '/skill-finder/' },
		]);
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

const entries = <T>(kind: 'role' | 'skill') =>
	readContent(root)
		.filter((file) => file.kind === kind)
		.map((file) => ({ id: file.id, data: file.data.value as T }));

describe('entrySidebar', () => {
	it('puts ladder roles first, in order, then the other paths', () => {
		expect(roleOrder(entries<Role>('role'))).toEqual([
			{ label: 'Backend Intern', link: '/roles/intern/', group: 'The career ladder' },
			{ label: 'Junior Backend Engineer', link: '/roles/junior/', group: 'The career ladder' },
			{ label: 'Senior Backend Engineer', link: '/roles/senior/', group: 'The career ladder' },
		]);
	});

	it('orders skills by category, then title', () => {
		expect(skillOrder(entries<Skill>('skill')).map((entry) => entry.group)).toEqual([
			'Technical',
			'Architecture',
			'People',
		]);
	});

	it("shows a role's track around it and links the roles before and after", () => {
		expect(entrySidebar(roleOrder(entries<Role>('role')), '/roles/junior/')).toEqual({
			label: 'The career ladder',
			items: [
				{ label: 'Backend Intern', link: '/roles/intern/', current: false },
				{ label: 'Junior Backend Engineer', link: '/roles/junior/', current: true },
				{ label: 'Senior Backend Engineer', link: '/roles/senior/', current: false },
			],
			prev: { label: 'Backend Intern', link: '/roles/intern/' },
			next: { label: 'Senior Backend Engineer', link: '/roles/senior/' },
		});
	});

	it('returns nothing for a page that is not an entry', () => {
		expect(entrySidebar(roleOrder(entries<Role>('role')), '/roles/')).toBeUndefined();
	});

	/** `count` synthetic skills in the four categories, in sidebar order. */
	const synthetic = (count: number) =>
		skillOrder(
			Array.from({ length: count }, (_, n) => ({
				id: `skill-${n}`,
				data: {
					title: `Skill ${String(n).padStart(4, '0')}`,
					category: (['technical', 'architecture', 'delivery', 'people'] as const)[n % 4]!,
				},
			})),
		);

	it('keeps the number of sidebar links the same at 1x and 10x the skills', () => {
		const links = (count: number) =>
			synthetic(count).map((entry, _, all) => {
				const sidebar = entrySidebar(all, entry.link)!;
				expect(sidebar.items.filter((item) => item.current)).toEqual([
					{ label: entry.label, link: entry.link, current: true },
				]);
				return sidebar.items.length;
			});
		const once = links(37);
		const tenTimes = links(370);
		expect(Math.max(...once)).toBe(SIDEBAR_NEIGHBOURS);
		expect(Math.max(...tenTimes)).toBe(SIDEBAR_NEIGHBOURS);
		expect(Math.min(...tenTimes)).toBe(SIDEBAR_NEIGHBOURS);
	});

	it('keeps the window inside the category at its first and last entries', () => {
		const all = synthetic(40);
		const technical = all.filter((entry) => entry.group === 'Technical');
		const first = entrySidebar(all, technical[0]!.link)!;
		const last = entrySidebar(all, technical.at(-1)!.link)!;
		expect(first.items.map((item) => item.link)).toEqual(technical.slice(0, 5).map((e) => e.link));
		expect(last.items.map((item) => item.link)).toEqual(technical.slice(-5).map((e) => e.link));
		expect(first.prev).toBeUndefined();
		expect(last.next).toEqual({ label: all[10]!.label, link: all[10]!.link });
	});
});
