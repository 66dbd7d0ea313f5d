/**
 * A JSON Schema checker for the small subset of keywords that zod writes for the progress schemas
 * (`progress.schema.json`). It runs in the browser instead of zod, which is too large to ship for
 * this. `SUPPORTED_KEYWORDS` lists what it understands; a unit test fails if the generated schema
 * ever uses anything else.
 */

export interface JsonSchema {
	/** A schema used in more than one place, by reference: `#/$defs/<name>`. */
	$ref?: string;
	$defs?: Record<string, JsonSchema>;
	type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
	const?: unknown;
	enum?: readonly unknown[];
	properties?: Record<string, JsonSchema>;
	required?: readonly string[];
	additionalProperties?: boolean | JsonSchema;
	propertyNames?: JsonSchema;
	items?: JsonSchema;
	minItems?: number;
	minLength?: number;
	minimum?: number;
	maximum?: number;
	pattern?: string;
}

export const SUPPORTED_KEYWORDS = [
	'$schema',
	'$ref',
	'$defs',
	'type',
	'const',
	'enum',
	'properties',
	'required',
	'additionalProperties',
	'propertyNames',
	'items',
	'minItems',
	'minLength',
	'minimum',
	'maximum',
	'pattern',
] as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const TYPE_CHECKS: Record<NonNullable<JsonSchema['type']>, (value: unknown) => boolean> = {
	object: isObject,
	array: Array.isArray,
	string: (value) => typeof value === 'string',
	number: (value) => typeof value === 'number' && Number.isFinite(value),
	integer: Number.isInteger,
	boolean: (value) => typeof value === 'boolean',
};

/**
 * The first place where `value` breaks `schema`, as a path and a short reason
 * (e.g. `progress.ratings.sql: above 4`), or `undefined` when it conforms.
 */
export function firstProblem(
	schema: JsonSchema,
	value: unknown,
	path = '',
	root: JsonSchema = schema,
): string | undefined {
	if (schema.$ref !== undefined) {
		const target = root.$defs?.[schema.$ref.replace(/^#\/\$defs\//, '')];
		if (!target) return `${path || '(document)'}: unknown schema ${schema.$ref}`;
		return firstProblem(target, value, path, root);
	}
	const at = (reason: string) => `${path || '(document)'}: ${reason}`;
	if (schema.type && !TYPE_CHECKS[schema.type](value)) return at(`not ${schema.type}`);
	if ('const' in schema && value !== schema.const) return at(`not ${JSON.stringify(schema.const)}`);
	if (schema.enum && !schema.enum.includes(value)) return at('not an allowed value');
	if (typeof value === 'string') {
		if (schema.minLength !== undefined && value.length < schema.minLength) return at('too short');
		if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value))
			return at('not in the expected form');
	}
	if (typeof value === 'number') {
		if (schema.minimum !== undefined && value < schema.minimum)
			return at(`below ${schema.minimum}`);
		if (schema.maximum !== undefined && value > schema.maximum)
			return at(`above ${schema.maximum}`);
	}
	if (Array.isArray(value)) {
		if (schema.minItems !== undefined && value.length < schema.minItems) return at('too few items');
		for (const [index, item] of value.entries()) {
			const problem = schema.items && firstProblem(schema.items, item, `${path}[${index}]`, root);
			if (problem) return problem;
		}
	}
	if (isObject(value)) {
		for (const key of schema.required ?? [])
			if (!Object.hasOwn(value, key)) return at(`missing "${key}"`);
		for (const [key, item] of Object.entries(value)) {
			const child = path ? `${path}.${key}` : key;
			const nameProblem =
				schema.propertyNames && firstProblem(schema.propertyNames, key, child, root);
			if (nameProblem) return `${child}: not a valid id`;
			const { properties = {} } = schema;
			const rule = Object.hasOwn(properties, key) ? properties[key] : schema.additionalProperties;
			if (rule === false) return `${child}: not expected`;
			const problem = typeof rule === 'object' ? firstProblem(rule, item, child, root) : undefined;
			if (problem) return problem;
		}
	}
	return undefined;
}
