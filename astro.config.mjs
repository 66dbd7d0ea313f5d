// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import starlightLinksValidator from 'starlight-links-validator';
import { crossReferences } from './src/integrations/cross-references.ts';
import { diagrams } from './src/integrations/diagrams.ts';
import { remarkMermaid } from './src/lib/diagrams/remark-mermaid.ts';
import { careerNavigation } from './src/lib/navigation.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const { roles, skills, isGeneratedPage } = careerNavigation(root);
const base = process.env.BASE ?? '/';

export default defineConfig({
	// The same build serves a domain root or a sub-path: set SITE and BASE when deploying.
	site: process.env.SITE ?? 'http://127.0.0.1:4321',
	base,
	trailingSlash: 'always',
	// ```mermaid blocks become inline SVG in .md and .mdx alike: MDX inherits this processor (setting
	// plugins on mdx() instead is deprecated and would replace Starlight's own Markdown plugins there).
	markdown: { processor: unified({ remarkPlugins: [[remarkMermaid, { root, base }]] }) },
	integrations: [
		crossReferences(),
		diagrams(),
		starlight({
			title: 'Backend Career Handbook',
			description:
				'From intern to senior, lead and architect, and the paths that branch off: what each role does, the skills it expects, and how to move on.',
			// Role and skill pages are generated, so the plugin cannot see them: it skips links to the
			// ones that exist, and still reports links to any that do not.
			plugins: [starlightLinksValidator({ exclude: ({ link }) => isGeneratedPage(link) })],
			sidebar: [
				{ label: 'The career path', items: [{ autogenerate: { directory: 'career-path' } }] },
				{
					label: 'Growing engineers',
					collapsed: true,
					items: [{ autogenerate: { directory: 'growing-engineers' } }],
				},
				roles,
				{ label: 'The levels compared', slug: 'levels-compared' },
				skills,
				{ label: 'Sources', slug: 'sources' },
				{
					label: 'Contributing',
					collapsed: true,
					items: [{ autogenerate: { directory: 'contributing' } }],
				},
			],
			customCss: [
				'./src/styles/handbook.css',
				'@fontsource/inter/400.css',
				'./src/styles/diagrams.css',
			],
			lastUpdated: false,
		}),
		// Added explicitly so Starlight does not add it with `optimize`, which empties inline SVG styles.
		mdx(),
		preact(),
	],
});
