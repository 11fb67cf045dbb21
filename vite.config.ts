import adapter from '@sveltejs/adapter-static';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { courseContent } from './scripts/vite-plugin-course-content.ts';

export default defineConfig({
	plugins: [
		// Runs first: parses the article and validates every quiz item, failing the build on a bad quote.
		courseContent(),
		sveltekit({
			adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
			// An LMS serves the package from a deep, unknown folder with no server-side routing:
			// hash routing + one inline bundle gives a single index.html that works from any path, in an iframe,
			// and even from file://.
			router: { type: 'hash' },
			output: { bundleStrategy: 'inline' },
			paths: { relative: true },
			compilerOptions: { runes: true }
		})
	],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts']
	}
});
