/**
 * Draws the social card (`public/social-card.png`, 1200 × 630) that pages name as `og:image` when
 * the build knows the site's address. Run it after changing the handbook's title or description,
 * and commit the image: `node scripts/social-card.ts` (needs Chromium).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_HELP } from '../src/lib/diagrams/chromium.ts';
import { SITE_TITLE } from '../src/lib/site/identity.ts';
import { SOCIAL_IMAGE } from '../src/lib/site/social.ts';

const font = (weight: number) =>
	readFileSync(
		fileURLToPath(
			import.meta.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`),
		),
	).toString('base64');
const escape = (text: string) =>
	text.replace(/[&<>]/g, (character) => `&#${character.charCodeAt(0)};`);

const html = `<!doctype html><html><head><style>
@font-face { font-family: Inter; font-weight: 400; src: url(data:font/woff2;base64,${font(400)}); }
@font-face { font-family: Inter; font-weight: 700; src: url(data:font/woff2;base64,${font(700)}); }
body { margin: 0; width: ${SOCIAL_IMAGE.width}px; height: ${SOCIAL_IMAGE.height}px; font-family: Inter;
  background: #17181c; color: #fff; display: flex; flex-direction: column; justify-content: center;
  padding: 0 96px; box-sizing: border-box; border-top: 16px solid #a3b8ff; }
h1 { font-size: 84px; font-weight: 700; margin: 0 0 32px; line-height: 1.05; }
p { font-size: 38px; margin: 0; color: #c0c2c7; line-height: 1.3; }
</style></head><body><h1>${escape(SITE_TITLE)}</h1>
<p>From intern to senior, staff, principal and lead, and the paths that branch off.</p></body></html>`;

const executablePath = findChromium();
if (!executablePath) {
	console.error(NO_CHROMIUM_HELP);
	process.exit(1);
}
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const page = await browser.newPage({
	viewport: { width: SOCIAL_IMAGE.width, height: SOCIAL_IMAGE.height },
});
await page.setContent(html);
await page.evaluate(() => document.fonts.ready);
const out = fileURLToPath(new URL(`../public/${SOCIAL_IMAGE.path}`, import.meta.url));
await page.screenshot({ path: out, type: 'png' });
await browser.close();
console.log(`Wrote ${out}.`);
