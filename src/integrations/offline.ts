/** After the build (and after the CSP pass, which changes the HTML), writes the service worker. */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { serviceWorkerOptions } from '../lib/site/offline.ts';

export function offline(): AstroIntegration {
	let base = '/';
	return {
		name: 'handbook:offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { count, size, warnings } = await generateSW(
					serviceWorkerOptions(fileURLToPath(dir), base),
				);
				warnings.forEach((warning) => logger.warn(warning));
				logger.info(
					`Service worker precaches ${count} files (${(size / 1024 / 1024).toFixed(1)} MB) for offline reading.`,
				);
			},
		},
	};
}
