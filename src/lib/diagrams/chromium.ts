/**
 * Finds a Chromium to drive headless (end-to-end tests, build-time diagrams). No browser is ever
 * downloaded: CHROMIUM_PATH, then Debian's package, then a browser Playwright already cached.
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const SYSTEM_CHROMIUM = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
];

/** Where Playwright keeps browsers it installed, newest first. */
function playwrightCached(cacheDir: string): string[] {
	let names: string[];
	try {
		names = readdirSync(cacheDir);
	} catch {
		return [];
	}
	return names
		.filter((name) => /^chromium-\d+$/.test(name))
		.sort((a, b) => Number(b.slice(9)) - Number(a.slice(9)))
		.flatMap((name) => [
			join(cacheDir, name, 'chrome-linux64', 'chrome'),
			join(cacheDir, name, 'chrome-linux', 'chrome'),
		]);
}

export interface FindOptions {
	env?: Record<string, string | undefined>;
	exists?: (path: string) => boolean;
	playwrightCache?: string;
}

/** The first Chromium found, or undefined. */
export function findChromium({
	env = process.env,
	exists = existsSync,
	playwrightCache,
}: FindOptions = {}): string | undefined {
	const cache =
		playwrightCache ??
		env['PLAYWRIGHT_BROWSERS_PATH'] ??
		join(homedir(), '.cache', 'ms-playwright');
	const candidates = [env['CHROMIUM_PATH'], ...SYSTEM_CHROMIUM, ...playwrightCached(cache)];
	return candidates.find((path): path is string => Boolean(path) && exists(path as string));
}

/** What to tell someone who has no Chromium. */
export const NO_CHROMIUM_HELP = [
	"No Chromium found. Looked at $CHROMIUM_PATH, /usr/bin/chromium and Playwright's browser cache.",
	'Install one, for example on Debian or Ubuntu: sudo apt-get install -y chromium',
	'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
].join('\n');

/** Flags for headless Chromium on a machine with no network, no GPU and possibly as root. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];
