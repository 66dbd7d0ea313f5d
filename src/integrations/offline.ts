/**
 * After the build (and after the CSP pass, which changes the HTML): writes the "not saved" page,
 * the offline manifest of a full copy, the worker's keep script and the service worker itself.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import strings from '../content/i18n/en.json' with { type: 'json' };
import {
	KEEP_SCRIPT,
	megabytes,
	OFFLINE_MANIFEST,
	OFFLINE_PAGE,
	serviceWorkerOptions,
} from '../lib/site/offline.ts';
import { buildOfflineManifest, keepScript, offlinePage } from '../lib/site/offline-build.ts';

export function offline(): AstroIntegration {
	let base = '/';
	return {
		name: 'handbook:offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const page = offlinePage(
					{
						title: strings['handbook.offlinePage.title'],
						heading: strings['handbook.offlinePage.heading'],
						text: strings['handbook.offlinePage.text'],
						progress: strings['handbook.offlinePage.progress'],
						home: strings['handbook.offlinePage.home'],
					},
					base,
				);
				writeFileSync(join(dist, OFFLINE_PAGE), page);
				writeFileSync(join(dist, KEEP_SCRIPT), keepScript());
				const manifest = await buildOfflineManifest(dist, base);
				writeFileSync(join(dist, OFFLINE_MANIFEST), JSON.stringify(manifest));
				const { count, size, warnings } = await generateSW(serviceWorkerOptions(dist, base));
				warnings.forEach((warning) => logger.warn(warning));
				logger.info(
					`Service worker precaches ${count} file (${(size / 1024).toFixed(1)} KB); a full offline copy on request is ${manifest.files.length} files (${megabytes(manifest.bytes)} MB).`,
				);
			},
		},
	};
}
