// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import starlightLinksValidator from 'starlight-links-validator';
import { crossReferences } from './src/integrations/cross-references.ts';
import { cspHashes } from './src/integrations/csp-hashes.ts';
import { offline } from './src/integrations/offline.ts';
import { siteAddress } from './src/integrations/site-address.ts';
import rehypeBaseLinks from './src/lib/site/rehype-base-links.ts';
import rehypeRowHeaders from './src/lib/site/rehype-row-headers.ts';
import { focusableCodeBlocks } from './src/lib/site/code-blocks.ts';
import { diagrams } from './src/integrations/diagrams.ts';
import { remarkMermaid } from './src/lib/diagrams/remark-mermaid.ts';
import { careerNavigation } from './src/lib/site/navigation.ts';
import { PRINT_PATH } from './src/lib/site/urls.ts';
import { PART_LABELS } from './src/lib/site/print.ts';
import { SITE_DESCRIPTION, SITE_TITLE } from './src/lib/site/identity.ts';
import strings from './src/content/i18n/en.json' with { type: 'json' };
import { SEARCH_RANKING } from './src/lib/site/search-index.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const base = process.env.BASE ?? '/';
const site = process.env.SITE || undefined;
const { roles, skills, tools, isGeneratedPage } = careerNavigation(root, base);

export default defineConfig({
	// The same build serves a domain root or a sub-path: set SITE and BASE when deploying. Without
	// SITE the build publishes no absolute URLs (no canonical, og:url, og:image or sitemap).
	...(site ? { site } : {}),
	base,
	trailingSlash: 'always',
	// Astro's CSP: hashes for bundled scripts and styles; `cspHashes()` adds Starlight's inline ones.
	// Pagefind compiles WebAssembly; style attributes (Expressive Code, SVG) cannot carry hashes.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
		},
	},
	markdown: {
		// Starlight highlights code with Expressive Code; Astro's own Shiki pass is unused (and not CSP-safe).
		syntaxHighlight: false,
		// MDX inherits this processor, so one plugin list covers .md and .mdx content (plugins set on
		// mdx() instead are deprecated and would replace Starlight's own Markdown plugins there).
		// ```mermaid blocks become inline SVG (remark); root-relative links get the base and tables
		// with an empty corner cell get row headers (rehype).
		processor: unified({
			remarkPlugins: [[remarkMermaid, { root, base }]],
			rehypePlugins: [[rehypeBaseLinks, { base }], rehypeRowHeaders],
		}),
	},
	vite: {
		build: {
			rolldownOptions: {
				// Astro marks every MDX module with a directive the bundler cannot keep; it warns once per
				// page without consequence (the head injection still works), which buries real warnings.
				onLog(level, log, handler) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject'))
						return;
					handler(level, log);
				},
			},
		},
	},
	integrations: [
		siteAddress(),
		crossReferences(),
		diagrams(),
		starlight({
			title: SITE_TITLE,
			description: SITE_DESCRIPTION,
			// Role and skill pages are generated, so the plugin cannot see them: it skips links to the
			// ones that exist, and still reports links to any that do not.
			plugins: [starlightLinksValidator({ exclude: ({ link }) => isGeneratedPage(link) })],
			sidebar: [
				{
					label: PART_LABELS['career-path'],
					items: [{ autogenerate: { directory: 'career-path' } }],
				},
				{
					label: PART_LABELS['getting-hired'],
					items: [{ autogenerate: { directory: 'getting-hired' } }],
				},
				{
					label: PART_LABELS['growing-engineers'],
					collapsed: true,
					items: [{ autogenerate: { directory: 'growing-engineers' } }],
				},
				roles,
				skills,
				tools,
				{ label: PART_LABELS.sources, slug: 'sources' },
				{ slug: 'data' },
				{ label: strings['handbook.print.sidebar'], link: PRINT_PATH },
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
			// Base-prefixed hero links, a role's or skill's neighbours in the sidebar, Pagefind filters
			// and aliases, then the address-dependent head tags.
			routeMiddleware: [
				'./src/route-data/base-links.ts',
				'./src/route-data/sidebar.ts',
				'./src/route-data/search.ts',
				'./src/route-data/social.ts',
			],
			pagefind: { ranking: SEARCH_RANKING },
			// Scrollable code blocks can be focused (and scrolled) with the keyboard before any script runs.
			expressiveCode: {
				plugins: [
					focusableCodeBlocks({
						label: strings['handbook.code.label'],
						labelTitled: strings['handbook.code.labelTitled'],
					}),
				],
			},
			components: {
				Head: './src/components/overrides/Head.astro',
				PageTitle: './src/components/overrides/PageTitle.astro',
				Search: './src/components/overrides/Search.astro',
			},
			lastUpdated: false,
		}),
		// Added explicitly so Starlight does not add it with `optimize`, which empties inline SVG styles.
		mdx(),
		preact(),
		// Last, in this order: the CSP pass rewrites pages, then the service worker lists them.
		cspHashes(),
		offline(),
	],
});
