/** After the build, completes each page's Content Security Policy with its inline code (see `lib/site/csp.ts`). */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { completeCsp } from '../lib/site/csp.ts';

export function cspHashes(): AstroIntegration {
	return {
		name: 'handbook:csp-hashes',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = (await readdir(root, { recursive: true })).filter((file) =>
					file.endsWith('.html'),
				);
				let changed = 0;
				for (const file of files) {
					const path = join(root, file);
					const html = await readFile(path, 'utf8');
					const completed = completeCsp(html);
					if (completed === html) continue;
					await writeFile(path, completed);
					changed++;
				}
				logger.info(
					`Added inline script and style hashes to the CSP of ${changed} of ${files.length} pages.`,
				);
			},
		},
	};
}
