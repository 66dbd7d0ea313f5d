/** Site URLs that respect Astro's `base`, so the handbook works at a domain root or under `/handbook/`. */

/**
 * Prefixes `base` to a root-relative URL: `/roles/` with base `/handbook/` becomes `/handbook/roles/`.
 * URLs that already carry the base, and relative, protocol-relative or absolute URLs, are left alone.
 */
export function withBase(url: string, base: string): string {
	const prefix = base.replace(/\/+$/, '');
	if (!prefix || !url.startsWith('/') || url.startsWith('//')) return url;
	if (url === prefix || url.startsWith(`${prefix}/`)) return url;
	return prefix + url;
}

/** A root-relative site path as a link in built pages: `href('/roles/')` is `/handbook/roles/` under that base. */
export const href = (path: string): string => withBase(path, import.meta.env.BASE_URL);

export const skillPath = (id: string) => `/skills/${id}/`;
export const rolePath = (id: string) => `/roles/${id}/`;
export const SKILL_FINDER_PATH = '/skill-finder/';
/** The whole handbook on one page (`src/pages/print.astro`). */
export const PRINT_PATH = '/print/';

/** The tools pages (`src/pages/tools/`). */
export const TOOL_PATHS = {
	selfAssessment: '/tools/self-assessment/',
	planner: '/tools/planner/',
	progress: '/tools/progress/',
	coach: '/tools/coach/',
} as const;
