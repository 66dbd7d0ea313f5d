/**
 * Writes the saved-progress schemas (src/lib/progress/schema.ts) as JSON Schema to
 * src/lib/progress/progress.schema.json, which the browser checks stored data against.
 * Run it after changing schema.ts: `npm run progress-schema`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { progressJsonSchemas } from '../src/lib/progress/schema.ts';

const target = fileURLToPath(new URL('../src/lib/progress/progress.schema.json', import.meta.url));
const options = { ...(await resolveConfig(target)), filepath: target };
const text = await format(JSON.stringify(progressJsonSchemas()), options);
writeFileSync(target, text);
console.log(`Wrote ${target}`);
