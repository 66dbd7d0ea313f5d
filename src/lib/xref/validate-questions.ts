/**
 * Rules that keep the self-checks and the question bank honest: a reader must pass by knowing,
 * never by guessing from an option's length, its wording or how many options are right.
 * Every rule is judged per file; a whole bank within the limits follows from its files being so.
 */
import type { ContentFile } from '../content/content-files.ts';
import { orderOptions, questionKey } from '../content/option-order.ts';
import type { Problem } from './catalogue.ts';

/** At most this share of a file's single-answer questions may have the longest option right. */
export const LONGEST_LIMIT = 0.3;
/** At most this share may have a right option at least `MUCH_LONGER` times the next longest. */
export const MUCH_LONGER_LIMIT = 0.1;
export const MUCH_LONGER = 1.5;
/** A skill's bank has at least this many questions at each level. */
export const PER_LEVEL = 3;

const GIVEAWAY = /\b(?:all|none|both) of (?:the above|these|them)\b|^(?:all|none|both)\.?$/i;

interface OptionData {
	text: string;
	correct: boolean;
}
interface QuestionData {
	id: string;
	kind: string;
	level?: number;
	options: OptionData[];
}

/** The questions of a self-check or bank file, as far as they have the shape the rules read. */
export function questionsOf(file: ContentFile): QuestionData[] {
	const value = file.data.value as { questions?: unknown } | null;
	const questions = Array.isArray(value?.questions) ? value.questions : [];
	return questions.flatMap((raw) => {
		const question = raw as Partial<QuestionData> | null;
		if (!question || typeof question.id !== 'string' || !Array.isArray(question.options)) return [];
		const options = question.options
			.filter((option): option is OptionData => typeof option?.text === 'string')
			.map((option) => ({ text: option.text, correct: option.correct === true }));
		return [
			{
				id: question.id,
				kind: String(question.kind),
				...(typeof question.level === 'number' ? { level: question.level } : {}),
				options,
			},
		];
	});
}

/** How a single-answer question's right option compares in length with the others. */
export function lengthSignal(
	question: QuestionData,
): { longest: boolean; ratio: number } | undefined {
	if (question.kind === 'multiple') return undefined;
	const right = question.options.find((option) => option.correct);
	const others = question.options.filter((option) => !option.correct).map((o) => o.text.length);
	if (!right || others.length === 0) return undefined;
	const next = Math.max(...others);
	return { longest: right.text.length > next, ratio: right.text.length / next };
}

const share = (count: number, total: number) => `${count} of ${total}`;

export function questionProblems(
	files: readonly ContentFile[],
	skillIds: readonly string[],
): Problem[] {
	const problems: Problem[] = [];
	const perLevel = new Map<string, number[]>();

	for (const file of files) {
		if (file.kind !== 'self-check' && file.kind !== 'bank') continue;
		const questions = questionsOf(file);
		const where = file.data.positionOf(['questions'], { key: true }) ?? { line: 1, column: 1 };

		const signals = questions.flatMap((question) => {
			const signal = lengthSignal(question);
			return signal ? [{ id: question.id, ...signal }] : [];
		});
		const longest = signals.filter((signal) => signal.longest);
		if (longest.length > LONGEST_LIMIT * signals.length)
			problems.push({
				id: 'longest-answer',
				file: file.path,
				...where,
				value: share(longest.length, signals.length),
				message: `The right option is the longest in ${share(longest.length, signals.length)} single-answer questions (${longest.map((signal) => signal.id).join(', ')}); at most ${LONGEST_LIMIT * 100}% may be.`,
			});
		const muchLonger = signals.filter((signal) => signal.ratio >= MUCH_LONGER);
		if (muchLonger.length > MUCH_LONGER_LIMIT * signals.length)
			problems.push({
				id: 'much-longer-answer',
				file: file.path,
				...where,
				value: share(muchLonger.length, signals.length),
				message: `The right option is at least ${MUCH_LONGER} times the next longest in ${share(muchLonger.length, signals.length)} single-answer questions (${muchLonger.map((signal) => signal.id).join(', ')}); at most ${MUCH_LONGER_LIMIT * 100}% may be.`,
			});

		const counts = questions
			.filter((question) => question.kind === 'multiple')
			.map((question) => question.options.filter((option) => option.correct).length);
		if (counts.length >= 3 && new Set(counts).size === 1)
			problems.push({
				id: 'fixed-answer-count',
				file: file.path,
				...where,
				value: String(counts[0]),
				message: `All ${counts.length} multiple-answer questions have exactly ${counts[0]} right options; vary it from one to all but one.`,
			});

		questions.forEach((question, index) => {
			const seen = new Set<string>();
			question.options.forEach((option, optionIndex) => {
				const at =
					file.data.positionOf(['questions', index, 'options', optionIndex, 'text']) ?? where;
				const normalised = option.text.trim().toLowerCase().replace(/\s+/g, ' ');
				if (seen.has(normalised))
					problems.push({
						id: 'duplicate-option',
						file: file.path,
						...at,
						value: option.text,
						message: `Question "${question.id}" has the option "${option.text}" twice.`,
					});
				seen.add(normalised);
				if (GIVEAWAY.test(option.text.trim()))
					problems.push({
						id: 'giveaway-option',
						file: file.path,
						...at,
						value: option.text,
						message: `Question "${question.id}" has an option that points at the others ("${option.text}").`,
					});
			});
		});

		if (file.kind === 'bank') {
			const levels = [0, 0, 0, 0];
			for (const question of questions)
				if (question.level && question.level >= 1 && question.level <= 4)
					levels[question.level - 1] = (levels[question.level - 1] ?? 0) + 1;
			perLevel.set(file.id, levels);
		}
	}

	const bankFiles = new Map(
		files.filter((file) => file.kind === 'bank').map((file) => [file.id, file]),
	);
	// A project with no question bank at all (a fixture, a ladder without the coach) is not judged.
	if (perLevel.size === 0) return problems;
	for (const skill of skillIds) {
		const levels = perLevel.get(skill) ?? [0, 0, 0, 0];
		const short = levels
			.map((count, index) => ({ level: index + 1, count }))
			.filter(({ count }) => count < PER_LEVEL);
		if (short.length === 0) continue;
		const file = bankFiles.get(skill);
		problems.push({
			id: 'bank-coverage',
			file: file?.path ?? `content/question-bank/${skill}.yaml`,
			...(file?.data.positionOf(['questions'], { key: true }) ?? { line: 1, column: 1 }),
			value: skill,
			message: `The question bank has ${short.map(({ level, count }) => `${count} at level ${level}`).join(', ')} for "${skill}"; it needs ${PER_LEVEL} at every level.`,
		});
	}
	return problems;
}

export interface QuestionStats {
	questions: number;
	bank: number;
	selfChecks: number;
	/** Questions per level 1-4, and without a level. */
	perLevel: [number, number, number, number];
	unlevelled: number;
	singleAnswer: number;
	longest: number;
	muchLonger: number;
	/** How often the (first) right option is shown in each position, after the build's shuffle. */
	positions: number[];
	/** Multiple-answer questions by how many options are right. */
	rightCounts: Record<number, number>;
	/** The fewest bank questions any skill has at any level. */
	thinnestCell: number;
}

export function questionStats(
	files: readonly ContentFile[],
	skillIds: readonly string[],
): QuestionStats {
	const stats: QuestionStats = {
		questions: 0,
		bank: 0,
		selfChecks: 0,
		perLevel: [0, 0, 0, 0],
		unlevelled: 0,
		singleAnswer: 0,
		longest: 0,
		muchLonger: 0,
		positions: [],
		rightCounts: {},
		thinnestCell: Infinity,
	};
	const cells = new Map(skillIds.map((id) => [id, [0, 0, 0, 0]]));
	for (const file of files) {
		if (file.kind !== 'self-check' && file.kind !== 'bank') continue;
		for (const question of questionsOf(file)) {
			stats.questions++;
			stats[file.kind === 'bank' ? 'bank' : 'selfChecks']++;
			if (question.level && question.level >= 1 && question.level <= 4) {
				const index = question.level - 1;
				stats.perLevel[index] = (stats.perLevel[index] ?? 0) + 1;
				const cell = file.kind === 'bank' ? cells.get(file.id) : undefined;
				if (cell) cell[index] = (cell[index] ?? 0) + 1;
			} else stats.unlevelled++;
			const signal = lengthSignal(question);
			if (signal) {
				stats.singleAnswer++;
				if (signal.longest) stats.longest++;
				if (signal.ratio >= MUCH_LONGER) stats.muchLonger++;
			}
			const shown = orderOptions(questionKey(file.id, question.id), question.options);
			const position = shown.findIndex((option) => option.correct);
			if (position >= 0) stats.positions[position] = (stats.positions[position] ?? 0) + 1;
			if (question.kind === 'multiple') {
				const right = question.options.filter((option) => option.correct).length;
				stats.rightCounts[right] = (stats.rightCounts[right] ?? 0) + 1;
			}
		}
	}
	for (const levels of cells.values()) stats.thinnestCell = Math.min(stats.thinnestCell, ...levels);
	if (cells.size === 0) stats.thinnestCell = 0;
	return stats;
}

const percent = (part: number, whole: number) =>
	whole ? `${((100 * part) / whole).toFixed(1)}%` : '0%';

/** The statistics as the lines `npm run validate` prints above its report. */
export function formatQuestionStats(stats: QuestionStats): string {
	const letters = stats.positions.map(
		(count, index) => `${String.fromCharCode(65 + index)} ${count ?? 0}`,
	);
	const counts = Object.entries(stats.rightCounts)
		.map(([right, count]) => `${right} right: ${count}`)
		.join(', ');
	return [
		`Questions: ${stats.questions} (bank ${stats.bank}, self-checks ${stats.selfChecks}); by level 1-4: ${stats.perLevel.join(' / ')}${stats.unlevelled ? `, no level: ${stats.unlevelled}` : ''}; fewest bank questions for one skill and level: ${stats.thinnestCell}.`,
		`Right option longest: ${percent(stats.longest, stats.singleAnswer)} of ${stats.singleAnswer} single-answer questions; at least ${MUCH_LONGER}x the next: ${percent(stats.muchLonger, stats.singleAnswer)}.`,
		`Right option's position as shown: ${letters.join(', ')}. Multiple-answer questions: ${counts || 'none'}.`,
	].join('\n');
}
