/**
 * Pages the home page links by name (`<StartLink page="planner" />`): each one's path and the UI
 * string of its title, so the link and the Markdown twin follow a rename. Kept out of `urls.ts`,
 * which islands import: the bundler kept part of this table in their code.
 */
import { SKILL_FINDER_PATH, TOOL_PATHS } from './urls.ts';

export const START_LINKS = {
	planner: { path: TOOL_PATHS.planner, title: 'handbook.tools.planner.title' },
	assessment: { path: TOOL_PATHS.selfAssessment, title: 'handbook.tools.assessment.title' },
	coach: { path: TOOL_PATHS.coach, title: 'handbook.tools.coach.title' },
	finder: { path: SKILL_FINDER_PATH, title: 'handbook.finder.title' },
	map: { path: '/career-map/', title: 'handbook.careerMap' },
	skills: { path: '/skills/', title: 'handbook.skills.all' },
} as const;
