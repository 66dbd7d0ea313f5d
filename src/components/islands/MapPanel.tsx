/**
 * The career map as a tool. Selecting a role on the map (click, tap, or Enter on its link) opens a
 * panel beside the map, or a dialog on a narrow screen, with the role's summary, how ready the
 * reader is for it from their ratings (the one plan model), "Plan a move here" and the role's page.
 * Escape or Close shuts it and focus goes back to the role. The reader's current role, target and
 * the route between them are marked on the map. Without JavaScript each role stays a plain link.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { makePlan, readiness, type PlanRole } from '~/lib/career/plan';
import type { Entry } from '~/lib/career/queries';
import { adoptFormerIds, type Renamable } from '~/lib/content/ids';
import { markReaderRoles, markRoute } from '~/lib/diagrams/route';
import { format } from '~/lib/site/format';
import type { EntryRef } from '~/lib/site/island-data';
import type { KeysUnder } from '~/lib/site/island-strings';
import { withEnd } from '~/lib/career/planner';
import type { Progress } from '~/lib/progress/schema';
import type { SkillRefs } from './SkillLinks';
import { useProgress } from './use-progress';

interface Props {
	roles: Entry<PlanRole>[];
	/** Each role's title, page and one-line summary, by id. */
	roleRefs: Record<string, EntryRef & { summary: string }>;
	skillRefs: SkillRefs;
	skillIds: Renamable[];
	plannerHref: string;
	assessmentHref: string;
	/** The id of the element holding the career map. */
	mapId: string;
	strings: Record<KeysUnder<'handbook.mapPanel'>, string>;
}

/** Below this width the panel is a modal dialog over the page rather than a panel beside the map. */
const WIDE = '(min-width: 72rem)';

/** The role a link on the map leads to, if it is a role link. */
function roleOf(link: Element, refs: Props['roleRefs']): string | undefined {
	const href = link.getAttribute('href') ?? '';
	return Object.keys(refs).find((id) => refs[id]!.href === href);
}

export default function MapPanel(props: Props) {
	const { roleRefs, skillRefs, strings } = props;
	const progress = useProgress();
	const [open, setOpen] = useState<string | undefined>(undefined);
	const dialog = useRef<HTMLDialogElement>(null);
	const heading = useRef<HTMLHeadingElement>(null);
	/** The role link the panel was opened from, to give focus back to. */
	const opener = useRef<HTMLElement | SVGElement | null>(null);

	useEffect(() => {
		const map = document.getElementById(props.mapId);
		if (!map) return undefined;
		const select = (event: MouseEvent) => {
			// A new tab or window, or a download, is the reader's choice: let the link do it.
			if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
				return;
			const link = (event.target as Element).closest('a');
			const id = link && roleOf(link, roleRefs);
			if (!link || !id) return;
			event.preventDefault();
			opener.current = link as unknown as SVGElement;
			setOpen(id);
		};
		map.addEventListener('click', select);
		return () => map.removeEventListener('click', select);
	}, [props.mapId]);

	// A modal dialog fires its close event (also after Escape), which cleans up; a popover does not.
	const close = () => {
		const element = dialog.current;
		if (element?.matches(':popover-open')) {
			element.hidePopover();
			closed();
		} else element?.close();
	};
	const closed = () => {
		setOpen(undefined);
		opener.current?.focus();
	};

	useEffect(() => {
		const element = dialog.current;
		if (!open || !element) return;
		// Beside the map it is a popover: in the top layer, above Starlight's sidebars, without making
		// the rest of the page inert. A modal dialog on narrow screens.
		if (!element.open && !element.matches(':popover-open')) {
			if (window.matchMedia(WIDE).matches) element.showPopover();
			else element.showModal();
		}
		heading.current?.focus();
	}, [open]);

	const plan = progress.hydrated ? progress.state.progress.plan : {};
	const ratings = progress.hydrated
		? adoptFormerIds(progress.state.progress.ratings, props.skillIds)
		: {};
	const route =
		plan.from && plan.to ? makePlan(props.roles, plan.from, plan.to, ratings).route : undefined;
	useEffect(() => {
		const map = document.getElementById(props.mapId);
		if (!map || !progress.hydrated) return undefined;
		markReaderRoles(map, { current: plan.from, target: plan.to });
		markRoute(map, route ?? []);
		return () => {
			markReaderRoles(map, {});
			markRoute(map, []);
		};
	}, [props.mapId, progress.hydrated, plan.from, plan.to, route?.join(' ')]);

	const title = (id: string) => roleRefs[id]?.title ?? id;
	const marks = [
		plan.from && format(strings.markCurrent, { role: title(plan.from) }),
		plan.to && format(strings.markTarget, { role: title(plan.to) }),
		route && route.length > 1 && strings.markRoute,
	].filter(Boolean);

	const panel = () => {
		if (!open || !progress.hydrated) return null;
		const role = roleRefs[open]!;
		const made = makePlan(props.roles, plan.from ?? '', open, ratings);
		const ready = readiness(made);
		const known = plan.from !== undefined || ready.rated > 0;
		const unrated = ready.total - ready.rated;
		const planHere = () =>
			progress.store.update((current: Progress) => ({
				...current,
				plan: withEnd(current.plan, 'to', open),
			}));
		return (
			<>
				<h2 id="map-panel-title" ref={heading} tabIndex={-1}>
					{role.title}
				</h2>
				<p>{role.summary}</p>
				{plan.from === open && <p>{strings.isCurrent}</p>}
				{plan.to === open && <p>{strings.isTarget}</p>}
				{plan.from !== open &&
					(known ? (
						<>
							<p>{format(strings.readiness, { ...ready, role: role.title })}</p>
							{unrated > 0 && (
								<p class="map-panel-note">
									{format(plan.from ? strings.assumed : strings.unratedNoRole, {
										count: unrated,
									})}
								</p>
							)}
							{made.gaps.length > 0 ? (
								<>
									<p>{strings.gaps}</p>
									<ul>
										{made.gaps.slice(0, 3).map((row) => (
											<li key={row.skill}>
												<a href={skillRefs[row.skill]?.href}>
													{format(strings.gap, {
														skill: skillRefs[row.skill]?.title ?? row.skill,
														gap: row.gap,
													})}
												</a>
											</li>
										))}
									</ul>
								</>
							) : (
								<p>{strings.ready}</p>
							)}
						</>
					) : (
						<p>
							{strings.noData} <a href={props.assessmentHref}>{strings.rate}</a>
						</p>
					))}
				<p class="map-panel-actions">
					{plan.from !== open && (
						<a class="map-panel-primary" href={props.plannerHref} onClick={planHere}>
							{strings.plan}
						</a>
					)}
					<a href={role.href}>{format(strings.openPage, { role: role.title })}</a>
				</p>
			</>
		);
	};

	return (
		<>
			<p class="map-panel-hint">
				{progress.hydrated && marks.length > 0
					? format(strings.marked, { marks: marks.join('; ') })
					: progress.hydrated
						? strings.hint
						: ''}
			</p>
			<dialog
				ref={dialog}
				class="map-panel"
				popover="manual"
				aria-labelledby="map-panel-title"
				onClose={closed}
				onKeyDown={(event) => {
					if (event.key === 'Escape') {
						event.preventDefault();
						close();
					}
				}}
			>
				<button type="button" class="map-panel-close" onClick={close}>
					{strings.close}
				</button>
				{panel()}
			</dialog>
		</>
	);
}
