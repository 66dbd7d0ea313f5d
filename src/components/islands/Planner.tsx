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
import { makePlan, type PlanGap, type PlanRole } from '~/lib/career/plan';
import {
	planFragment,
	reachableFrom,
	readPlanFragment,
	resolveSharedPlan,
	withEnd,
	type SharedPlan,
} from '~/lib/career/planner';
import type { Progress } from '~/lib/progress/schema';
import ProgressNotice, { type ProgressStrings } from './ProgressNotice';
import SkillLinks, { type SkillRefs } from './SkillLinks';
import { useProgress } from './use-progress';

interface Props {
	roles: Entry<PlanRole>[];
	/** Role and skill ids with the ids they had before, to read old links and saved progress. */
	roleIds: Renamable[];
	skillIds: Renamable[];
	roleRefs: Record<string, EntryRef>;
	skillRefs: SkillRefs;
	/** Each skill's first practice task, by skill id. */
	firstTasks: Record<string, string>;
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
	// With a shared plan open: its roles with the reader's own ratings instead of the sharer's.
	const [mine, setMine] = useState(false);
	useEffect(() => {
		const read = () => setShared(sharedPlan(props));
		read();
		window.addEventListener('hashchange', read);
		return () => window.removeEventListener('hashchange', read);
	}, []);
	if (!progress.hydrated) return <div class="tool">{props.children}</div>;

	const { store, state } = progress;
	const ownRatings = adoptFormerIds(state.progress.ratings, props.skillIds);
	const saved: SharedPlan = { ...state.progress.plan, ratings: ownRatings };
	const plan = shared?.plan ?? saved;
	const theirs = shared !== undefined && !mine;
	const ratings = theirs ? plan.ratings : ownRatings;
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
		setMine(false);
	};

	const made = plan.from && plan.to ? makePlan(roles, plan.from, plan.to, ratings) : undefined;
	const path = made?.route;
	const steps = made?.steps ?? [];
	const needed = new Set(made?.skills.map((row) => row.skill));
	const link = `${window.location.origin}${window.location.pathname}#${planFragment({
		...plan,
		ratings: Object.fromEntries(Object.entries(ratings).filter(([id]) => needed.has(id))),
	})}`;
	// About the reader only: a shared plan without ratings says nothing about theirs.
	const unrated = !theirs && Object.keys(ownRatings).length === 0;
	const skillLink = (id: string) => <a href={skillRefs[id]?.href}>{skillRefs[id]?.title ?? id}</a>;
	const level = (row: PlanGap) =>
		row.assumed ? format(strings.assumed, { level: row.current }) : String(row.current);
	const stepNumbers = (skill: string) =>
		steps.flatMap((step, index) => (step.focus.includes(skill) ? [index + 1] : [])).join(', ');

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
					<p class="progress-actions">
						<button type="button" onClick={leaveShared}>
							{strings.useMine}
						</button>
						<button type="button" class="secondary" onClick={() => setMine(!mine)}>
							{mine ? strings.showTheirs : strings.compareMine}
						</button>
					</p>
					{mine && <p>{strings.comparing}</p>}
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
			{made && path && steps.length > 0 && (
				<>
					<RouteOnMap mapId={props.mapId} path={path} />
					<p>{strings.onMap}</p>
					{unrated && (
						<p class="no-print">
							{strings.noRatings} <a href={props.assessmentHref}>{strings.rateLink}</a>
						</p>
					)}
					{made.startHere.length > 0 && (
						<section class="start-here" aria-labelledby="start-here">
							<h2 id="start-here">{strings.startHere}</h2>
							<p>{strings.startHereIntro}</p>
							<ol>
								{made.startHere.map((row) => (
									<li key={row.skill}>
										{skillLink(row.skill)}{' '}
										{props.firstTasks[row.skill] && (
											<span>
												{strings.firstTask} {props.firstTasks[row.skill]}
											</span>
										)}
									</li>
								))}
							</ol>
						</section>
					)}
					<h2>{format(strings.gapsHeading, { role: title(made.to) })}</h2>
					{made.gaps.length === 0 ? (
						<p>{format(strings.noGaps, { role: title(made.to) })}</p>
					) : (
						<div class="table-scroll">
							<table>
								<caption>{format(strings.gapsCaption, { role: title(made.to) })}</caption>
								<thead>
									<tr>
										<th scope="col">{strings.columnSkill}</th>
										<th scope="col">{strings.columnExpected}</th>
										<th scope="col">{theirs ? strings.columnTheirs : strings.columnRating}</th>
										<th scope="col">{strings.columnGap}</th>
										<th scope="col">{strings.columnSteps}</th>
									</tr>
								</thead>
								<tbody>
									{made.gaps.map((row) => (
										<tr key={row.skill}>
											<th scope="row">{skillLink(row.skill)}</th>
											<td>{row.expected}</td>
											<td>{level(row)}</td>
											<td>{row.gap}</td>
											<td>{stepNumbers(row.skill)}</td>
										</tr>
									))}
								</tbody>
							</table>
						</div>
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
								<p>
									{strings.stepFocus} <SkillLinks ids={step.focus} skills={skillRefs} />
								</p>
								<h3>{strings.milestones}</h3>
								<ul>
									{step.milestones.map((milestone) => (
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
