/**
 * `npm run content-report`: words per chapter, role and skill, and the role × skill level matrix,
 * as Markdown on standard output.
 */
import { readContent } from '../src/lib/content/content-files.ts';
import { sortRoles, sortSkills } from '../src/lib/career/queries.ts';
import { roleSchema, skillSchema } from '../src/lib/content/schemas.ts';
import { levelMatrix, wordCounts } from './lib/content-report.ts';

const files = readContent(process.cwd());
const entries = <T>(kind: string, schema: () => { parse: (value: unknown) => T }) =>
	files
		.filter((file) => file.kind === kind)
		.map((file) => ({ id: file.id, data: schema().parse(file.data.value) }));

const counts = wordCounts(files);
for (const kind of ['chapter', 'role', 'skill'] as const) {
	const rows = counts.filter((count) => count.kind === kind);
	const total = rows.reduce((sum, row) => sum + row.words, 0);
	console.log(
		`\n### ${kind}s: ${rows.length}, ${total} words\n\n| ${kind} | words |\n| --- | ---: |`,
	);
	for (const row of rows) console.log(`| ${row.id || 'index'} | ${row.words} |`);
}
const roles = sortRoles(entries('role', roleSchema));
const skills = sortSkills(entries('skill', skillSchema));
console.log('\n### Level matrix (role × skill)\n');
console.log(
	levelMatrix(
		roles.map((role) => ({ id: role.id, skills: role.data.skills })),
		skills.map((skill) => skill.id),
	),
);
