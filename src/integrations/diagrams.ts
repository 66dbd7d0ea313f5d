/**
 * Before `astro build` (and `astro dev`) renders a page, puts every diagram of the site in the
 * cache, launching Chromium at most once. With all diagrams cached, no browser is needed; a new or
 * changed one without a browser fails the build with its file and line.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readContent } from '../lib/content/content-files.ts';
import { DiagramError, ensureRendered } from '../lib/diagrams/cache.ts';
import { diagramSites } from '../lib/diagrams/sites.ts';

export function diagrams(): AstroIntegration {
	return {
		name: 'handbook:diagrams',
		hooks: {
			'astro:config:setup': async ({ config, command, logger }) => {
				const root = fileURLToPath(config.root);
				try {
					const rendered = await ensureRendered(root, diagramSites(readContent(root)));
					if (rendered)
						logger.info(`Rendered ${rendered} new or changed diagram(s) into diagrams/.`);
				} catch (error) {
					if (!(error instanceof DiagramError) || command === 'build') throw error;
					// While editing, report and keep the server up; the page shows the error when opened.
					logger.error(error.message);
				}
			},
		},
	};
}
