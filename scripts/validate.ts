/** `npm run validate [root]`: the cross-reference validator without a build. Exits 1 on any error. */
import { validateProject } from '../src/lib/xref/index.ts';

const { report, errorCount } = validateProject(process.argv[2] ?? process.cwd());
console[errorCount ? 'error' : 'log'](report);
process.exitCode = errorCount ? 1 : 0;
