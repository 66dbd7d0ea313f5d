/** A comma-separated list of links to skill pages, as `SkillLinks.astro` renders on the server. */
import { Fragment } from 'preact';
import type { EntryRef } from '~/lib/site/island-data';

/** Title and address of each skill an island links to, by id. */
export type SkillRefs = Readonly<Record<string, EntryRef>>;

export default function SkillLinks({ ids, skills }: { ids: readonly string[]; skills: SkillRefs }) {
	return (
		<>
			{ids.map((id, index) => (
				<Fragment key={id}>
					{index > 0 && ', '}
					{skills[id] ? <a href={skills[id].href}>{skills[id].title}</a> : id}
				</Fragment>
			))}
		</>
	);
}
