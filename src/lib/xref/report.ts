/** Third pass of the validator: format problems for a terminal, grouped by file. */
import { docsPathOf, PROBLEMS, severityOf, type Problem } from './catalogue.ts';

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** The closing line: `Found N invalid references in M files.` */
export function summarize(problems: readonly Problem[]): string {
	const errors = problems.filter((problem) => severityOf(problem) === 'error');
	const files = new Set(errors.map((problem) => problem.file));
	return `Found ${plural(errors.length, 'invalid reference')} in ${plural(files.size, 'file')}.`;
}

/**
 * One block per file: `line:column  severity  message  [id]`, then the fix and the docs page.
 * Warnings are listed too; the summary line counts errors only.
 */
export function formatReport(problems: readonly Problem[]): string {
	const lines: string[] = [];
	const byFile = Map.groupBy(problems, (problem) => problem.file);
	for (const [file, fileProblems] of byFile) {
		lines.push(file);
		for (const problem of fileProblems) {
			const { fix } = PROBLEMS[problem.id];
			lines.push(
				`  ${file}:${problem.line}:${problem.column}  ${severityOf(problem)}  ${problem.message}  [${problem.id}]`,
			);
			lines.push(`    Fix: ${fix} See ${docsPathOf(problem.id)}`);
		}
		lines.push('');
	}
	const warnings = problems.filter((problem) => severityOf(problem) === 'warning').length;
	if (warnings) lines.push(`${plural(warnings, 'warning')}.`);
	lines.push(summarize(problems));
	return lines.join('\n');
}
