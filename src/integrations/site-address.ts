/** Warns once, at the start of a build, when the site's public address (`SITE`) is not set. */
import type { AstroIntegration } from 'astro';
import { NO_SITE_WARNING } from '../lib/site/social.ts';

export function siteAddress(): AstroIntegration {
	let site: URL | undefined;
	return {
		name: 'handbook:site-address',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ? new URL(config.site) : undefined;
			},
			'astro:build:start': ({ logger }) => {
				if (!site) logger.warn(NO_SITE_WARNING);
			},
		},
	};
}
