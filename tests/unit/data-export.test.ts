/** The open data at /data/v1/: built from the real content, valid against its own JSON Schema. */
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/content-files.ts';
import {
	questionBankSchema,
	roleSchema,
	selfCheckSchema,
	skillSchema,
} from '../../src/lib/content/schemas.ts';
import {
	DataExportError,
	checked,
	indexFile,
	jsonSchemaOf,
	levelsCsv,
	publicUrl,
	questionsFile,
	rolesFile,
	skillsFile,
} from '../../src/lib/site/data-export.ts';

const files = readContent(new URL('../../', import.meta.url).pathname);
const entries = <T>(kind: string, schema: () => { parse: (value: unknown) => T }) =>
	files
		.filter((file) => file.kind === kind)
		.map((file) => ({ id: file.id, data: schema().parse(file.data.value) }));
const skills = entries('skill', skillSchema);
const roles = entries('role', roleSchema);
const selfChecks = entries('self-check', selfCheckSchema);
const bank = entries('bank', questionBankSchema);
const context = { base: '/handbook/', site: undefined };

const ajv = new Ajv2020({ allErrors: true, strict: false });
const valid = (name: Parameters<typeof jsonSchemaOf>[0], document: unknown) => {
	const validate = ajv.compile(jsonSchemaOf(name, context));
	return validate(document) ? [] : validate.errors;
};

/** RFC 4180 fields back out of CSV text. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (quoted) {
			if (char === '"' && text[index + 1] === '"') ((field += '"'), index++);
			else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') (row.push(field), (field = ''));
		else if (char === '\r' && text[index + 1] === '\n') {
			(row.push(field), rows.push(row), (row = []), (field = ''), index++);
		} else field += char;
	}
	return rows;
}

describe('the published data', () => {
	it('matches its JSON Schema, generated from the zod schemas, for every file', () => {
		const counts = { skills: 37, roles: 23, selfChecks: selfChecks.length, bankQuestions: 0 };
		expect(valid('skills', skillsFile(skills, context))).toEqual([]);
		expect(valid('roles', rolesFile(roles, context))).toEqual([]);
		expect(valid('questions', questionsFile(selfChecks, bank))).toEqual([]);
		expect(valid('index', indexFile(counts, new Date('2026-12-02T00:00:00Z'), context))).toEqual(
			[],
		);
	});

	it('holds every entry of the content folders, by id, with its page', () => {
		const skillsDoc = skillsFile(skills, context);
		const rolesDoc = rolesFile(roles, context);
		expect(skillsDoc.skills.map((skill) => skill.id).sort()).toEqual(
			skills.map((s) => s.id).sort(),
		);
		expect(rolesDoc.roles.map((role) => role.id).sort()).toEqual(roles.map((r) => r.id).sort());
		const staff = rolesDoc.roles.find((role) => role.id === 'staff');
		expect(staff?.url).toBe('/handbook/roles/staff/');
		expect(staff?.skills).toEqual(roles.find((role) => role.id === 'staff')?.data.skills);
		expect(rolesDoc.licence.id).toBe('CC-BY-4.0');
		const questions = questionsFile(selfChecks, bank);
		expect(questions.selfChecks.map((check) => check.id).sort()).toEqual(
			selfChecks.map((check) => check.id).sort(),
		);
	});

	it('makes URLs absolute only when the public address is known', () => {
		expect(publicUrl('/roles/staff/', context)).toBe('/handbook/roles/staff/');
		expect(publicUrl('/roles/staff/', { base: '/handbook/', site: 'https://example.org' })).toBe(
			'https://example.org/handbook/roles/staff/',
		);
	});

	it('stops the build naming the entry and field when a document breaks its schema', () => {
		const broken = skillsFile(skills, context);
		const first = broken.skills[0] as unknown as Record<string, unknown>;
		delete first['summary'];
		expect(() => checked('skills', broken)).toThrow(DataExportError);
		expect(() => checked('skills', broken)).toThrow(
			`entry "${first['id']}", field skills.0.summary`,
		);
	});

	it('writes the level matrix as CSV that parses back to the same levels, titles quoted', () => {
		const rows = parseCsv(levelsCsv(roles, skills));
		expect(rows).toHaveLength(skills.length + 1);
		const header = rows[0] as string[];
		expect(header.slice(0, 2)).toEqual(['Skill', 'Skill id']);
		expect(header).toContain('Staff Backend Engineer (staff)');
		const sql = rows.find((row) => row[1] === 'sql') as string[];
		for (const role of roles) {
			const column = header.indexOf(`${role.data.title} (${role.id})`);
			expect(sql[column]).toBe(String(role.data.skills['sql'] ?? ''));
		}
		const quoted = levelsCsv(
			[
				{
					id: 'r',
					data: { ...(roles[0]?.data as (typeof roles)[number]['data']), title: 'A, "B"' },
				},
			],
			skills.slice(0, 1),
		);
		expect(quoted.split('\r\n')[0]).toBe('Skill,Skill id,"A, ""B"" (r)"');
	});
});
