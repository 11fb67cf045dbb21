import js from '@eslint/js';
import { loadConfig } from '@sveltejs/load-config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

/**
 * The Svelte options (compilerOptions such as runes, and SvelteKit's own) are defined once, in vite.config.ts, as
 * SvelteKit 3 requires (it refuses a svelte.config.js). svelte-check and the editor's language server read them from
 * there; eslint-plugin-svelte reads only a svelte.config.js or the `svelteConfig` parser option, so it gets them
 * from vite.config.ts with @sveltejs/load-config, as eslint-plugin-svelte's README shows.
 */
const loaded = await loadConfig(import.meta.dirname, { traverse: false });
if (!loaded || !('config' in loaded)) throw new Error(`eslint.config.js: cannot load the Svelte options from vite.config.ts: ${String(loaded?.error ?? 'no sveltekit() plugin found')}`);
const svelteConfig = loaded.config;

export default ts.config(
	{ ignores: ['build/', 'dist/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/', 'scorm/xsd/', 'bench/tmp/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// Underscore-prefixed names are deliberately unused (destructuring a field away).
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Links are hash fragments (`#/lesson/…`): the hash router needs no resolve() call.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } }
	}
);
