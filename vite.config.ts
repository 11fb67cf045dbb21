import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import adapter from '@sveltejs/adapter-static';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { withAnnouncerStyleHash } from './scripts/csp-announcer-hash.ts';
import { withoutUnreferencedAssets } from './scripts/drop-unreferenced-assets.ts';
import { courseContent } from './scripts/vite-plugin-course-content.ts';
import { staticRouteImports } from './scripts/vite-plugin-static-route-imports.ts';

/**
 * Style-scoping classes: every component's scoped elements carry one, in the markup and in each CSS selector. A
 * content hash needs about six characters to stay clear of collisions; numbering the components instead gives each
 * a unique two- or three-character class (`_0`, `_1`…, which no hand-written class starts with), and the numbering
 * follows the sorted file list so every build writes the same names.
 */
function shortScopeClass(): (input: { filename: string; hash: (s: string) => string; css: string }) => string {
	const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.svelte'))
		.map((f) => resolve('src', f))
		.sort();
	return ({ filename, hash, css }) => {
		const n = files.indexOf(resolve(filename));
		// A component outside src (SvelteKit's own) keeps a hash, prefixed so it cannot meet a numbered one.
		return n === -1 ? `s${hash(css).slice(0, 5)}` : `_${n.toString(36)}`;
	};
}

export default defineConfig({
	plugins: [
		// Runs first: parses the article and validates every quiz item, failing the build on a bad quote.
		courseContent(),
		// The browser build only: route modules imported statically, so the one inline bundle has no lazy module
		// wrappers (−4 KB gzip; the build stops if it no longer applies).
		staticRouteImports(),
		sveltekit({
			// adapter-static, then the route announcer's style hash added to the CSP from what it wrote (see below), then
			// the CSS file the inline page never loads removed (scripts/drop-unreferenced-assets.ts).
			adapter: withoutUnreferencedAssets(withAnnouncerStyleHash(adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }), 'build'), 'build'),
			// An LMS serves the package from a deep, unknown folder with no server-side routing:
			// hash routing + one inline bundle gives a single index.html that works from any path, in an iframe,
			// and even from file://.
			router: { type: 'hash' },
			output: { bundleStrategy: 'inline' },
			paths: { relative: true },
			// src/service-worker.js is built (and minified) by SvelteKit, but registered by +layout.svelte itself: only
			// for the plain web page, never inside an LMS.
			serviceWorker: { register: false },
			compilerOptions: {
				runes: true,
				// Bytes on a patient's phone: no window.__svelte version stamp, and short style-scoping classes
				// instead of `svelte-` + 7 (they repeat on every scoped element).
				discloseVersion: false,
				cssHash: shortScopeClass()
			},
			// A strict Content-Security-Policy in a <meta> tag (the LMS controls the headers, so a meta is all a package
			// can ship). 'hash' mode: SvelteKit hashes the inline bundle and inline styles it writes, so neither
			// 'unsafe-inline' nor 'unsafe-eval' is needed. frame-ancestors cannot be set from a meta tag (LMSs frame us).
			// style-src-attr: SvelteKit's route announcer is the one inline style attribute; its hash is added to this
			// directive from the built page (scripts/csp-announcer-hash.ts), so no other attribute is allowed.
			csp: {
				mode: 'hash',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					'style-src': ['self'],
					'style-src-attr': ['unsafe-hashes'],
					'img-src': ['self', 'data:'],
					'font-src': ['self'],
					'connect-src': ['self'],
					'object-src': ['none'],
					'base-uri': ['none'],
					'form-action': ['none']
				}
			}
		})
	],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts']
	}
});
