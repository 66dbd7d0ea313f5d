/**
 * The transition planner: from the reader's current role to any other, the shortest route through
 * the transitions, and for each step the skills to grow with the expected level, the reader's
 * rating and the gap, and the milestones. A link can carry a plan in its fragment; a plan opened
 * from a link is shown as sent and never changes the reader's own saved progress.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Entry } from '~/lib/career/queries';
import { markRoute } from '~/lib/diagrams/route';
import { format } from '~/lib/site/format';
import { adoptFormerIds, type Renamable } from '~/lib/content/ids';
import type { EntryRef } from '~/lib/site/island-data';
import type { KeysUnder } from '~/lib/site/island-strings';
import {
	planFragment,
	planSteps,
	reachableFrom,
	readPlanFragment,
	resolveSharedPlan,
	shortestPath,
	type PlannerRole,
	type SharedPlan,
} from '~/lib/career/planner';
import type { Progress } from '~/lib/progress/schema';
import ProgressNotice, { type ProgressStrings } from './ProgressNotice';
import type { SkillRefs } from './SkillLinks';
import { useProgress } from './use-progress';

interface Props {
	roles: Entry<PlannerRole>[];
	/** Role and skill ids with the ids they had before, to read old links and saved progress. */
	roleIds: Renamable[];
	skillIds: Renamable[];
	roleRefs: Record<string, EntryRef>;
	skillRefs: SkillRefs;
	assessmentHref: string;
	strings: Record<KeysUnder<'handbook.planner'>, string>;
	trackStrings: Record<KeysUnder<'handbook.track'>, string>;
	progressStrings: ProgressStrings;
	/** The id of the career map on the page, where the route is outlined. */
	mapId: string;
	children?: ComponentChildren;
}

type Shared = { plan: SharedPlan; rejected: string[] };

/** The plan in the page's fragment, if it carries one. */
function sharedPlan({ roleIds, skillIds }: Props): Shared | undefined {
	const read = readPlanFragment(window.location.hash);
	return read && resolveSharedPlan(read, roleIds, skillIds);
}

/** `plan` with one end set, or removed when `id` is empty. */
function withEnd<P extends { from?: string | undefined; to?: string | undefined }>(
	plan: P,
	end: 'from' | 'to',
	id: string,
) {
	const { [end]: _replaced, ...rest } = plan;
	return id ? { ...rest, [end]: id } : rest;
}

/** Outlines `path` on the page's career map while it is shown, and clears it after. */
function RouteOnMap({ mapId, path }: { mapId: string; path: readonly string[] }) {
	const route = path.join(' ');
	useEffect(() => {
		const map = document.getElementById(mapId);
		if (!map) return undefined;
		markRoute(map, path);
		return () => markRoute(map, []);
	}, [mapId, route]);
	return null;
}

export default function Planner(props: Props) {
	const { roles, roleRefs, skillRefs, strings } = props;
	const progress = useProgress();
	const [shared, setShared] = useState<Shared | undefined>(undefined);
	const [copyStatus, setCopyStatus] = useState('');
	useEffect(() => {
		const read = () => setShared(sharedPlan(props));
		read();
		window.addEventListener('hashchange', read);
		return () => window.removeEventListener('hashchange', read);
	}, []);
	if (!progress.hydrated) return <div class="tool">{props.children}</div>;

	const { store, state } = progress;
	const saved: SharedPlan = {
		...state.progress.plan,
		ratings: adoptFormerIds(state.progress.ratings, props.skillIds),
	};
	const plan = shared?.plan ?? saved;
	const title = (id: string) => roleRefs[id]?.title ?? id;
	const choose = (end: 'from' | 'to', id: string) => {
		setCopyStatus('');
		if (shared) setShared({ ...shared, plan: withEnd(shared.plan, end, id) });
		else
			store.update((current: Progress) => ({ ...current, plan: withEnd(current.plan, end, id) }));
	};
	const leaveShared = () => {
		window.history.replaceState(null, '', window.location.pathname + window.location.search);
		setShared(undefined);
	};

	const path = plan.from && plan.to ? shortestPath(roles, plan.from, plan.to) : undefined;
	const steps = path ? planSteps(roles, path, plan.ratings) : [];
	const focus = new Set(steps.flatMap((step) => step.skills.map((skill) => skill.id)));
	const link = `${window.location.origin}${window.location.pathname}#${planFragment({
		...plan,
		ratings: Object.fromEntries(Object.entries(plan.ratings).filter(([id]) => focus.has(id))),
	})}`;
	const rated = Object.keys(plan.ratings).length > 0;

	let outcome: string;
	if (!plan.from || !plan.to) outcome = strings.chooseBoth;
	else if (!path) outcome = format(strings.noRoute, { from: title(plan.from), to: title(plan.to) });
	else if (path.length === 1) outcome = format(strings.alreadyThere, { role: title(plan.from) });
	else
		outcome = format(strings.route, {
			steps: steps.length,
			route: path.map(title).join(' → '),
		});

	const select = (end: 'from' | 'to', label: string) => (
		<label>
			<span>{label}</span>
			<select value={plan[end] ?? ''} onChange={(event) => choose(end, event.currentTarget.value)}>
				<option value="">{strings.chooseRole}</option>
				{(['ladder', 'alternative'] as const).map((track) => (
					<optgroup key={track} label={props.trackStrings[track]}>
						{roles
							.filter((role) => role.data.track === track)
							.map((role) => (
								<option key={role.id} value={role.id}>
									{role.data.title}
								</option>
							))}
					</optgroup>
				))}
			</select>
		</label>
	);

	return (
		<div class="tool planner">
			<ProgressNotice progress={progress} strings={props.progressStrings} />
			{shared && (
				<div class="shared-notice no-print">
					<p>{strings.sharedIntro}</p>
					{shared.rejected.length > 0 && (
						<p>
							{strings.sharedRejected} <span class="rejected">{shared.rejected.join(', ')}</span>
						</p>
					)}
					<button type="button" onClick={leaveShared}>
						{strings.useMine}
					</button>
				</div>
			)}
			<div class="planner-roles no-print">
				{select('from', strings.from)}
				{select('to', strings.to)}
			</div>
			<p role="status" class="outcome">
				{outcome}
			</p>
			{plan.from && plan.to && !path && (
				<p>
					{format(strings.reachable, { from: title(plan.from) })}{' '}
					{reachableFrom(roles, plan.from).map(title).join(', ') || strings.nowhere}
				</p>
			)}
			{path && steps.length > 0 && (
				<>
					<RouteOnMap mapId={props.mapId} path={path} />
					<p>{strings.onMap}</p>
					{!rated && (
						<p class="no-print">
							{strings.noRatings} <a href={props.assessmentHref}>{strings.rateLink}</a>
						</p>
					)}
					<ol class="steps">
						{steps.map((step, index) => (
							<li key={step.to}>
								<h2>
									{format(strings.step, {
										number: index + 1,
										from: title(step.from),
										to: title(step.to),
									})}
								</h2>
								<div class="table-scroll">
									<table>
										<caption>{format(strings.skillsToGrow, { role: title(step.to) })}</caption>
										<thead>
											<tr>
												<th scope="col">{strings.columnSkill}</th>
												<th scope="col">{strings.columnExpected}</th>
												<th scope="col">{strings.columnRating}</th>
												<th scope="col">{strings.columnGap}</th>
											</tr>
										</thead>
										<tbody>
											{step.skills.map((skill) => (
												<tr key={skill.id}>
													<th scope="row">
														<a href={skillRefs[skill.id]?.href}>
															{skillRefs[skill.id]?.title ?? skill.id}
														</a>
													</th>
													<td>{skill.expected ?? strings.notListed}</td>
													<td>{skill.rating ?? strings.notRated}</td>
													<td>{skill.gap}</td>
												</tr>
											))}
										</tbody>
									</table>
								</div>
								<h3>{strings.milestones}</h3>
								<ul>
									{step.transition.milestones.map((milestone) => (
										<li key={milestone}>{milestone}</li>
									))}
								</ul>
							</li>
						))}
					</ol>
					<div class="share no-print">
						<label for="plan-link">{strings.shareLabel}</label>
						<input
							id="plan-link"
							type="text"
							readOnly
							value={link}
							onFocus={(event) => event.currentTarget.select()}
						/>
						<p class="progress-actions">
							<button
								type="button"
								onClick={() => {
									// The clipboard is missing outside secure contexts; the field above still works.
									const copying = navigator.clipboard?.writeText(link) ?? Promise.reject();
									copying.then(
										() => setCopyStatus(strings.copied),
										() => setCopyStatus(strings.copyFailed),
									);
								}}
							>
								{strings.copy}
							</button>
							<button type="button" class="secondary" onClick={() => window.print()}>
								{strings.print}
							</button>
						</p>
						<p role="status">{copyStatus}</p>
					</div>
				</>
			)}
		</div>
	);
}
