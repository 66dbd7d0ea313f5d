import { validateProject } from '../../src/lib/xref/index.ts';

/** What the validator reports for the project at `root`: (file, line, column, value, error id). */
export const problemTuples = (root: string) =>
	validateProject(root).problems.map(({ file, line, column, value, id }) => [
		file,
		line,
		column,
		value,
		id,
	]);
