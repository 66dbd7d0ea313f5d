import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const astro = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));
const site = fileURLToPath(new URL('../fixtures/broken-site/', import.meta.url));

it('fails `astro build` with the validator report when a reference is broken', () => {
	const build = spawnSync(process.execPath, [astro, 'build', '--root', site], {
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
	});
	const output = build.stdout + build.stderr;
	expect(build.status).not.toBe(0);
	expect(output).toContain('Cross-reference validation failed.');
	expect(output).toContain(
		'content/roles/intern.mdx:10:3  error  Unknown skill "sqll" in role skills. Did you mean "sql"?  [unknown-id]',
	);
	expect(output).toContain('Found 1 invalid reference in 1 file.');
});
