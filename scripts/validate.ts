/**
 * `npm run validate [root]`: the cross-reference validator without a build, with the question
 * bank's statistics above the report. Exits 1 on any error.
 */
import { readContent } from '../src/lib/content/content-files.ts';
import { validateProject } from '../src/lib/xref/index.ts';
import { formatQuestionStats, questionStats } from '../src/lib/xref/validate-questions.ts';

const root = process.argv[2] ?? process.cwd();
const files = readContent(root);
const skills = files.filter((file) => file.kind === 'skill').map((file) => file.id);
console.log(formatQuestionStats(questionStats(files, skills)));
const { report, errorCount } = validateProject(root);
console[errorCount ? 'error' : 'log'](report);
process.exitCode = errorCount ? 1 : 0;
