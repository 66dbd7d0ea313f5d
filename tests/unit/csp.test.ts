import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { completeCsp, inlineCode } from '../../src/lib/site/csp.ts';

const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const page = (policy: string, body: string) =>
	`<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)?.[1];

describe('inlineCode', () => {
	it('finds inline scripts and styles but not external scripts or JSON data', () => {
		const html =
			'<script>a()</script><script src="/x.js"></script><script type="application/json">{}</script><style>p{}</style>';
		expect(inlineCode(html)).toEqual({ scripts: ['a()'], styles: ['p{}'] });
	});
});

describe('completeCsp', () => {
	it('adds the hash of each inline script and style that the policy lacks, once', () => {
		const html = page(
			`default-src 'self'; script-src 'self' ${sha('known()')}`,
			'<script>known()</script><script>inline()</script><script>inline()</script><style>p{color:red}</style>',
		);
		expect(policyOf(completeCsp(html))).toBe(
			`default-src 'self'; script-src 'self' ${sha('known()')} ${sha('inline()')}; style-src ${sha('p{color:red}')}`,
		);
	});

	it('leaves pages without a policy, and complete policies, unchanged', () => {
		expect(completeCsp('<script>x()</script>')).toBe('<script>x()</script>');
		const complete = page(`script-src 'self' ${sha('x()')}`, '<script>x()</script>');
		expect(completeCsp(complete)).toBe(complete);
	});
});
