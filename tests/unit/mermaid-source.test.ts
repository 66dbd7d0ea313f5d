import { describe, expect, it } from 'vitest';
import { findMermaidBlocks, parseStatements } from '../../src/lib/diagrams/mermaid-source.ts';

describe('findMermaidBlocks', () => {
	it('finds backtick and tilde fences, strips their indentation and ignores other code', () => {
		const markdown = [
			'Intro',
			'```mermaid',
			'flowchart LR',
			'  a --> b',
			'```',
			'````md',
			'```mermaid',
			'flowchart LR',
			'```',
			'````',
			'1. A step',
			'   ~~~mermaid title',
			'   graph TB',
			'     c --> d',
			'   ~~~',
		].join('\n');
		expect(findMermaidBlocks(markdown)).toEqual([
			{ source: 'flowchart LR\n  a --> b', firstLine: 2, indent: 0, fenceLine: 1 },
			{ source: 'graph TB\n  c --> d', firstLine: 12, indent: 3, fenceLine: 11 },
		]);
	});

	it('runs an unclosed fence to the end of the text, as CommonMark does', () => {
		expect(findMermaidBlocks('```mermaid\nflowchart LR\n').map((b) => b.source)).toEqual([
			'flowchart LR\n',
		]);
	});
});

describe('parseStatements', () => {
	it('finds the type, the accessible title and description, and every link with its position', () => {
		const source = [
			'---',
			'title: ignored front matter',
			'---',
			'%%{init: {"theme": "dark"}}%%',
			'flowchart LR',
			'  accTitle: Moves',
			'  accDescr {',
			'    From junior',
			'    to senior }',
			'  a --> b',
			'  click a href "/roles/junior/" "tooltip"',
			'  click b "/skills/sql/"',
			'  click c openSomething',
		].join('\n');
		expect(parseStatements(source)).toEqual({
			type: { value: 'flowchart', line: 4, column: 0 },
			accTitle: { value: 'Moves', line: 5, column: 2 },
			accDescr: { value: 'From junior to senior', line: 6, column: 2 },
			links: [
				{ value: '/roles/junior/', line: 10, column: 16 },
				{ value: '/skills/sql/', line: 11, column: 11 },
			],
			callbacks: [{ value: 'openSomething', line: 12, column: 10 }],
		});
	});

	it('leaves out what is missing', () => {
		expect(parseStatements('sequenceDiagram\n  A->>B: hi')).toEqual({
			type: { value: 'sequenceDiagram', line: 0, column: 0 },
			links: [],
			callbacks: [],
		});
	});
});
