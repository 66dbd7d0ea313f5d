// What chapters import: `import { Skill, Role, SelfCheck } from '~/components';`
export { default as CareerMap } from './CareerMap.astro';
export { default as Check } from './Check.astro';
export { default as Checklist } from './Checklist.astro';
export { default as LevelComparison } from './LevelComparison.astro';
export { default as MilestoneChart } from './MilestoneChart.astro';
export { default as Role } from './Role.astro';
export { default as SelfCheck } from './SelfCheck.astro';
export { default as Skill } from './Skill.astro';
export { default as SkillsThatGrow } from './SkillsThatGrow.astro';
export { default as DataFiles } from './DataFiles.astro';
export { default as StartLink } from './StartLink.astro';
