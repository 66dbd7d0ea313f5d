/**
 * Defects from issue 16 §4, checked in the production build: the printable page's ids and in-page
 * links, the text of the no-JavaScript fallbacks, table and heading markup, the offline settings'
 * meta, the address-dependent head tags, robots.txt, focusable code blocks, and the saved-progress
 * page. Where the question is what the HTML says, the built files are read; the rest runs in Chromium.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { emptyProgress, progressDocument } from '../../src/lib/progress/document.ts';
import { axeViolations, BASE, builtPages, DIST, newContext, useSite, watch } from './harness.ts';

const site = useSite();

/** The built HTML of a site path under BASE, e.g. `/print/`. */
const built = (path: string) =>
	readFileSync(join(DIST, path.slice(BASE.length), path.endsWith('/') ? 'index.html' : ''), 'utf8');
const pages = builtPages();
const chapters = pages.filter((path) =>
	/^(career-path|getting-hired|growing-engineers)\//.test(path.slice(BASE.length)),
);
/** Text with tags removed and entities the fallbacks use decoded. */
const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');

describe('the printable handbook', () => {
	it('has no duplicate id, and each in-page link lands inside its own chapter', async () => {
		const context = await newContext(site.browser, site.server.origin);
		const page = await context.newPage();
		const problems = watch(page, site.server.origin);
		await page.goto(`${site.server.origin}${BASE}print/`);
		const { duplicates, stray, checked } = await page.evaluate(() => {
			const counts = new Map<string, number>();
			for (const element of document.querySelectorAll('[id]'))
				counts.set(element.id, (counts.get(element.id) ?? 0) + 1);
			const stray: string[] = [];
			let checked = 0;
			for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
				const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
				const target = document.getElementById(id);
				const part = link.closest('.print-part');
				if (!target) stray.push(`#${id}: no such element`);
				else if (part && !part.contains(target)) stray.push(`#${id}: in another chapter`);
				if (part) checked++;
			}
			return {
				duplicates: [...counts].filter(([, count]) => count > 1).map(([id]) => id),
				stray,
				checked,
			};
		});
		assert.deepEqual(duplicates, []);
		assert.deepEqual(stray, []);
		assert.ok(checked >= 30, `${checked} in-page links inside chapters`);

		// A later chapter's "Key takeaways" link scrolls to that chapter's heading, not the first one's.
		const part = page.locator('.print-part').nth(2);
		const anchor = part.locator('a.sl-anchor-link[href$="--key-takeaways"]');
		const href = (await anchor.getAttribute('href')) ?? '';
		await page.goto(`${site.server.origin}${BASE}print/${href}`);
		assert.equal(await part.locator(href).count(), 1);
		assert.equal(await part.locator(href).isVisible(), true);
		const seen = [...problems];
		await context.close();
		assert.deepEqual(seen, []);
	});
});

describe('the no-JavaScript fallbacks', () => {
	it('end each self-check option with one full stop before its explanation', () => {
		const withChecks = pages.filter((path) => built(path).includes('class="explanations"'));
		assert.ok(withChecks.length >= 20, `${withChecks.length} pages with self-checks`);
		for (const path of withChecks) {
			for (const [list] of built(path).matchAll(/<ul class="explanations">[\s\S]*?<\/ul>/g)) {
				assert.doesNotMatch(text(list), /[.?!]\. /, `doubled full stop on ${path}`);
			}
		}
	});

	it('keep the space before the link in the planner and self-assessment notes', () => {
		for (const [path, link] of [
			['tools/planner/', 'All roles'],
			['tools/self-assessment/', 'All skills'],
		] as const) {
			const html = built(`${BASE}${path}`);
			const note = /<astro-slot><p>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
			assert.match(text(note), new RegExp(`starting from ${link}`), path);
		}
	});
});

describe('headings and tables in the chapters', () => {
	it('have no paragraph that is only bold text standing in for a heading', () => {
		assert.ok(chapters.length >= 15);
		for (const path of [...chapters, `${BASE}print/`]) {
			const bold = built(path).match(/<p[^>]*>\s*<strong>(?:(?!<\/strong>).)*<\/strong>\s*<\/p>/g);
			assert.equal(bold, null, `${path}: ${bold?.join(' ')}`);
		}
	});

	it('mark the row names of comparison tables as row headers, with no empty header cell', () => {
		const leadership = built(`${BASE}career-path/leadership/`);
		const table = /<table>[\s\S]*?<\/table>/.exec(
			leadership.slice(leadership.indexOf('How the roles differ')),
		)?.[0];
		assert.ok(table);
		assert.match(table, /<th scope="row">Main question<\/th>/);
		assert.doesNotMatch(table, /<td>Main question<\/td>/);
		for (const path of pages) assert.doesNotMatch(built(path), /<th>\s*<\/th>/, path);
	});
});

describe('the head of every page', () => {
	it('carries the offline settings in the content of its meta', () => {
		for (const path of pages) {
			const html = built(path);
			const meta = /<meta name="handbook-offline"[^>]*>/.exec(html)?.[0] ?? '';
			const content = /\scontent="([^"]*)"/.exec(meta)?.[1];
			assert.ok(content, `${path}: ${meta}`);
			const settings = JSON.parse(content.replace(/&quot;/g, '"'));
			assert.equal(settings.worker, `${BASE}sw.js`);
			assert.equal(settings.scope, BASE);
			for (const [tag] of html.matchAll(/<meta name="[^"]*"[^>]*>/g))
				assert.match(tag, /\scontent=/, `${path}: ${tag}`);
		}
	});

	it('publishes no local address, and canonical URLs and the image only with SITE', () => {
		const siteUrl = process.env['SITE'];
		for (const path of pages) {
			const head = built(path).split('</head>')[0] ?? '';
			assert.doesNotMatch(head, /127\.0\.0\.1|localhost/, path);
			const canonical = /<link rel="canonical" href="([^"]*)"/.exec(head)?.[1];
			const card = /<meta name="twitter:card" content="([^"]*)"/.exec(head)?.[1];
			const image = /<meta property="og:image" content="([^"]*)"/.exec(head)?.[1];
			if (!siteUrl || path === `${BASE}404.html`) {
				assert.equal(canonical, undefined, path);
				assert.doesNotMatch(head, /property="og:url"/, path);
			} else {
				assert.equal(canonical, new URL(path, siteUrl).href, path);
			}
			assert.equal(card, siteUrl ? 'summary_large_image' : 'summary', path);
			assert.equal(image, siteUrl ? new URL(`${BASE}social-card.png`, siteUrl).href : undefined);
		}
		assert.equal(existsSync(join(DIST, 'sitemap-index.xml')), Boolean(siteUrl));
		assert.ok(existsSync(join(DIST, 'social-card.png')));
	});

	it('has a robots.txt that names the sitemap only when SITE is set', async () => {
		const response = await fetch(`${site.server.origin}${BASE}robots.txt`);
		assert.equal(response.status, 200);
		const robots = await response.text();
		assert.match(robots, /^User-agent: \*$/m);
		if (process.env['SITE'])
			assert.match(
				robots,
				new RegExp(`^Sitemap: ${process.env['SITE']}.*sitemap-index\\.xml$`, 'm'),
			);
		else assert.doesNotMatch(robots, /Sitemap:/);
	});
});

describe('code blocks', () => {
	it('are named, keyboard-focusable regions in the built HTML', () => {
		const contributing = pages.filter((path) => path.includes('/contributing/'));
		let blocks = 0;
		for (const path of contributing) {
			for (const [pre] of built(path).matchAll(/<div class="expressive-code"[\s\S]*?<pre[^>]*>/g)) {
				blocks++;
				const tag = /<pre[^>]*>$/.exec(pre)?.[0] ?? '';
				assert.match(tag, /\stabindex="0"/, `${path}: ${tag}`);
				assert.match(tag, /\srole="region"/, `${path}: ${tag}`);
				assert.match(tag, /\saria-label="Code example[^"]*"/, `${path}: ${tag}`);
			}
		}
		assert.ok(blocks >= 5, `${blocks} code blocks`);
	});
});

describe('the saved-progress page', () => {
	const progressFile = () => {
		const progress = emptyProgress();
		progress.quizzes = { 'starting-out': { 'debugging-order': ['b'] } };
		progress.checklists = { 'evidence-before-applying': ['one-command-tests'] };
		return {
			name: 'progress.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(progressDocument(progress, new Date().toISOString()))),
		};
	};

	it('shows a refused file next to the input, names checklists, counts in words, and keeps clearing secondary', async () => {
		const context = await newContext(site.browser, site.server.origin);
		const page = await context.newPage();
		const problems = watch(page, site.server.origin);
		await page.goto(`${site.server.origin}${BASE}tools/progress/`, { waitUntil: 'networkidle' });
		const input = page.getByLabel('Progress file');
		await input.scrollIntoViewIfNeeded();
		await input.waitFor();

		// A wrong file: the reason sits right under the input, which it describes.
		await input.setInputFiles({
			name: 'notes.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"theme": "dark"}'),
		});
		const error = page.locator('#progress-file-error');
		await error.filter({ hasText: 'not a progress file' }).waitFor();
		assert.equal(await input.getAttribute('aria-describedby'), 'progress-file-error');
		assert.equal(await input.getAttribute('aria-invalid'), 'true');
		assert.equal(
			await input.evaluate((element) => element.closest('p')?.nextElementSibling?.id),
			'progress-file-error',
		);
		assert.equal(await page.locator('.message').textContent(), '');
		assert.deepEqual(await axeViolations(page), []);

		// A good file: the preview names the checklist, and the error goes.
		await input.setInputFiles(progressFile());
		const preview = page.locator('.import-preview');
		await preview.waitFor();
		assert.deepEqual(await preview.locator('li').allTextContents(), [
			'Self-check answers: new: Check yourself: starting out',
			'Checklist: new: Evidence to have before you apply',
		]);
		assert.equal(await input.getAttribute('aria-describedby'), null);
		assert.equal(await error.isVisible(), false);
		await page.getByRole('button', { name: 'Replace my progress with the file' }).click();

		// One of each: singular nouns.
		const saved = page.locator('.progress-manager ul').first();
		await saved.filter({ hasText: 'Self-checks: 1 answer in 1 self-check' }).waitFor();
		assert.match((await saved.textContent()) ?? '', /Checklists: 1 ticked item in 1 checklist/);

		// Export (and the file input) are filled buttons; clearing is an outlined danger button.
		const background = (name: string) =>
			page
				.getByRole('button', { name, exact: true })
				.evaluate((element) => getComputedStyle(element).backgroundColor);
		const transparent = 'rgba(0, 0, 0, 0)';
		assert.notEqual(await background('Download my progress'), transparent);
		assert.notEqual(
			await input.evaluate(
				(element) => getComputedStyle(element, '::file-selector-button').backgroundColor,
			),
			transparent,
		);
		const clear = page.getByRole('button', { name: 'Clear my progress' });
		assert.equal(await clear.getAttribute('class'), 'danger');
		assert.equal(await background('Clear my progress'), transparent);
		assert.deepEqual(await axeViolations(page), []);
		const seen = [...problems];
		await context.close();
		assert.deepEqual(seen, []);
	});
});
