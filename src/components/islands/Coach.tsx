/**
 * The coach: background, an adaptive test one question at a time, estimated levels beside the
 * reader's own ratings, and advice (roles that fit, the route and gaps from the plan model, what
 * to start with, a study schedule as a calendar file, a brief for an AI assistant). Everything is
 * computed in the browser and saved in the one progress store, so a reload resumes the test.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { estimate, nextQuestion, type Item } from '~/lib/career/adaptive';
import { calendarFile } from '~/lib/career/calendar';
import {
	assistantBrief,
	changesSince,
	coachAdvice,
	roundLevel,
	skillsForTest,
	START_HERE_TASKS,
	sourceOf,
	studySchedule,
	type FitRole,
} from '~/lib/career/coach';
import { readDocument } from '~/lib/progress/document';
import { INTERESTS, type Coach as CoachState, type Interest } from '~/lib/progress/schema';
import type { KeysUnder } from '~/lib/site/island-strings';
import { format } from '~/lib/site/format';
import type { EntryRef } from '~/lib/site/island-data';
import { downloadText, fileName } from './download';
import ProgressNotice, { type ProgressStrings } from './ProgressNotice';
import { useProgress } from './use-progress';

/** A role as the coach needs it: what the fit and the plan model read. */
export type CoachRole = { id: string } & FitRole;

export interface CoachSkill {
	id: string;
	title: string;
	practice: string[];
	levels: Record<number, string>;
}

interface BankQuestion {
	id: string;
	level: number;
	kind: string;
	scenario?: string;
	prompt: string;
	options: { id: string; text: string; correct: boolean }[];
}

interface Props {
	roles: CoachRole[];
	skills: CoachSkill[];
	/** The chapters that cover each skill, by skill id, in sidebar order. */
	chapters: Record<string, EntryRef[]>;
	/** Where `questions.json` is published. */
	questionsUrl: string;
	strings: Record<KeysUnder<'handbook.coach'>, string>;
	progressStrings: ProgressStrings;
	/** What readers without JavaScript see. */
	children?: ComponentChildren;
}

const today = () => new Date().toISOString().slice(0, 10);
const itemKey = (skill: string, question: string) => `${skill}/${question}`;

export default function Coach(props: Props) {
	const { roles, skills, questionsUrl, strings, progressStrings } = props;
	const progress = useProgress();
	const [bank, setBank] = useState<Map<string, BankQuestion & { skill: string }> | undefined>();
	const [loadError, setLoadError] = useState(false);
	const [choice, setChoice] = useState<string[]>([]);
	const [message, setMessage] = useState('');
	const questionHeading = useRef<HTMLHeadingElement>(null);
	const resultsHeading = useRef<HTMLHeadingElement>(null);
	const title = (id: string) =>
		roles.find((role) => role.id === id)?.title ?? skills.find((s) => s.id === id)?.title ?? id;

	const session = progress.hydrated ? progress.state.progress.coach.session : undefined;
	const load = () => {
		setLoadError(false);
		fetch(questionsUrl)
			.then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
			.then((data: { bank: { skill: string; questions: BankQuestion[] }[] }) =>
				setBank(
					new Map(
						data.bank.flatMap((entry) =>
							entry.questions.map(
								(q) => [itemKey(entry.skill, q.id), { ...q, skill: entry.skill }] as const,
							),
						),
					),
				),
			)
			.catch(() => setLoadError(true));
	};
	// A session saved before a reload resumes once the questions are back.
	useEffect(() => {
		if (session && !bank) load();
	}, [Boolean(session)]);

	const items: Item[] = bank
		? [...bank.values()].map((q) => ({
				id: itemKey(q.skill, q.id),
				skill: q.skill,
				level: q.level,
				options: q.options.length,
			}))
		: [];
	const next = session && bank ? nextQuestion(items, session.responses, session.skills) : undefined;
	useEffect(() => questionHeading.current?.focus(), [next?.id]);
	// When a test ends, focus moves to the results, so a screen reader announces them.
	const assessmentCount = progress.hydrated ? progress.state.progress.coach.assessments.length : 0;
	const finished = useRef(false);
	useEffect(() => {
		if (finished.current) resultsHeading.current?.focus();
		finished.current = false;
	}, [assessmentCount]);

	if (!progress.hydrated) return <div class="tool">{props.children}</div>;
	const { store, state } = progress;
	const coach = state.progress.coach;
	const ratings = state.progress.ratings;
	const setCoach = (change: (saved: CoachState) => CoachState) =>
		store.update((saved) => ({ ...saved, coach: change(saved.coach) }));
	const background = coach.background;

	// The session is finished: save the estimates as a dated assessment, once.
	if (session && bank && !next) {
		const estimates = Object.fromEntries(
			session.skills.map((skill) => {
				const { level, se, asked } = estimate(items, session.responses, skill);
				return [skill, { level, se, asked }];
			}),
		);
		finished.current = true;
		queueMicrotask(() =>
			setCoach((saved) => ({
				...saved,
				session: undefined,
				assessments: [...saved.assessments, { date: new Date().toISOString(), estimates }],
			})),
		);
	}

	const roleEntries = roles.map(({ id, ...data }) => ({ id, data }));
	const start = () => {
		const skillIds = skillsForTest(roleEntries, background);
		setCoach((saved) => ({
			...saved,
			session: { skills: skillIds, responses: [], startedAt: new Date().toISOString() },
		}));
		if (!bank) load();
	};

	const answer = (event: Event) => {
		event.preventDefault();
		if (!next || !bank || choice.length === 0) return;
		const question = bank.get(next.id)!;
		const right = question.options
			.filter((o) => o.correct)
			.map((o) => o.id)
			.sort();
		const correct = JSON.stringify([...choice].sort()) === JSON.stringify(right);
		setChoice([]);
		setCoach((saved) =>
			saved.session
				? {
						...saved,
						session: {
							...saved.session,
							responses: [...saved.session.responses, { item: next.id, correct }],
						},
					}
				: saved,
		);
	};

	const latest = coach.assessments.at(-1);
	const previous = coach.assessments.at(-2);
	const advice = latest && coachAdvice(roleEntries, background, latest.estimates, ratings);
	const fits = advice ? advice.fits : [];
	const target = advice ? advice.target : background.target;
	const plan = advice ? advice.plan : undefined;
	const source = (skill: string) =>
		strings[`source.${advice ? sourceOf(advice.reader, skill) : 'assumed'}`];
	const practice = Object.fromEntries(skills.map((skill) => [skill.id, skill.practice]));
	const schedule =
		plan &&
		studySchedule(plan, practice, {
			start: today(),
			targetDate: background.targetDate,
			hoursPerWeek: background.hoursPerWeek ?? 0,
		});

	const importMentor = async (file: File) => {
		const result = readDocument(await file.text());
		if (!result.ok) {
			setMessage(format(strings.mentorBad, { reason: result.reason }));
			return;
		}
		const mentorRatings = result.document.progress.ratings;
		setCoach((saved) => ({
			...saved,
			mentor: { importedAt: new Date().toISOString(), ratings: mentorRatings },
		}));
		setMessage(format(strings.mentorDone, { count: Object.keys(mentorRatings).length }));
	};

	const brief = () =>
		assistantBrief({
			background,
			target,
			titles: Object.fromEntries([...roles, ...skills].map((entry) => [entry.id, entry.title])),
			estimates: latest?.estimates ?? {},
			ratings,
			plan,
			descriptors: Object.fromEntries(skills.map((skill) => [skill.id, skill.levels])),
		});

	const update = (field: keyof CoachState['background'], value: unknown) =>
		setCoach((saved) => ({ ...saved, background: { ...saved.background, [field]: value } }));
	const question = next && bank?.get(next.id);
	const skipped = session && bank ? session.responses.filter((r) => !bank.has(r.item)).length : 0;

	return (
		<div class="tool coach">
			<ProgressNotice progress={progress} strings={progressStrings} />
			<section aria-labelledby="coach-background" class="no-print">
				<h2 id="coach-background">{strings.background}</h2>
				<form
					onSubmit={(event) => {
						event.preventDefault();
						start();
					}}
				>
					<label for="coach-current">{strings.current}</label>
					<select
						id="coach-current"
						value={background.current ?? ''}
						onChange={(e) => update('current', e.currentTarget.value || undefined)}
					>
						<option value="">–</option>
						<option value="student">{strings.student}</option>
						{roles.map((role) => (
							<option value={role.id}>{role.title}</option>
						))}
					</select>

					<label for="coach-years">{strings.years}</label>
					<input
						id="coach-years"
						type="number"
						min={0}
						max={60}
						value={background.years ?? ''}
						onChange={(e) =>
							update(
								'years',
								e.currentTarget.value === ''
									? undefined
									: Math.min(60, Math.max(0, Number(e.currentTarget.value))),
							)
						}
					/>

					<fieldset>
						<legend>{strings.interests}</legend>
						{INTERESTS.map((interest: Interest) => (
							<label class="check">
								<input
									type="checkbox"
									checked={background.interests.includes(interest)}
									onChange={(e) =>
										update(
											'interests',
											e.currentTarget.checked
												? [...background.interests, interest]
												: background.interests.filter((i) => i !== interest),
										)
									}
								/>
								{strings[`interest.${interest}`]}
							</label>
						))}
					</fieldset>
					<label for="coach-target">{strings.target}</label>
					<select
						id="coach-target"
						value={background.target ?? ''}
						onChange={(e) => update('target', e.currentTarget.value || undefined)}
					>
						<option value="">{strings.suggest}</option>
						{roles.map((role) => (
							<option value={role.id}>{role.title}</option>
						))}
					</select>

					<label for="coach-hours">{strings.hours}</label>
					<input
						id="coach-hours"
						type="number"
						min={0}
						max={80}
						value={background.hoursPerWeek ?? ''}
						onChange={(e) =>
							update(
								'hoursPerWeek',
								e.currentTarget.value === ''
									? undefined
									: Math.min(80, Math.max(0, Number(e.currentTarget.value))),
							)
						}
					/>

					<label for="coach-date">{strings.date}</label>
					<input
						id="coach-date"
						type="date"
						value={background.targetDate ?? ''}
						onChange={(e) => update('targetDate', e.currentTarget.value || undefined)}
					/>

					<button type="submit">{session ? strings.restart : strings.start}</button>
				</form>
			</section>

			{session && (
				<section aria-labelledby="coach-test">
					<h2 id="coach-test">{strings.test}</h2>
					{loadError ? (
						<p role="alert">
							{strings.loadFailed}{' '}
							<button type="button" onClick={load}>
								{strings.start}
							</button>
						</p>
					) : !question ? (
						<p role="status">{strings.loading}</p>
					) : (
						<form onSubmit={answer} class="coach-question">
							<h3 id="coach-question" tabIndex={-1} ref={questionHeading}>
								{format(strings.progress, {
									asked: session.responses.length + 1,
									skill: title(question.skill),
								})}
							</h3>
							{skipped > 0 && <p>{format(strings.skipped, { count: skipped })}</p>}
							{question.scenario && <p>{question.scenario}</p>}
							<fieldset>
								<legend>{question.prompt}</legend>
								{question.options.map((option) => (
									<label class="check">
										<input
											type={question.kind === 'multiple' ? 'checkbox' : 'radio'}
											name="coach-option"
											checked={choice.includes(option.id)}
											onChange={(e) =>
												setChoice(
													question.kind === 'multiple'
														? e.currentTarget.checked
															? [...choice, option.id]
															: choice.filter((id) => id !== option.id)
														: [option.id],
												)
											}
										/>
										{option.text}
									</label>
								))}
							</fieldset>
							<button type="submit">{strings.answer}</button>
						</form>
					)}
				</section>
			)}

			{latest && !session && (
				<>
					<section aria-labelledby="coach-results">
						<h2 id="coach-results" tabIndex={-1} ref={resultsHeading}>
							{strings.results}
						</h2>
						<ul>
							{Object.entries(latest.estimates)
								.sort((a, b) => a[1].level - b[1].level)
								.map(([skill, e]) => (
									<li>
										{format(strings.estimate, {
											skill: title(skill),
											level: roundLevel(e.level),
											se: e.se.toFixed(1),
											asked: e.asked,
										})}
										{ratings[skill] !== undefined &&
											`; ${format(strings.rated, { rating: ratings[skill]! })}`}
										{coach.mentor?.ratings[skill] !== undefined &&
											`; ${format(strings.mentorRated, { rating: coach.mentor.ratings[skill]! })}`}
									</li>
								))}
						</ul>
						{previous &&
							changesSince(previous.estimates, latest.estimates).map((change) => (
								<p>
									{format(strings.changed, {
										date: previous.date.slice(0, 10),
										skill: title(change.skill),
										before: roundLevel(change.before),
										after: roundLevel(change.after),
									})}
								</p>
							))}
					</section>
					<section aria-labelledby="coach-advice">
						<h2 id="coach-advice">{strings.advice}</h2>
						<h3>{strings.fits}</h3>
						<ol>
							{fits.map((fit) => (
								<li>
									{format(strings.fit, {
										role: title(fit.role),
										match: Math.round(fit.match * 100),
										tested: fit.tested,
										total: fit.total,
									})}
									{fit.interest && strings.fitInterest}
								</li>
							))}
						</ol>
						{plan && (
							<>
								<p>
									{plan.route
										? format(strings.route, { route: plan.route.map(title).join(' → ') })
										: strings.noRoute}
								</p>
								<h3>{strings.startHere}</h3>
								<ol class="start-here">
									{plan.startHere.map((gap) => (
										<li>
											{format(strings.gap, {
												skill: title(gap.skill),
												current: roundLevel(gap.current),
												source: source(gap.skill),
												target: title(plan.to),
												expected: gap.expected,
											})}
											{(practice[gap.skill] ?? []).length > 0 && (
												<>
													<p>{strings.tasks}</p>
													<ul>
														{(practice[gap.skill] ?? []).slice(0, START_HERE_TASKS).map((task) => (
															<li>{task}</li>
														))}
													</ul>
												</>
											)}
											{(props.chapters[gap.skill] ?? []).length > 0 && (
												<p>
													{strings.read}{' '}
													{(props.chapters[gap.skill] ?? []).map((chapter, index) => (
														<>
															{index > 0 && ', '}
															<a href={chapter.href}>{chapter.title}</a>
														</>
													))}
												</p>
											)}
										</li>
									))}
								</ol>
								{plan.gaps.length > 0 && (
									<>
										<h3 id="coach-gaps">{format(strings.allGaps, { target: title(plan.to) })}</h3>
										<table class="coach-gaps" aria-labelledby="coach-gaps">
											<thead>
												<tr>
													<th scope="col">{strings.gapSkill}</th>
													<th scope="col">{strings.gapLevel}</th>
													<th scope="col">
														{format(strings.gapExpected, { target: title(plan.to) })}
													</th>
												</tr>
											</thead>
											<tbody>
												{plan.gaps.map((gap) => (
													<tr>
														<th scope="row">{title(gap.skill)}</th>
														<td>
															{roundLevel(gap.current)} ({source(gap.skill)})
														</td>
														<td>{gap.expected}</td>
													</tr>
												))}
											</tbody>
										</table>
									</>
								)}
								<h3>{strings.schedule}</h3>
								{schedule && !schedule.ok ? (
									<p role="alert">
										{schedule.reason === 'no-hours'
											? strings.noHours
											: schedule.reason === 'past-date'
												? strings.pastDate
												: strings.nothing}
									</p>
								) : (
									schedule && (
										<>
											<ol class="schedule">
												{schedule.weeks.map((week) => (
													<li>
														{format(strings.week, {
															date: week.date,
															hours: schedule.hoursPerWeek,
														})}
														<ul>
															{week.tasks.map((task) => (
																<li>
																	{title(task.skill)}: {task.task}
																</li>
															))}
														</ul>
													</li>
												))}
											</ol>
											<p class="no-print">
												<button
													type="button"
													onClick={() =>
														downloadText(
															fileName('study-schedule', 'ics'),
															calendarFile(
																strings.schedule,
																schedule.weeks.map((week, index) => ({
																	uid: `week-${index + 1}-${week.date}@backend-career-handbook`,
																	date: week.date,
																	summary: `${strings.schedule}: ${[...new Set(week.tasks.map((t) => title(t.skill)))].join(', ')}`,
																	description: week.tasks
																		.map((t) => `${title(t.skill)}: ${t.task}`)
																		.join('\n'),
																})),
																new Date().toISOString().replace(/[-:]/g, '').slice(0, 15) + 'Z',
															),
														)
													}
												>
													{strings.ics}
												</button>{' '}
												<button type="button" onClick={() => window.print()}>
													{strings.print}
												</button>
											</p>
										</>
									)
								)}
							</>
						)}
					</section>
					<section aria-labelledby="coach-mentor" class="no-print">
						<h2 id="coach-mentor">{strings.mentor}</h2>
						<p>{strings.mentorHelp}</p>
						<label>
							{strings.mentorFile}
							<input
								type="file"
								accept="application/json,.json"
								onChange={(e) => {
									const file = e.currentTarget.files?.[0];
									if (file) void importMentor(file);
								}}
							/>
						</label>
					</section>
					<section aria-labelledby="coach-brief" class="no-print">
						<h2 id="coach-brief">{strings.brief}</h2>
						<p>{strings.briefHelp}</p>
						<textarea readOnly rows={8} aria-labelledby="coach-brief" value={brief()} />
						<button
							type="button"
							onClick={() =>
								navigator.clipboard?.writeText(brief()).then(() => setMessage(strings.copied))
							}
						>
							{strings.copy}
						</button>
					</section>
				</>
			)}
			<p role="status" class="coach-message">
				{message}
			</p>
		</div>
	);
}
