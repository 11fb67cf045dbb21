import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Adapter } from '@sveltejs/kit';

/**
 * SvelteKit's route announcer (a visually-hidden live region that reads each new page title) is the course's one
 * inline style attribute. The CSP allows exactly that attribute — `style-src-attr 'unsafe-hashes'` plus its hash, as
 * narrow as CSP Level 3 allows — and no other. The hash is taken from the BUILT course, after the adapter has written
 * it: the announcer's opening tag is found in the shipped code (Svelte compiles it into a template string), its style
 * is hashed, and the hash is added to the `style-src-attr` directive of every page's CSP <meta>. So the policy always
 * matches the style that ships, whatever SvelteKit version built it.
 *
 * If the announcer is not found, is found with two different styles, or a page has no such directive, the build
 * stops: a wrong hash would show the announcer's text on screen and be reported as a CSP violation in every LMS.
 * (The browser tests also hash the style the browser actually renders and compare, and fail on any violation.)
 */

/** The announcer's opening tag as it appears in the built code; the style must be plain text (no escapes or entities). */
const ANNOUNCER = /<div id="svelte-announcer"[^>]*?\sstyle="([^"\\&<>]*)"/g;
const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/gi;

/** A CSP source expression for a value: `'sha256-…'` of its UTF-8 bytes. */
export const cspHash = (value: string): string => `'sha256-${createHash('sha256').update(value, 'utf8').digest('base64')}'`;

/** Every style the announcer's opening tag carries in this text (usually one, or none). */
export const announcerStyles = (text: string): string[] => [...text.matchAll(ANNOUNCER)].map((m) => m[1]!);

/** The page with `source` added to the style-src-attr directive of each of its CSP <meta> tags. */
export function allowStyleAttribute(html: string, source: string): string {
	let metas = 0;
	const out = html.replace(CSP_META, (_, open: string, policy: string, close: string) => {
		metas++;
		const directives = policy.split(';').map((d) => d.trim());
		const i = directives.findIndex((d) => d.split(/\s+/)[0] === 'style-src-attr');
		if (i === -1) throw new Error("the CSP <meta> has no style-src-attr directive (set 'style-src-attr': ['unsafe-hashes'] in vite.config.ts)");
		if (!directives[i]!.split(/\s+/).includes(source)) directives[i] += ` ${source}`;
		return open + directives.join('; ') + close;
	});
	if (metas === 0) throw new Error('the page has no CSP <meta> (csp.mode must be set in vite.config.ts)');
	return out;
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && /\.(html|m?js)$/.test(e.name))
		.map((e) => join(e.parentPath, e.name));
}

/** Hashes the announcer's style found in outDir and allows it in every page's CSP. Returns what it did. */
export function allowAnnouncerStyle(outDir: string): { style: string; hash: string; pages: string[] } {
	const files = filesUnder(outDir);
	const styles = new Set(files.flatMap((file) => announcerStyles(readFileSync(file, 'utf8'))));
	if (styles.size !== 1) {
		throw new Error(
			styles.size === 0
				? `SvelteKit's route announcer (<div id="svelte-announcer" … style="…">) was not found in ${outDir}: cannot allow its style in the CSP`
				: `the route announcer carries ${styles.size} different styles in ${outDir}: ${[...styles].map((s) => JSON.stringify(s)).join(', ')}`
		);
	}
	const style = [...styles][0]!;
	const hash = cspHash(style);
	const pages = files.filter((f) => f.endsWith('.html'));
	for (const page of pages) {
		try {
			writeFileSync(page, allowStyleAttribute(readFileSync(page, 'utf8'), hash));
		} catch (error) {
			throw new Error(`${page}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
		}
	}
	return { style, hash, pages };
}

/** The adapter, followed by allowAnnouncerStyle on the folder it writes (SvelteKit's public Adapter interface). */
export function withAnnouncerStyleHash(adapter: Adapter, outDir: string): Adapter {
	return {
		...adapter,
		async adapt(builder) {
			await adapter.adapt(builder);
			const { hash, pages } = allowAnnouncerStyle(outDir);
			builder.log.minor(`CSP: the route announcer's style (${hash}) allowed in ${pages.length} page(s)`);
		}
	};
}
