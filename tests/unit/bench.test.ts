import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { median, pageKind, summarizeByKind } from '../../scripts/lib/bench-report.ts';
import type { PageWeight } from '../../scripts/lib/page-weight.ts';
import { addTransition, writeSyntheticContent } from '../../scripts/lib/synthetic-content.ts';
import { readContent } from '../../src/lib/content/content-files.ts';
import { validateProject } from '../../src/lib/xref/index.ts';

const weight = (js: number): PageWeight => ({
	html: { raw: 100, gzip: 50 },
	css: { raw: 10, gzip: 5 },
	js: { raw: js * 2, gzip: js },
	requests: 3,
	hasWidgets: false,
	files: [],
	islandFiles: [],
	islandJs: { raw: 0, gzip: 0 },
	lazy: [],
});

describe('pageKind', () => {
	it('names the kind of each built page', () => {
		expect(
			[
				'index.html',
				'404.html',
				'skills/index.html',
				'skills/sql/index.html',
				'roles/lead/index.html',
				'contributing/errors/x/index.html',
				'career-path/outlook/index.html',
				'skill-finder/index.html',
				'career-map/index.html',
				'print/index.html',
			].map(pageKind),
		).toEqual([
			'home',
			'not found',
			'skill index',
			'skill',
			'role',
			'contributor',
			'chapter',
			'tool',
			'career map',
			'whole handbook',
		]);
	});
});

describe('summaries', () => {
	it('takes the median of odd and even counts', () => {
		expect([median([3, 1, 2]), median([4, 1, 3, 2]), median([])]).toEqual([2, 2.5, 0]);
	});
	it('groups pages by kind with the median and the heaviest page', () => {
		const [skill] = summarizeByKind([
			{ path: 'skills/a/index.html', weight: weight(10) },
			{ path: 'skills/b/index.html', weight: weight(30) },
			{ path: 'skills/c/index.html', weight: weight(20) },
		]);
		expect(skill).toMatchObject({
			kind: 'skill',
			pages: 3,
			median: { js: { gzip: 20, raw: 40 }, jsAtLoad: 40 },
			worst: { path: 'skills/b/index.html' },
		});
	});
});

describe('writeSyntheticContent', () => {
	it('adds generated entries beside real ones, reached through a new transition', () => {
		const root = mkdtempSync(join(tmpdir(), 'synthetic-'));
		writeSyntheticContent(root, 4, 2);
		writeSyntheticContent(root, 6, 3, { prefix: 'extra-', firstRole: 'extra-start' });
		addTransition(root, 'intern', 'extra-start', 'extra-skill-1');
		expect(validateProject(root).problems).toEqual([]);
	});

	it('gives every generated skill a question bank the validator accepts', () => {
		const root = mkdtempSync(join(tmpdir(), 'synthetic-'));
		writeSyntheticContent(root, 5, 2);
		const banks = readContent(root).filter((file) => file.kind === 'bank' && !file.parseError);
		expect(banks).toHaveLength(5);
		expect(validateProject(root).problems).toEqual([]);
	});

	it('writes content the validator accepts without a single problem', () => {
		const root = mkdtempSync(join(tmpdir(), 'synthetic-'));
		writeSyntheticContent(root, 31, 7);
		const result = validateProject(root);
		expect(result.problems).toEqual([]);
		expect(result.report).toBe('Found 0 invalid references in 0 files.');
	});
});
