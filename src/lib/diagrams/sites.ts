/**
 * Every Mermaid diagram the site shows, located where it is written: fenced ```mermaid blocks in
 * content bodies and the neighbourhood diagram of every role page. (The career map and the milestone
 * chart are drawn without Mermaid, from data the validator already checks.) The build renders these, the validator checks them, and the cache
 * test compares them with the committed cache.
 */
import type { ContentFile, Position } from '../content/content-files.ts';
import { roleSchema, skillSchema } from '../content/schemas.ts';
import { roleNeighbourhood } from './career-diagrams.ts';
import { findMermaidBlocks } from './mermaid-source.ts';

export interface DiagramSite extends Position {
	/** Path relative to the project root. */
	file: string;
	/** The entry the diagram is written in, or generated for. */
	entry: Pick<ContentFile, 'kind' | 'id'>;
	/** What the diagram is, for messages: `mermaid block`, `career map`, ... */
	name: string;
	source: string;
	/**
	 * Where a line of the source (0-based) and a column in it are written in the file. Generated
	 * diagrams point every line at the site itself.
	 */
	locate(line: number, column: number): Position;
}

/** The roles and skills of the content files that match their schemas (the validator reports the rest). */
export function careerData(files: readonly ContentFile[]) {
	const valid = <T>(
		kind: 'role' | 'skill',
		schema: () => { safeParse(value: unknown): { success: true; data: T } | { success: false } },
	) =>
		files.flatMap((file) => {
			if (file.kind !== kind || file.parseError) return [];
			const parsed = schema().safeParse(file.data.value);
			return parsed.success ? [{ id: file.id, data: parsed.data }] : [];
		});
	return { roles: valid('role', roleSchema), skills: valid('skill', skillSchema) };
}

/** Every diagram of the content below a project, in file order. */
export function diagramSites(files: readonly ContentFile[]): DiagramSite[] {
	const { roles, skills } = careerData(files);
	const sites: DiagramSite[] = [];

	for (const file of files) {
		if (file.kind === 'self-check' || file.kind === 'bank') continue;
		const entry = { kind: file.kind, id: file.id };
		for (const block of findMermaidBlocks(file.body.text)) {
			sites.push({
				file: file.path,
				entry,
				name: 'mermaid block',
				source: block.source,
				line: file.body.line + block.fenceLine,
				column: block.indent + 1,
				locate: (line, column) => ({
					line: file.body.line + block.firstLine + line,
					column: block.indent + column + 1,
				}),
			});
		}
		if (file.kind === 'role' && roles.some((role) => role.id === file.id)) {
			const position = file.data.positionOf(['transitions'], { key: true }) ??
				file.data.positionOf(['title'], { key: true }) ?? { line: 1, column: 1 };
			sites.push({
				file: file.path,
				entry,
				name: 'role neighbourhood',
				source: roleNeighbourhood(roles, skills, file.id).source,
				...position,
				locate: () => position,
			});
		}
	}
	return sites;
}
