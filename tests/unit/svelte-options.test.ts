import { fileURLToPath } from 'node:url';
import { loadConfig } from '@sveltejs/load-config';
import { ESLint, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The Svelte options are defined once, in vite.config.ts (SvelteKit 3 has no svelte.config.js). The tools must
 * see them: svelte-check and the language server load them through @sveltejs/load-config, ESLint through
 * eslint.config.js. The probe is a component with no rune in it: left to itself, a tool would take it for a legacy
 * (non-runes) component; given the course's options, it is in runes mode.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const legacy = '<script lang="ts">\n\texport let name: string;\n</script>\n\n<p>{name}</p>\n';

describe('Svelte options reach the tools from vite.config.ts', () => {
	it('svelte-check and the language server find them in vite.config.ts', async () => {
		const loaded = await loadConfig(root, { traverse: false, clearCache: true });
		expect(loaded && 'config' in loaded && loaded.configSource).toBe('vite');
		expect(loaded && 'config' in loaded && loaded.config.compilerOptions).toMatchObject({ runes: true, discloseVersion: false });
	}, 60_000);

	it('ESLint parses components with them', async () => {
		// A probe rule reports what eslint-plugin-svelte's parser was given for a component with no rune in it.
		interface Parsed {
			runes?: boolean;
			svelteConfig?: { compilerOptions?: object };
		}
		const probe: Rule.RuleModule = {
			create(context) {
				const parsed = (context.sourceCode.parserServices as { svelteParseContext?: Parsed }).svelteParseContext;
				context.report({ loc: { line: 1, column: 0 }, message: JSON.stringify({ runes: parsed?.runes ?? null, compilerOptions: parsed?.svelteConfig?.compilerOptions ?? null }) });
				return {};
			}
		};
		const eslint = new ESLint({ cwd: root, overrideConfig: { files: ['**/*.svelte'], plugins: { probe: { rules: { options: probe } } }, rules: { 'probe/options': 'error' } } });
		const [result] = await eslint.lintText(legacy, { filePath: `${root}src/lib/components/OptionsProbe.svelte` });
		const reported = result!.messages.find((m) => m.ruleId === 'probe/options');
		expect(JSON.parse(reported!.message)).toEqual({ runes: true, compilerOptions: { runes: true, discloseVersion: false } });
	}, 60_000);
});
