import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	createLocator,
	readContent,
	readContentFile,
} from '../../src/lib/content/content-files.ts';

function tree(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'handbook-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

describe('createLocator', () => {
	it('turns offsets into 1-based lines and columns', () => {
		const locate = createLocator('ab\ncd\n\nef');
		expect([0, 1, 3, 6, 7, 8].map(locate)).toEqual([
			{ line: 1, column: 1 },
			{ line: 1, column: 2 },
			{ line: 2, column: 1 },
			{ line: 3, column: 1 },
			{ line: 4, column: 1 },
			{ line: 4, column: 2 },
		]);
	});
});

describe('readContentFile', () => {
	it('locates frontmatter values and keys in the whole file', () => {
		const root = tree({
			'content/roles/lead.mdx':
				'---\ntitle: Lead\nskills:\n  sql: 3\n---\n\nBody <Skill id="x" />\n',
		});
		const file = readContentFile(root, 'role', 'content/roles/lead.mdx');
		expect(file.id).toBe('lead');
		expect(file.data.positionOf(['skills', 'sql'])).toEqual({ line: 4, column: 8 });
		expect(file.data.positionOf(['skills', 'sql'], { key: true })).toEqual({ line: 4, column: 3 });
		expect(file.data.positionOf(['missing'])).toBeUndefined();
		expect(file.body).toEqual({ text: '\nBody <Skill id="x" />\n', line: 6 });
	});

	it('keeps a YAML syntax error with its position instead of throwing', () => {
		const root = tree({ 'content/self-checks/bad.yaml': 'title: Bad\nquestions: [\n' });
		const file = readContentFile(root, 'self-check', 'content/self-checks/bad.yaml');
		expect(file.parseError).toMatchObject({ line: 3, column: 1 });
		expect(file.data.value).toEqual({});
	});

	it('reports a duplicate key as a syntax error', () => {
		const root = tree({ 'content/roles/a.md': '---\ntitle: A\ntitle: B\n---\n' });
		expect(readContentFile(root, 'role', 'content/roles/a.md').parseError).toMatchObject({
			line: 3,
			column: 1,
		});
	});
});

describe('readContent', () => {
	it('reads each kind from its folder, skipping files that start with an underscore', () => {
		const root = tree({
			'content/skills/sql.mdx': '---\ntitle: SQL\n---\n',
			'content/skills/_draft.mdx': '---\ntitle: Draft\n---\n',
			'content/self-checks/quiz.yaml': 'title: Quiz\n',
			'src/content/docs/guide/index.mdx': '---\ntitle: Guide\n---\n',
			'src/content/docs/guide/notes.txt': 'not content',
		});
		expect(readContent(root).map((file) => [file.kind, file.id, file.path])).toEqual([
			['skill', 'sql', 'content/skills/sql.mdx'],
			['self-check', 'quiz', 'content/self-checks/quiz.yaml'],
			['chapter', 'guide', 'src/content/docs/guide/index.mdx'],
		]);
	});
});
