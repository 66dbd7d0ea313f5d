/** The Content Security Policy is present and enforced: code injected after load does not run. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { BASE, newContext, useSite } from './harness.ts';

const site = useSite();

it('blocks an inline script injected into a built page, and reports the violation', async () => {
	const context = await newContext(site.browser, site.server.origin);
	const page = await context.newPage();
	await page.goto(`${site.server.origin}${BASE}skills/sql/`);
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
