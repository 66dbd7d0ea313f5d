/**
 * The generated half of a role's "How this level is assessed" section: for every skill the role
 * expects, what meets the bar (the descriptor at the expected level) and what falls short (the
 * descriptor one level lower). Interview exercises, signals and red flags are authored.
 */
import type { Entry } from './queries.ts';
import { skillsOfRole } from './queries.ts';
import type { Role, Skill } from '../content/schemas.ts';

export interface RubricRow<S> {
	skill: Entry<S>;
	/** The level the role expects. */
	level: number;
	/** The skill's descriptor at that level. */
	meets: string;
	/** The descriptor one level lower; undefined at level 1, where below the bar is "not yet". */
	fallsShort: string | undefined;
}

type LevelKey = 1 | 2 | 3 | 4;

export function assessmentRubric<S extends Pick<Skill, 'title' | 'levels'>>(
	role: Pick<Role, 'skills'>,
	skills: readonly Entry<S>[],
): RubricRow<S>[] {
	return skillsOfRole(role, skills).map(({ skill, level }) => ({
		skill,
		level,
		meets: skill.data.levels[level as LevelKey],
		fallsShort: level > 1 ? skill.data.levels[(level - 1) as LevelKey] : undefined,
	}));
}
