import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { allowAnnouncerStyle, allowStyleAttribute, announcerStyles, cspHash } from './csp-announcer-hash.ts';

/**
 * The CSP step on small built folders. On the real build it runs in every `npm run build`; the browser tests
 * (tests/e2e/faults-security.spec.ts) then hash the style the browser renders and check the policy allows it.
 */

const style = 'position: absolute; left: 0; top: 0; width: 1px; height: 1px';
const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;
const page = (policy: string, script: string) => `<!doctype html><html><head>${meta(policy)}</head><body><script>${script}</script></body></html>`;
const bundle = (s: string) => `var ha=W(\`<div id="svelte-announcer" aria-live="assertive" aria-atomic="true" style="${s}"><!></div>\`);`;
const POLICY = "default-src 'self'; style-src 'self' 'sha256-abc='; style-src-attr 'unsafe-hashes' 'sha256-abc='; base-uri 'none'";

let dir = '';
const folder = (files: Record<string, string>) => {
	dir = mkdtempSync(join(tmpdir(), 'csp-announcer-'));
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	return dir;
};
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('the route announcer style in the CSP', () => {
	it('hashes a value as browsers do for style attributes (SHA-256 of its UTF-8, base64)', () => {
		expect(cspHash(style)).toBe(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
		expect(announcerStyles(bundle(style))).toEqual([style]);
	});

	it("adds the announcer's hash to style-src-attr of the page that ships it, and to nothing else", () => {
		const out = folder({ 'index.html': page(POLICY, bundle(style)) });
		const result = allowAnnouncerStyle(out);
		expect(result.style).toBe(style);
		const html = readFileSync(join(out, 'index.html'), 'utf8');
		expect(html).toContain(meta(`default-src 'self'; style-src 'self' 'sha256-abc='; style-src-attr 'unsafe-hashes' 'sha256-abc=' ${cspHash(style)}; base-uri 'none'`));
		// Run twice (a rebuild over the same folder), the hash is not added twice.
		expect(allowStyleAttribute(html, cspHash(style))).toBe(html);
	});

	it('finds the announcer in a separate bundle file too', () => {
		const out = folder({ 'index.html': page(POLICY, ''), 'app.js': bundle(style) });
		expect(allowAnnouncerStyle(out).hash).toBe(cspHash(style));
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain(cspHash(style));
	});

	it('stops the build when the announcer is not found, carries two styles, or the policy has no place for it', () => {
		expect(() => allowAnnouncerStyle(folder({ 'index.html': page(POLICY, 'no announcer here') }))).toThrow(/route announcer .* was not found/);
		rmSync(dir, { recursive: true });
		expect(() => allowAnnouncerStyle(folder({ 'index.html': page(POLICY, bundle(style) + bundle('left: 0')) }))).toThrow(/2 different styles/);
		rmSync(dir, { recursive: true });
		expect(() => allowAnnouncerStyle(folder({ 'index.html': page("default-src 'self'", bundle(style)) }))).toThrow(/index\.html: the CSP <meta> has no style-src-attr/);
		rmSync(dir, { recursive: true });
		expect(() => allowAnnouncerStyle(folder({ 'index.html': `<html><script>${bundle(style)}</script></html>` }))).toThrow(/has no CSP <meta>/);
	});
});
