import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import adapter from '@sveltejs/adapter-static';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { courseContent } from './scripts/vite-plugin-course-content.ts';
import { devalueAsJson, inertKitClientParts, serverlessKitClient, staticRouteImports } from './scripts/vite-plugins-bundle-size.ts';

/**
 * SvelteKit's route announcer (runtime/components/root.svelte) is the course's one inline style attribute: a
 * visually-hidden live region. The CSP allows exactly that attribute ('unsafe-hashes' + its hash, CSP Level 3) and
 * no other; the hash is taken from SvelteKit's own source so an update cannot silently un-hide it (the browser
 * tests fail on any CSP violation).
 */
function announcerStyleHash(): Array<'unsafe-hashes' | `sha256-${string}`> {
	try {
		const root = readFileSync(fileURLToPath(new URL('./node_modules/@sveltejs/kit/src/runtime/components/root.svelte', import.meta.url)), 'utf8');
		const style = /id="svelte-announcer"[^>]*?\sstyle="([^"]*)"/.exec(root)?.[1];
		return style ? ['unsafe-hashes', `sha256-${createHash('sha256').update(style).digest('base64')}`] : [];
	} catch {
		return [];
	}
}

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
		// The browser build only: what a server-less, hash-routed course never runs is left out of SvelteKit's client
		// (devalue, load-function fetch, snapshots, full route parsing, preloading…), and no lazy module wrappers (one
		// inline bundle). Each says why in scripts/vite-plugins-bundle-size.ts.
		devalueAsJson(),
		serverlessKitClient(),
		inertKitClientParts(),
		staticRouteImports(),
		sveltekit({
			adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
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
			csp: {
				mode: 'hash',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					'style-src': ['self'],
					'style-src-attr': announcerStyleHash(),
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
