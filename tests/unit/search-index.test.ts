import { describe, expect, it } from 'vitest';
import strings from '../../src/content/i18n/en.json' with { type: 'json' };
import { readContent } from '../../src/lib/content/content-files.ts';
import {
	pageSearchData,
	SEARCH_FIELDS,
	SEARCH_RANKING,
	searchHeadTags,
	type SearchLabel,
} from '../../src/lib/site/search-index.ts';

const catalogue = {
	skills: [
		{
			id: 'sql',
			data: {
				category: 'technical' as const,
				aliases: ['Postgres', 'MySQL'],
				misspellings: ['postgress'],
			},
		},
	],
	roles: [{ id: 'lead', data: { track: 'ladder' as const, aliases: ['tech lead'] } }],
};
const label: SearchLabel = (key) => strings[key];

describe('pageSearchData', () => {
	it('gives skill and role pages their category or track and aliases', () => {
		expect(pageSearchData('skills/sql', catalogue)).toEqual({
			kind: 'skill',
			category: 'technical',
			aliases: ['Postgres', 'MySQL', 'postgress'],
		});
		expect(pageSearchData('roles/lead', catalogue)).toEqual({
			kind: 'role',
			track: 'ladder',
			aliases: ['tech lead'],
		});
	});

	it('files the skill and role lists under their kind, without a category or aliases', () => {
		expect(pageSearchData('skills', catalogue)).toEqual({ kind: 'skill', aliases: [] });
		expect(pageSearchData('roles', catalogue)).toEqual({ kind: 'role', aliases: [] });
	});

	it('tells tools, contributor pages and chapters apart', () => {
		expect(
			[
				'skill-finder',
				'contributing',
				'contributing/errors/unknown-id',
				'',
				'career-path/leadership',
				'levels-compared',
			].map((slug) => pageSearchData(slug, catalogue).kind),
		).toEqual(['tool', 'contributing', 'contributing', 'chapter', 'chapter', 'chapter']);
	});
});

describe('searchHeadTags', () => {
	it('writes the type as a filter and a result tag, the category as a filter and the aliases as metadata', () => {
		expect(searchHeadTags(pageSearchData('skills/sql', catalogue), label)).toEqual([
			{ tag: 'meta', attrs: { 'data-pagefind-filter': 'Page type[content]', content: 'Skill' } },
			{ tag: 'meta', attrs: { 'data-pagefind-meta': 'Page type[content]', content: 'Skill' } },
			{
				tag: 'meta',
				attrs: { 'data-pagefind-filter': 'Skill category[content]', content: 'Technical' },
			},
			{
				tag: 'meta',
				attrs: { 'data-pagefind-meta': 'aliases[content]', content: 'Postgres, MySQL, postgress' },
			},
		]);
	});

	it('writes the track of a role, and nothing but the type for a chapter', () => {
		expect(searchHeadTags(pageSearchData('roles/lead', catalogue), label)).toContainEqual({
			tag: 'meta',
			attrs: { 'data-pagefind-filter': 'Role track[content]', content: 'The career ladder' },
		});
		expect(searchHeadTags(pageSearchData('career-path/leadership', catalogue), label)).toEqual([
			{ tag: 'meta', attrs: { 'data-pagefind-filter': 'Page type[content]', content: 'Chapter' } },
			{ tag: 'meta', attrs: { 'data-pagefind-meta': 'Page type[content]', content: 'Chapter' } },
		]);
	});

	it('ranks by the same field names it writes', () => {
		expect(Object.keys(SEARCH_RANKING.metaWeights)).toEqual([
			'title',
			'aliases',
			SEARCH_FIELDS.kind,
		]);
	});
});

describe('titles and aliases in the content', () => {
	// A name two pages share cannot find both first, so every title and alias names one page.
	it('name one skill or role each', () => {
		const normalise = (name: string) =>
			name
				.toLowerCase()
				.split(/[^a-z0-9#+.]+/)
				.filter(Boolean)
				.map((word) => word.replace(/s$/, ''))
				.join(' ');
		const pages = new Map<string, Set<string>>();
		for (const file of readContent(new URL('../../', import.meta.url).pathname)) {
			if (file.kind !== 'skill' && file.kind !== 'role') continue;
			const data = file.data.value as { title: string; aliases?: string[] };
			for (const name of [data.title, ...(data.aliases ?? [])]) {
				const key = normalise(name);
				pages.set(key, (pages.get(key) ?? new Set()).add(`${file.kind}s/${file.id}`));
			}
		}
		expect([...pages].filter(([, owners]) => owners.size > 1).map(([name]) => name)).toEqual([]);
	});
});
