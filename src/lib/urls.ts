/** Site-relative URLs that respect Astro's `base` (e.g. `/handbook/`). */
export function withBase(base: string, path: string): string {
	return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

export const skillPath = (id: string) => `/skills/${id}/`;
export const rolePath = (id: string) => `/roles/${id}/`;
export const SKILL_FINDER_PATH = '/skill-finder/';
