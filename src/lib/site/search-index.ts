/**
 * What each page tells Pagefind besides its text: what kind of page it is (and, for skills and roles,
 * their category or track) as filters, and the aliases readers type as weighted metadata, so that
 * "k8s" finds the containers skill first. The route middleware (`src/route-data/search.ts`) writes these as
 * `<meta>` tags into every page's head; Pagefind reads them wherever they are in the document.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import strings from '../../content/i18n/en.json' with { type: 'json' };
import type { Entry } from '../career/queries.ts';
import type { Role, Skill } from '../content/schemas.ts';
import { SKILL_FINDER_PATH, TOOL_PATHS } from './urls.ts';

export const PAGE_KINDS = ['chapter', 'skill', 'role', 'tool', 'contributing'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** Pages that are tools to use rather than text to read, by slug. */
export const TOOL_PAGES: readonly string[] = [SKILL_FINDER_PATH, ...Object.values(TOOL_PATHS)].map(
	(path) => path.replace(/^\/|\/$/g, ''),
);

/** The Pagefind metadata field that holds a page's aliases. */
export const ALIASES_FIELD = 'aliases';

/** Pagefind filter and metadata names, as readers see them in the search dialog. */
export const SEARCH_FIELDS = {
	kind: strings['handbook.search.kind'],
	category: strings['handbook.search.category'],
	track: strings['handbook.search.track'],
} as const;

/**
 * Pagefind's ranking, passed to Starlight's `pagefind.ranking` and to the query suite alike, so every
 * field is set: the first five are Starlight's defaults. Measured with `npm run test:search`.
 */
export const SEARCH_RANKING = {
	pageLength: 0.1,
	termFrequency: 0.1,
	termSaturation: 2,
	termSimilarity: 9,
	diacriticSimilarity: 0.8,
	metaWeights: {
		// A title or an alias names the page, so either outweighs a chapter that merely mentions it.
		// Pagefind's default title weight is 5; 8 and 10 ranked the most queries first.
		title: 8,
		[ALIASES_FIELD]: 10,
		// The type is shown on each result; "skills" in a question should not lift every skill page.
		[SEARCH_FIELDS.kind]: 0,
	},
};

export interface PageSearchData {
	kind: PageKind;
	/** For skill pages, the skill's category. */
	category?: Skill['category'];
	/** For role pages, the role's track. */
	track?: Role['track'];
	/** Other names of the skill or role the page describes. */
	aliases: readonly string[];
}

export interface SearchCatalogue {
	skills: readonly Entry<Pick<Skill, 'category' | 'aliases' | 'misspellings'>>[];
	roles: readonly Entry<Pick<Role, 'track' | 'aliases'>>[];
}

/** What a page is, from its slug (`skills/sql`, `career-path/leadership`, `` for the home page). */
export function pageSearchData(slug: string, { skills, roles }: SearchCatalogue): PageSearchData {
	const [section, id, ...rest] = slug.split('/');
	const entryId = rest.length === 0 ? id : undefined;
	if (section === 'skills') {
		const skill = skills.find((entry) => entry.id === entryId);
		return skill
			? {
					kind: 'skill',
					category: skill.data.category,
					aliases: [...skill.data.aliases, ...skill.data.misspellings],
				}
			: { kind: 'skill', aliases: [] };
	}
	if (section === 'roles') {
		const role = roles.find((entry) => entry.id === entryId);
		return role
			? { kind: 'role', track: role.data.track, aliases: role.data.aliases }
			: { kind: 'role', aliases: [] };
	}
	if (TOOL_PAGES.includes(slug)) return { kind: 'tool', aliases: [] };
	if (section === 'contributing') return { kind: 'contributing', aliases: [] };
	return { kind: 'chapter', aliases: [] };
}

/** Display labels of filter values: a kind, category or track id to the words readers see. */
export type SearchLabel = (
	key:
		| `handbook.kind.${PageKind}`
		| `handbook.category.${Skill['category']}`
		| `handbook.track.${Role['track']}`,
) => string;

/** `<meta>` tags for Pagefind: the kind as a filter and a result tag, category or track, aliases. */
export function searchHeadTags(
	data: PageSearchData,
	label: SearchLabel,
): StarlightRouteData['head'] {
	const meta = (attribute: string, field: string, content: string) => ({
		tag: 'meta' as const,
		attrs: { [attribute]: `${field}[content]`, content },
	});
	const kind = label(`handbook.kind.${data.kind}`);
	return [
		meta('data-pagefind-filter', SEARCH_FIELDS.kind, kind),
		meta('data-pagefind-meta', SEARCH_FIELDS.kind, kind),
		...(data.category
			? [
					meta(
						'data-pagefind-filter',
						SEARCH_FIELDS.category,
						label(`handbook.category.${data.category}`),
					),
				]
			: []),
		...(data.track
			? [meta('data-pagefind-filter', SEARCH_FIELDS.track, label(`handbook.track.${data.track}`))]
			: []),
		...(data.aliases.length
			? [meta('data-pagefind-meta', ALIASES_FIELD, data.aliases.join(', '))]
			: []),
	];
}
