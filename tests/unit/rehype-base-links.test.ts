import { describe, expect, it } from 'vitest';
import rehypeBaseLinks from '../../src/lib/site/rehype-base-links.ts';
import { withBase } from '../../src/lib/site/urls.ts';

describe('withBase', () => {
	it('prefixes root-relative URLs once and leaves the rest alone', () => {
		expect(
			[
				'/roles/',
				'/handbook/roles/',
				'/handbook',
				'//cdn.example/x',
				'https://example.org/',
				'#top',
				'sql/',
			].map((url) => withBase(url, '/handbook/')),
		).toEqual([
			'/handbook/roles/',
			'/handbook/roles/',
			'/handbook',
			'//cdn.example/x',
			'https://example.org/',
			'#top',
			'sql/',
		]);
	});
	it('changes nothing at the domain root', () => {
		expect(withBase('/roles/', '/')).toBe('/roles/');
	});
});

describe('rehypeBaseLinks', () => {
	it('rewrites link and image URLs anywhere in the tree', () => {
		const tree = {
			type: 'root',
			children: [
				{
					type: 'element',
					tagName: 'p',
					properties: {},
					children: [
						{ type: 'element', tagName: 'a', properties: { href: '/skills/sql/' }, children: [] },
					],
				},
				{ type: 'element', tagName: 'img', properties: { src: '/map.svg' }, children: [] },
				{ type: 'element', tagName: 'a', properties: { href: '#levels' }, children: [] },
			],
		};
		rehypeBaseLinks({ base: '/handbook/' })(tree);
		expect(JSON.stringify(tree)).toContain('"href":"/handbook/skills/sql/"');
		expect(JSON.stringify(tree)).toContain('"src":"/handbook/map.svg"');
		expect(JSON.stringify(tree)).toContain('"href":"#levels"');
	});
});
