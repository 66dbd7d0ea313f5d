/**
 * The validator's diagram collector: every diagram the site shows (authored ```mermaid blocks and
 * generated flowcharts), with its type, accessible title and description, and every node link,
 * located in the file where it is written. Links to role and skill pages become ordinary references.
 */
import type { ContentFile } from '../content/content-files.ts';
import { parseStatements, type Located } from '../diagrams/mermaid-source.ts';
import { diagramSites } from '../diagrams/sites.ts';
import type { CollectedDiagram, Reference } from './types.ts';

/** `/roles/<id>/` or `/skills/<id>/`, optionally with a fragment. */
const PAGE = /^\/(roles|skills)\/([^/#?]+)\/?(?:[#?].*)?$/;

export function collectDiagrams(files: readonly ContentFile[]): {
	diagrams: CollectedDiagram[];
	references: Reference[];
} {
	const diagrams: CollectedDiagram[] = [];
	const references: Reference[] = [];

	for (const site of diagramSites(files)) {
		const statements = parseStatements(site.source);
		const at = <T>(located: Located<T>) => ({
			file: site.file,
			...site.locate(located.line, located.column),
			value: located.value,
		});
		const otherLinks = [];
		for (const link of statements.links) {
			const page = PAGE.exec(link.value);
			if (!page) {
				otherLinks.push(at(link));
				continue;
			}
			const [, section, id = ''] = page;
			// Point at the id inside the link, as for other references.
			const idColumn = link.column + `/${section}/`.length;
			references.push({
				target: section === 'roles' ? 'role' : 'skill',
				id,
				site: 'diagram link',
				file: site.file,
				locate: () => site.locate(link.line, idColumn),
				from: site.entry,
			});
		}
		diagrams.push({
			file: site.file,
			line: site.line,
			column: site.column,
			name: site.name,
			...(statements.type ? { type: at(statements.type) } : {}),
			...(statements.accTitle ? { accTitle: at(statements.accTitle) } : {}),
			...(statements.accDescr ? { accDescr: at(statements.accDescr) } : {}),
			otherLinks,
			callbacks: statements.callbacks.map(at),
		});
	}
	return { diagrams, references };
}
