/** The Content Security Policy is present and enforced: code injected after load does not run. */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { BASE, launchBrowser, newContext, serveDist } from './harness.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

before(async () => {
	[browser, server] = await Promise.all([launchBrowser(), serveDist()]);
});
after(async () => {
	await browser?.close();
	await server?.close();
});

it('blocks an inline script injected into a built page, and reports the violation', async () => {
	const context = await newContext(browser, server.origin);
	const page = await context.newPage();
	await page.goto(`${server.origin}${BASE}skills/sql/`);
	const policy = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
	assert.match(policy ?? '', /script-src 'self'/);
	assert.doesNotMatch(policy ?? '', /script-src[^;]*'unsafe-inline'/);
	const outcome = await page.evaluate(
		() =>
			new Promise<{ ran: boolean; violated: string }>((resolve) => {
				const state = window as unknown as { injectedRan?: boolean };
				document.addEventListener('securitypolicyviolation', (event) =>
					resolve({ ran: Boolean(state.injectedRan), violated: event.effectiveDirective }),
				);
				const script = document.createElement('script');
				script.textContent = 'window.injectedRan = true';
				document.body.append(script);
				setTimeout(() => resolve({ ran: Boolean(state.injectedRan), violated: '' }), 1000);
			}),
	);
	await context.close();
	assert.deepEqual(outcome, { ran: false, violated: 'script-src-elem' });
});
