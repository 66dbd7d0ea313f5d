/**
 * `node scripts/bank-stats.ts FILE…`: the question rules' numbers for single self-check or bank
 * files, for a writer checking their own work before the whole validator runs.
 */
import { readContentFile } from '../src/lib/content/content-files.ts';
import {
	formatQuestionStats,
	questionProblems,
	questionStats,
} from '../src/lib/xref/validate-questions.ts';

for (const path of process.argv.slice(2)) {
	const kind = path.includes('question-bank/') ? 'bank' : 'self-check';
	const file = readContentFile(process.cwd(), kind, path);
	const skills = kind === 'bank' ? [file.id] : [];
	console.log(`\n${path}\n${formatQuestionStats(questionStats([file], skills))}`);
	for (const problem of questionProblems([file], skills))
		console.log(`  ${problem.line}:${problem.column}  ${problem.message}  [${problem.id}]`);
}
