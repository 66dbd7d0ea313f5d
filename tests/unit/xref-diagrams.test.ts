import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/content-files.ts';
import { collect } from '../../src/lib/xref/collect.ts';
import { validateProject } from '../../src/lib/xref/index.ts';
import { problemTuples } from '../helpers/problems.ts';

const root = new URL('../fixtures/diagrams/', import.meta.url).pathname;

describe('diagrams in the cross-reference validator', () => {
	it('collects authored blocks and generated diagrams where they are written', () => {
		expect(
			collect(readContent(root)).diagrams.map(({ file, line, column, name }) => [
				file,
				line,
				column,
				name,
			]),
		).toEqual([
			['content/roles/intern.mdx', 13, 1, 'role neighbourhood'],
			['content/roles/junior.mdx', 14, 1, 'role neighbourhood'],
			['content/roles/senior.mdx', 2, 1, 'role neighbourhood'],
			['src/content/docs/diagrams.md', 6, 1, 'mermaid block'],
			['src/content/docs/diagrams.md', 15, 1, 'mermaid block'],
			['src/content/docs/diagrams.md', 20, 1, 'mermaid block'],
			['src/content/docs/diagrams.md', 27, 3, 'mermaid block'],
		]);
	});

	it('reports every diagram problem with its file, line, column and value', () => {
		expect(problemTuples(root)).toEqual([
			['src/content/docs/diagrams.md', 15, 1, 'accTitle', 'undescribed-diagram'],
			['src/content/docs/diagrams.md', 15, 1, 'accDescr', 'undescribed-diagram'],
			['src/content/docs/diagrams.md', 21, 1, 'sequenceDiagram', 'unsupported-diagram'],
			['src/content/docs/diagrams.md', 32, 26, 'junoir', 'unknown-id'],
			['src/content/docs/diagrams.md', 33, 14, 'https://example.com/', 'unsupported-diagram'],
			['src/content/docs/diagrams.md', 34, 13, 'showDetails', 'unsupported-diagram'],
		]);
	});

	it('treats a diagram link like any other reference, with a suggestion', () => {
		const problem = validateProject(root).problems.find((p) => p.id === 'unknown-id');
		expect(problem?.message).toBe('Unknown role "junoir" in diagram link. Did you mean "junior"?');
	});

	it('names the missing field in the message', () => {
		expect(
			validateProject(root)
				.problems.filter((p) => p.id === 'undescribed-diagram')
				.map((p) => p.message),
		).toEqual([
			'The mermaid block has no `accTitle`, which names it for screen readers.',
			'The mermaid block has no `accDescr`, which describes it for screen readers.',
		]);
	});
});
