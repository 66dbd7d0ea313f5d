/** The cross-reference validator: collect, then judge, then report. */
import { readContent } from '../content/content-files.ts';
import { severityOf, type Problem } from './catalogue.ts';
import { collect } from './collect.ts';
import { formatReport } from './report.ts';
import { validate } from './validate.ts';

export interface ValidationResult {
	problems: Problem[];
	errorCount: number;
	warningCount: number;
	/** The report for a terminal, ending with `Found N invalid references in M files.` */
	report: string;
}

/** Validates every skill, role, self-check and chapter below the project `root`. */
export function validateProject(root: string): ValidationResult {
	const problems = validate(collect(readContent(root)));
	const errorCount = problems.filter((problem) => severityOf(problem) === 'error').length;
	return {
		problems,
		errorCount,
		warningCount: problems.length - errorCount,
		report: formatReport(problems),
	};
}
