/**
 * Completes the Content Security Policy that Astro writes into each page. Astro hashes the scripts
 * and styles it bundles, but not `is:inline` ones (withastro/astro#16664), and Starlight's theme and
 * sidebar scripts are `is:inline`. This adds the SHA-256 of every inline script and style element
 * the built page really contains, so they run while anything injected later does not.
 */
import { createHash } from 'node:crypto';

const hash = (code: string) =>
	`'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** Inline script and style bodies of a page; JSON data blocks are not executed and need no hash. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
	const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
		.filter(
			([, attributes = '']) =>
				!/\ssrc=/i.test(attributes) && !/type=["']?application\/json/i.test(attributes),
		)
		.map((match) => match[2] ?? '');
	const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(
		(match) => match[1] ?? '',
	);
	return { scripts, styles };
}

/** Adds missing hashes to `script-src` and `style-src`; a page without Astro's CSP meta is returned as is. */
export function completeCsp(html: string): string {
	const meta = META.exec(html);
	if (!meta) return html;
	const { scripts, styles } = inlineCode(html);
	const directives = (meta[2] ?? '')
		.split(';')
		.map((directive) => directive.trim())
		.filter(Boolean);
	const extend = (name: string, codes: string[]) => {
		const index = directives.findIndex((directive) => directive.split(/\s+/)[0] === name);
		const current = index === -1 ? name : (directives[index] as string);
		const missing = [...new Set(codes.filter((code) => code.length > 0).map(hash))].filter(
			(source) => !current.includes(source),
		);
		if (!missing.length) return;
		const next = [current, ...missing].join(' ');
		if (index === -1) directives.push(next);
		else directives[index] = next;
	};
	extend('script-src', scripts);
	extend('style-src', styles);
	return html.replace(META, `$1${directives.join('; ')}$3`);
}
