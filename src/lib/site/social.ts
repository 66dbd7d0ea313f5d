/**
 * The head tags that point outside the page: the canonical URL, Open Graph and Twitter card tags,
 * and robots.txt. They need the site's public address (`SITE`); a build without it (a local preview,
 * the tests, CI) publishes none of them rather than addresses on 127.0.0.1.
 */

/** A head entry as Starlight keeps them in `starlightRoute.head`. */
export interface HeadEntry {
	tag: string;
	attrs?: Record<string, string | boolean | undefined> | undefined;
	content?: string | undefined;
}

/** The social card every page shares: a static image in `public/`. */
export const SOCIAL_IMAGE = { path: 'social-card.png', width: 1200, height: 630 } as const;

export interface SocialOptions {
	/** The public address, e.g. `https://example.org/`; undefined when `SITE` is not set. */
	site: string | undefined;
	/** Astro's base, e.g. `/handbook/`. */
	base: string;
	/** The "page not found" page: served at any missing address, so it has no canonical URL. */
	notFound: boolean;
	/** The image's text alternative. */
	imageAlt: string;
}

const isCanonical = (entry: HeadEntry) =>
	entry.tag === 'link' && entry.attrs?.['rel'] === 'canonical';
const isMeta = (entry: HeadEntry, key: string) =>
	entry.tag === 'meta' && (entry.attrs?.['property'] === key || entry.attrs?.['name'] === key);

/** The absolute URL of a file in `public/`, under the base. */
export function publicUrl(site: string, base: string, path: string): string {
	return new URL(`${base.replace(/\/?$/, '/')}${path}`, site).href;
}

/**
 * `head` with the tags that need an address decided: without `site`, or on the 404 page, no
 * canonical link and no `og:url`; with `site`, the social card as `og:image` and a large Twitter
 * card; without it, no image and a `summary` card.
 */
export function socialHead<T extends HeadEntry>(head: readonly T[], options: SocialOptions): T[] {
	const { site, base, notFound, imageAlt } = options;
	const kept = head.filter(
		(entry) =>
			!((!site || notFound) && (isCanonical(entry) || isMeta(entry, 'og:url'))) &&
			!isMeta(entry, 'twitter:card') &&
			!isMeta(entry, 'og:image'),
	);
	const meta = (attrs: Record<string, string>) => ({ tag: 'meta', attrs }) as T;
	if (!site) return [...kept, meta({ name: 'twitter:card', content: 'summary' })];
	return [
		...kept,
		meta({ property: 'og:image', content: publicUrl(site, base, SOCIAL_IMAGE.path) }),
		meta({ property: 'og:image:width', content: String(SOCIAL_IMAGE.width) }),
		meta({ property: 'og:image:height', content: String(SOCIAL_IMAGE.height) }),
		meta({ property: 'og:image:alt', content: imageAlt }),
		meta({ name: 'twitter:card', content: 'summary_large_image' }),
	];
}

/** robots.txt: everything may be crawled; the sitemap is named when the site's address is known. */
export function robotsTxt(site: string | undefined, base: string): string {
	const lines = ['User-agent: *', 'Allow: /'];
	if (site) lines.push('', `Sitemap: ${publicUrl(site, base, 'sitemap-index.xml')}`);
	return `${lines.join('\n')}\n`;
}

/** The build's warning when `SITE` is not set. */
export const NO_SITE_WARNING =
	'SITE is not set, so this build has no canonical URLs, Open Graph URLs or image, and no sitemap. Set SITE (e.g. SITE=https://docs.example.org) when building for deployment.';
