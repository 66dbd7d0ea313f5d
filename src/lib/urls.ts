/** Site-relative URLs that respect Astro's `base` (e.g. `/handbook/`). */
export function withBase(base: string, path: string): string {
	return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

export const skillPath = (id: string) => `/skills/${id}/`;
export const rolePath = (id: string) => `/roles/${id}/`;

/** The tools pages (`src/pages/tools/`). */
export const TOOL_PATHS = {
	selfAssessment: '/tools/self-assessment/',
	planner: '/tools/planner/',
	progress: '/tools/progress/',
} as const;
