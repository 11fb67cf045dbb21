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

/**
 * The layers, as README and ARCHITECTURE.md draw them: content (data) → quiz engine → course state → tracking
 * adapters → UI, with build-time code (scripts/) apart from what ships. Each folder lists what it may NOT import, so a
 * wrong arrow fails lint (scripts/lint-layers.test.ts proves each rule bites). Tests and test utilities may reach
 * anywhere.
 */
/** @param {string} name @param {...string} forbidden */
const layer = (name, ...forbidden) => ({
	group: forbidden.flatMap((folder) => [`**/${folder}/**`, `#lib/${folder}/**`]),
	message: `${name} may not import ${forbidden.join(', ')}: see ARCHITECTURE.md.`
});
const UI = ['components', 'routes', 'ui'];
// What ships never imports build-time code, tests or the LMS preview.
const RUNTIME = {
	group: ['**/scripts/**', '**/tests/**', '**/preview/**', 'node:*'],
	message: 'Runtime code runs in the browser: it may not import build-time scripts, tests, the LMS preview or Node built-ins.'
};
/**
 * The LMS preview page (preview/) runs in the browser: no Node modules, nothing of scripts/ or tests/, and from src/
 * only the modules its server serves (PREVIEW_SHARED_MODULES in scripts/preview/start-preview.ts); types are stripped,
 * so type-only imports are free.
 */
const PREVIEW_IMPORTS = [
	{ group: ['node:*'], message: 'The LMS preview runs in the browser: no Node modules.' },
	{ group: ['**/scripts/**', '**/tests/**'], message: 'The LMS preview page may not import build-time scripts or tests.' },
	{
		regex: '(^|/)src/(?!lib/tracking/scorm/(data-model|value-formats|time)\\.ts$)',
		allowTypeImports: true,
		message: 'The LMS preview page may import from src/ only what its server serves (PREVIEW_SHARED_MODULES in scripts/preview/start-preview.ts).'
	}
];
// Flat config replaces a rule's options for a file matched twice, so each entry carries RUNTIME too, after src/**.
const LAYERS = [
	{ files: ['src/**'], patterns: [] },
	// Pure functions and data helpers shared by every layer: they depend on nothing of the course.
	{ files: ['src/lib/shared/**'], patterns: [layer('shared', 'content', 'quiz', 'state', 'tracking', ...UI)] },
	{ files: ['src/lib/content/**'], patterns: [layer('content', 'quiz', 'state', 'tracking', ...UI)] },
	{ files: ['src/lib/quiz/**'], patterns: [layer('The quiz engine', 'state', 'tracking', ...UI)] },
	// Tracking receives plain records from course state: it knows no quiz item, no content, no screen.
	{ files: ['src/lib/tracking/**'], patterns: [layer('Tracking', 'content', 'quiz', 'state', ...UI)] },
	{ files: ['src/lib/state/**'], patterns: [layer('Course state', ...UI)] },
	// Screens talk to course state, never to an adapter (the tracker's public types are fine).
	{ files: ['src/lib/components/**', 'src/routes/**', 'src/lib/ui/**'], patterns: [{ ...layer('The UI', 'tracking/adapters', 'tracking/scorm'), allowTypeImports: true }] }
];

export default ts.config(
	{ ignores: ['build/', 'dist/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/', 'scorm/xsd/', 'bench/tmp/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		files: ['**/*.{js,mjs,cjs,ts,svelte}'],
		ignores: ['preview/**'],
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	// The LMS preview page is browser code.
	{
		files: ['preview/**'],
		languageOptions: { globals: globals.browser },
		rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: PREVIEW_IMPORTS }] }
	},
	{
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
	},
	...LAYERS.map(({ files, patterns }) => {
		/** @type {import('eslint').Linter.RuleEntry} */
		const rule = ['error', { patterns: [...patterns, RUNTIME] }];
		return { files, ignores: ['**/*.test.ts', '**/*.testutil.ts'], rules: { '@typescript-eslint/no-restricted-imports': rule } };
	})
);
