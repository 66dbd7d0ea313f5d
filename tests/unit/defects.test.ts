/**
 * Defects from issue 16 §4, at the level of the functions that decide the output: the printable
 * page's heading ids, the self-check's sentences, plurals, the offline settings, row headers, code
 * block focus, the address-dependent head tags and robots.txt, and checklist names.
 */
import { describe, expect, it } from 'vitest';
import { checklistLabels } from '../../src/lib/career/checklist.ts';
import { makeFocusable } from '../../src/lib/site/code-blocks.ts';
import { endSentence } from '../../src/lib/site/format.ts';
import { plural } from '../../src/lib/site/plural.ts';
import { offlineContent, readOfflineSettings } from '../../src/lib/site/offline-settings.ts';
import { prefixHeadingIds } from '../../src/lib/site/print.ts';
import { addRowHeaders } from '../../src/lib/site/rehype-row-headers.ts';
import { robotsTxt, socialHead, type HeadEntry } from '../../src/lib/site/social.ts';

describe('prefixHeadingIds', () => {
	const heading = (id: string) =>
		`<div class="sl-heading-wrapper level-h2"><h2 id="${id}">T</h2><a class="sl-anchor-link" href="#${id}">#</a></div>`;

	it('prefixes Markdown heading ids and the in-page links to them, and nothing else', () => {
		const html = [
			heading('key-takeaways'),
			'<a href="#key-takeaways">up</a><a href="#self-check-x">quiz</a><a href="/other/#key-takeaways">away</a>',
			'<section aria-labelledby="self-check-x"><h3 id="self-check-x">Q</h3></section>',
		].join('');
		const out = prefixHeadingIds(html, 'chapter-a');
		expect(out).toContain('<h2 id="chapter-a--key-takeaways">');
		expect(out).toContain('class="sl-anchor-link" href="#chapter-a--key-takeaways"');
		expect(out).toContain('<a href="#chapter-a--key-takeaways">up</a>');
		expect(out).toContain('<a href="#self-check-x">quiz</a>');
		expect(out).toContain('<h3 id="self-check-x">');
		expect(out).toContain('href="/other/#key-takeaways"');
	});

	it('keeps two chapters with the same headings apart', () => {
		const a = prefixHeadingIds(heading('check-yourself'), 'chapter-a');
		const b = prefixHeadingIds(heading('check-yourself'), 'chapter-b');
		expect(a).not.toBe(b);
		expect(b).toContain('id="chapter-b--check-yourself"');
	});
});

describe('endSentence', () => {
	it('adds a full stop only when the text does not end a sentence already', () => {
		expect(endSentence('Ask for help')).toBe('Ask for help.');
		expect(endSentence('Ask for help.')).toBe('Ask for help.');
		expect(endSentence('Ask for help?')).toBe('Ask for help?');
		expect(endSentence('Say "done."')).toBe('Say "done."');
		expect(endSentence('It works. ')).toBe('It works.');
	});
});

describe('plural', () => {
	const answers = { one: '{count} answer', other: '{count} answers' };
	it('chooses the singular for one and the plural otherwise', () => {
		expect(plural(1, answers)).toBe('1 answer');
		expect(plural(0, answers)).toBe('0 answers');
		expect(plural(5, answers)).toBe('5 answers');
	});
});

describe('offline settings', () => {
	it('travel as JSON in the meta content and are read back', () => {
		const settings = {
			worker: '/h/sw.js',
			scope: '/h/',
			update: 'New',
			reload: 'Reload',
			offer: 'Save it?',
			offerLink: 'Save',
			dismiss: 'No',
			progress: '/h/tools/progress/',
		};
		expect(readOfflineSettings(offlineContent(settings))).toEqual(settings);
	});

	it('are missing when the content is absent, not JSON or names no worker', () => {
		expect(readOfflineSettings(null)).toBeUndefined();
		expect(readOfflineSettings('')).toBeUndefined();
		expect(readOfflineSettings('{')).toBeUndefined();
		expect(readOfflineSettings('"sw.js"')).toBeUndefined();
		expect(readOfflineSettings('{"scope":"/"}')).toBeUndefined();
		expect(readOfflineSettings('{"worker":"/sw.js","scope":3}')).toEqual({
			worker: '/sw.js',
			scope: '',
			update: '',
			reload: '',
			offer: '',
			offerLink: '',
			dismiss: '',
			progress: '',
		});
	});
});

describe('addRowHeaders', () => {
	const cell = (tagName: string, text: string) => ({
		type: 'element',
		tagName,
		properties: {},
		children: text ? [{ type: 'text', value: text }] : [],
	});
	const row = (...cells: ReturnType<typeof cell>[]) => ({
		type: 'element',
		tagName: 'tr',
		children: cells,
	});
	const table = (corner: string) => ({
		type: 'element',
		tagName: 'table',
		children: [
			{ type: 'element', tagName: 'thead', children: [row(cell('th', corner), cell('th', 'A'))] },
			{ type: 'element', tagName: 'tbody', children: [row(cell('td', 'Scope'), cell('td', 'x'))] },
		],
	});

	it('turns the empty corner into a <td> and row names into <th scope="row">', () => {
		const compared = table('');
		addRowHeaders(compared);
		const [head, body] = compared.children;
		expect(head?.children[0]?.children[0]?.tagName).toBe('td');
		expect(body?.children[0]?.children[0]).toMatchObject({
			tagName: 'th',
			properties: { scope: 'row' },
		});
		expect(body?.children[0]?.children[1]?.tagName).toBe('td');
	});

	it('leaves a table whose first header cell has text alone', () => {
		const plain = table('Quarter');
		addRowHeaders(plain);
		expect(plain.children[1]?.children[0]?.children[0]?.tagName).toBe('td');
	});
});

describe('makeFocusable', () => {
	const block = () => ({
		type: 'element',
		tagName: 'figure',
		children: [{ type: 'element', tagName: 'pre', properties: { dataLanguage: 'sh' } }],
	});
	const strings = { label: 'Code example', labelTitled: 'Code example: {title}' };

	it('makes the <pre> a named, focusable region', () => {
		const untitled = block();
		makeFocusable(untitled, undefined, strings);
		expect(untitled.children[0]?.properties).toEqual({
			dataLanguage: 'sh',
			tabIndex: 0,
			role: 'region',
			ariaLabel: 'Code example',
		});
		const titled = block();
		makeFocusable(titled, 'astro.config.mjs', strings);
		expect(titled.children[0]?.properties).toMatchObject({
			ariaLabel: 'Code example: astro.config.mjs',
		});
	});
});

describe('socialHead', () => {
	const head: HeadEntry[] = [
		{ tag: 'link', attrs: { rel: 'canonical', href: 'https://example.org/handbook/a/' } },
		{ tag: 'meta', attrs: { property: 'og:url', content: 'https://example.org/handbook/a/' } },
		{ tag: 'meta', attrs: { property: 'og:title', content: 'A' } },
		{ tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } },
	];
	const options = { base: '/handbook/', notFound: false, imageAlt: 'The card' };
	const find = (entries: HeadEntry[], key: string) =>
		entries.find((entry) => entry.attrs?.['property'] === key || entry.attrs?.['name'] === key);

	it('without SITE: no canonical, no og:url, no image and a summary card', () => {
		const out = socialHead(head, { ...options, site: undefined });
		expect(out.some((entry) => entry.attrs?.['rel'] === 'canonical')).toBe(false);
		expect(find(out, 'og:url')).toBeUndefined();
		expect(find(out, 'og:image')).toBeUndefined();
		expect(find(out, 'og:title')).toBeDefined();
		expect(find(out, 'twitter:card')?.attrs?.['content']).toBe('summary');
		expect(out.filter((entry) => find([entry], 'twitter:card'))).toHaveLength(1);
	});

	it('with SITE: the canonical and og:url stay, and the social card is an absolute og:image', () => {
		const out = socialHead(head, { ...options, site: 'https://example.org/' });
		expect(out.some((entry) => entry.attrs?.['rel'] === 'canonical')).toBe(true);
		expect(find(out, 'og:url')).toBeDefined();
		expect(find(out, 'og:image')?.attrs?.['content']).toBe(
			'https://example.org/handbook/social-card.png',
		);
		expect(find(out, 'og:image:alt')?.attrs?.['content']).toBe('The card');
		expect(find(out, 'twitter:card')?.attrs?.['content']).toBe('summary_large_image');
	});

	it('on the 404 page: no canonical and no og:url, even with SITE', () => {
		const out = socialHead(head, { ...options, site: 'https://example.org/', notFound: true });
		expect(out.some((entry) => entry.attrs?.['rel'] === 'canonical')).toBe(false);
		expect(find(out, 'og:url')).toBeUndefined();
	});
});

describe('robotsTxt', () => {
	it('names the sitemap only when the site address is known', () => {
		expect(robotsTxt(undefined, '/')).toBe('User-agent: *\nAllow: /\n');
		expect(robotsTxt('https://example.org/', '/handbook/')).toBe(
			'User-agent: *\nAllow: /\n\nSitemap: https://example.org/handbook/sitemap-index.xml\n',
		);
	});
});

describe('checklistLabels', () => {
	it('names each checklist by id and former id, skipping examples in code', () => {
		const markdown = [
			'<Checklist id="intern-exit" label="Exit checklist: intern">',
			'<Checklist label="Renamed" id="new-id" formerIds={["old-id"]}>',
			'```mdx',
			'<Checklist id="example" label="Example">',
			'```',
		].join('\n');
		expect(checklistLabels(markdown)).toEqual({
			'intern-exit': 'Exit checklist: intern',
			'new-id': 'Renamed',
			'old-id': 'Renamed',
		});
	});
});
