/**
 * First pass of the validator: walk every content file once and collect each entry, each reference
 * to a skill, role or self-check, each level and each transition, with the file, line and column
 * where it is written. Nothing is judged here.
 */
import { createLocator, type ContentFile, type Position } from '../content/content-files.ts';
import { maskCode } from '../content/markdown-code.ts';
import { collectDiagrams } from './collect-diagrams.ts';
import type { Collection, Reference, ReferenceSite, TargetKind } from './types.ts';

const TARGET_OF_KIND: Partial<Record<ContentFile['kind'], TargetKind>> = {
	skill: 'skill',
	role: 'role',
	'self-check': 'self-check',
};

/** The attributes of body components that name an entry, and what they name. */
const COMPONENT_ATTRIBUTES: Record<string, { attribute: string; target: TargetKind }[]> = {
	Skill: [{ attribute: 'id', target: 'skill' }],
	Role: [{ attribute: 'id', target: 'role' }],
	SelfCheck: [{ attribute: 'id', target: 'self-check' }],
	SkillsThatGrow: [
		{ attribute: 'from', target: 'role' },
		{ attribute: 'to', target: 'role' },
	],
};

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asRecord = (value: unknown): Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: {};

const COMPONENT = /<(Skill|Role|SelfCheck|SkillsThatGrow)\b([^>]*)>/g;
/** Root-relative Markdown links and `href`s to generated pages: `](/skills/sql/)`, `href="/roles/lead/"`. */
// A Markdown twin (`/roles/staff.md`) names the same entry as its page.
const PAGE_LINK = /(?:\]\(|href=["'])\/(skills|roles)\/([^/)#?"'\s.]+)/g;
const attributePattern = (name: string) =>
	new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|\\{\\s*["'\`]([^"'\`]*)["'\`]\\s*\\})`);

/** `<Skill id="…">`, `<Role id="…">` and `<SelfCheck id="…">` components and links to role and skill pages in a body. */
export function collectBodyReferences(file: ContentFile): Reference[] {
	const text = maskCode(file.body.text);
	const references: Reference[] = [];
	let locateInBody: ((offset: number) => Position) | undefined;
	const at = (offset: number) => ({
		locate: (): Position => {
			locateInBody ??= createLocator(text);
			const { line, column } = locateInBody(offset);
			return { line: file.body.line + line - 1, column };
		},
	});
	for (const match of text.matchAll(PAGE_LINK)) {
		const [whole, section = '', id = ''] = match;
		references.push({
			target: section === 'skills' ? 'skill' : 'role',
			id,
			site: 'link',
			file: file.path,
			...at(match.index + whole.length - id.length),
			from: { kind: file.kind, id: file.id },
		});
	}
	for (const match of text.matchAll(COMPONENT)) {
		const [, name = '', attributes = ''] = match;
		for (const { attribute, target } of COMPONENT_ATTRIBUTES[name] ?? []) {
			const valueMatch = attributePattern(attribute).exec(attributes);
			if (!valueMatch) continue;
			const id = valueMatch[1] ?? valueMatch[2] ?? valueMatch[3] ?? '';
			const valueOffset =
				match.index +
				1 +
				name.length +
				valueMatch.index +
				valueMatch[0].indexOf(id, attribute.length + 1);
			references.push({
				target,
				id,
				site: 'component',
				file: file.path,
				...at(valueOffset),
				from: { kind: file.kind, id: file.id },
			});
		}
	}
	return references;
}

/** Collects everything the validator judges from the content files. */
export function collect(files: ContentFile[]): Collection {
	const collection: Collection = {
		files,
		definitions: [],
		references: [],
		levels: [],
		transitions: [],
		related: [],
		localIds: [],
		roles: [],
		diagrams: [],
	};

	for (const file of files) {
		if (file.parseError) continue;
		const data = asRecord(file.data.value);
		const at = (path: (string | number)[], key = false) => ({
			locate: (): Position => file.data.positionOf(path, { key }) ?? { line: 1, column: 1 },
		});
		const from = { kind: file.kind, id: file.id };
		const refer = (
			target: TargetKind,
			id: unknown,
			site: ReferenceSite,
			path: (string | number)[],
			key = false,
		) => {
			if (typeof id === 'string')
				collection.references.push({ target, id, site, file: file.path, ...at(path, key), from });
		};

		const ownKind = TARGET_OF_KIND[file.kind];
		if (ownKind) {
			collection.definitions.push({
				kind: ownKind,
				id: file.id,
				former: false,
				file: file.path,
				...at(['title'], true),
			});
			asArray(data['formerIds']).forEach((former, index) => {
				if (typeof former === 'string')
					collection.definitions.push({
						kind: ownKind,
						id: former,
						former: true,
						file: file.path,
						...at(['formerIds', index]),
					});
			});
		}

		switch (file.kind) {
			case 'chapter':
				asArray(data['skills']).forEach((id, index) =>
					refer('skill', id, 'chapter frontmatter', ['skills', index]),
				);
				asArray(data['roles']).forEach((id, index) =>
					refer('role', id, 'chapter frontmatter', ['roles', index]),
				);
				if (data['selfCheck'] !== undefined)
					refer('self-check', data['selfCheck'], 'chapter frontmatter', ['selfCheck']);
				break;
			case 'skill':
				asArray(data['related']).forEach((id, index) => {
					refer('skill', id, 'related', ['related', index]);
					if (typeof id === 'string')
						collection.related.push({
							from: file.id,
							to: id,
							file: file.path,
							...at(['related', index]),
						});
				});
				break;
			case 'role':
				for (const [skill, value] of Object.entries(asRecord(data['skills']))) {
					refer('skill', skill, 'role skills', ['skills', skill], true);
					collection.levels.push({
						role: file.id,
						skill,
						value,
						file: file.path,
						...at(['skills', skill]),
					});
				}
				const facts: Collection['roles'][number] = {
					id: file.id,
					track: data['track'],
					scope: data['scope'],
					locateScope: at(data['scope'] === undefined ? ['title'] : ['scope'], true).locate,
					file: file.path,
					...at(['title'], true),
					transitions: [],
				};
				collection.roles.push(facts);
				asArray(data['transitions']).forEach((transition, index) => {
					const { to, focus } = asRecord(transition);
					refer('role', to, 'transition target', ['transitions', index, 'to']);
					const focusItems: Collection['roles'][number]['transitions'][number]['focus'] = [];
					asArray(focus).forEach((id, focusIndex) => {
						const path = ['transitions', index, 'focus', focusIndex];
						refer('skill', id, 'transition focus', path);
						if (typeof id === 'string')
							focusItems.push({ skill: id, file: file.path, ...at(path) });
					});
					if (typeof to === 'string') {
						const edge = {
							from: file.id,
							to,
							file: file.path,
							...at(['transitions', index, 'to']),
						};
						collection.transitions.push(edge);
						facts.transitions.push({ ...edge, focus: focusItems });
					}
				});
				break;
			case 'bank':
			case 'self-check':
				// A bank file's questions all test the skill it is named after.
				if (file.kind === 'bank') refer('skill', file.id, 'question bank', ['questions'], true);
				asArray(data['questions']).forEach((question, index) => {
					const { id, skills, options } = asRecord(question);
					if (typeof id === 'string')
						collection.localIds.push({
							scope: 'questions',
							label: 'a question id',
							id,
							file: file.path,
							...at(['questions', index, 'id']),
						});
					asArray(skills).forEach((skill, skillIndex) =>
						refer('skill', skill, 'question skills', ['questions', index, 'skills', skillIndex]),
					);
					asArray(options).forEach((option, optionIndex) => {
						const optionId = asRecord(option)['id'];
						if (typeof optionId === 'string')
							collection.localIds.push({
								scope: `options of question ${index}`,
								label: `an option id in question "${String(id)}"`,
								id: optionId,
								file: file.path,
								...at(['questions', index, 'options', optionIndex, 'id']),
							});
					});
				});
				break;
		}
		collection.references.push(...collectBodyReferences(file));
	}
	const { diagrams, references } = collectDiagrams(files);
	collection.diagrams = diagrams;
	collection.references.push(...references);
	return collection;
}
