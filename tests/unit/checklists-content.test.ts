/** Checklist ids in the chapters: ticks are saved under them, so they must be unique in the handbook. */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/content-files.ts';

const chapters = readContent(new URL('../../', import.meta.url).pathname).filter(
	(file) => file.kind === 'chapter',
);
// Examples in fenced code blocks (the contributor guide has one) are not checklists.
const withoutCode = (text: string) => text.replace(/^```[\s\S]*?^```/gm, '');
const checklists = chapters.flatMap((file) =>
	[...withoutCode(file.body.text).matchAll(/<Checklist\s+id="([^"]+)"/g)].map(
		(match) => `${match[1]} (${file.path})`,
	),
);

describe('chapter checklists', () => {
	it('exist where the chapters have one-off milestones to tick', () => {
		expect(checklists.map((entry) => entry.split(' ')[0])).toEqual([
			'evidence-before-applying',
			'learning-plan',
			'before-intern-arrives',
			'intern-exit',
			'junior-exit',
			'mid-level-exit',
			'senior-readiness',
		]);
	});

	it('have ids used once in the whole handbook', () => {
		const ids = checklists.map((entry) => entry.split(' ')[0]);
		expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
	});
});
