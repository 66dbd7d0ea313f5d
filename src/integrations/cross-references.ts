/**
 * Runs the cross-reference validator inside `astro build` (failing it on any error) and
 * `astro dev` (reporting again whenever a content file changes).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join, sep } from 'node:path';
import { CONTENT_DIRS } from '../lib/content/content-files.ts';
import { validateProject } from '../lib/xref/index.ts';

export function crossReferences(): AstroIntegration {
	return {
		name: 'handbook:cross-references',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const root = fileURLToPath(config.root);
				const { report, errorCount, warningCount } = validateProject(root);
				if (errorCount && command === 'build')
					throw new Error(`Cross-reference validation failed.\n${report}`);
				if (errorCount || warningCount) logger[errorCount ? 'error' : 'warn'](report);
			},
			'astro:server:setup': ({ server, logger }) => {
				const root = server.config.root;
				let lastReport = '';
				const watched = Object.values(CONTENT_DIRS).map((directory) => join(root, directory) + sep);
				server.watcher.on('all', (_event, file) => {
					if (!watched.some((directory) => file.startsWith(directory))) return;
					const { report, errorCount, warningCount } = validateProject(root);
					// Editors often save twice; only speak when the outcome changes.
					if (report === lastReport) return;
					lastReport = report;
					if (errorCount || warningCount) logger[errorCount ? 'error' : 'warn'](report);
					else logger.info('All cross-references resolve.');
				});
			},
		},
	};
}
