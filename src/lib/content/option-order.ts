/**
 * The order a question's options are shown in: shuffled at build, deterministically from the
 * question's key, so that the position of the right answer carries no signal and every build,
 * page and export shows the same order. Saved answers are keyed by option id, never by position.
 */

/** 32-bit FNV-1a hash of a string. */
function hash(text: string): number {
	let value = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		value ^= text.charCodeAt(index);
		value = Math.imul(value, 0x01000193) >>> 0;
	}
	return value;
}

/** mulberry32: a small seeded generator of floats in [0, 1). */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The key a question's order is drawn from: its file's id and its own id. */
export const questionKey = (fileId: string, questionId: string): string => `${fileId}/${questionId}`;

/** The options in their shown order (Fisher-Yates with a generator seeded by `key`). */
export function orderOptions<T>(key: string, options: readonly T[]): T[] {
	const random = seededRandom(hash(key));
	const shuffled = [...options];
	for (let index = shuffled.length - 1; index > 0; index--) {
		const other = Math.floor(random() * (index + 1));
		[shuffled[index], shuffled[other]] = [shuffled[other] as T, shuffled[index] as T];
	}
	return shuffled;
}

/** A file's questions with their options in the order readers see them. */
export const inShownOrder = <Q extends { id: string; options: readonly unknown[] }>(
	fileId: string,
	questions: readonly Q[],
): Q[] =>
	questions.map((question) => ({
		...question,
		options: orderOptions(questionKey(fileId, question.id), question.options),
	}));
