/**
 * The validator's rules for diagrams: a flowchart (the only kind whose steps can be listed as a
 * text alternative), with an accessible title and description, whose node links go to role or skill
 * pages. Whether those pages exist is checked with every other reference.
 */
import type { Problem } from './catalogue.ts';
import type { CollectedDiagram } from './types.ts';
import { isFlowchart } from '../diagrams/mermaid-source.ts';

export function diagramProblems(diagrams: readonly CollectedDiagram[]): Problem[] {
	return diagrams.flatMap((diagram) => {
		const problems: Problem[] = [];
		const at = ({ file, line, column }: { file: string; line: number; column: number }) => ({
			file,
			line,
			column,
		});
		if (!isFlowchart(diagram.type?.value))
			problems.push({
				id: 'unsupported-diagram',
				...at(diagram.type ?? diagram),
				value: diagram.type?.value ?? '',
				message: `Only flowcharts can be shown with a text alternative; this ${diagram.name} is ${diagram.type ? `a "${diagram.type.value}" diagram` : 'empty'}.`,
			});
		for (const field of ['accTitle', 'accDescr'] as const) {
			if (diagram[field]?.value) continue;
			problems.push({
				id: 'undescribed-diagram',
				...at(diagram[field] ?? diagram),
				value: field,
				message: `The ${diagram.name} has no \`${field}\`${field === 'accTitle' ? ', which names it for screen readers' : ', which describes it for screen readers'}.`,
			});
		}
		for (const link of diagram.otherLinks)
			problems.push({
				id: 'unsupported-diagram',
				...at(link),
				value: link.value,
				message: `Diagram links may only point to role or skill pages ("/roles/<id>/", "/skills/<id>/"), not "${link.value}".`,
			});
		for (const callback of diagram.callbacks)
			problems.push({
				id: 'unsupported-diagram',
				...at(callback),
				value: callback.value,
				message: `The click callback "${callback.value}" never runs: diagrams are static. Use \`click NODE href "/roles/<id>/"\`.`,
			});
		return problems;
	});
}
