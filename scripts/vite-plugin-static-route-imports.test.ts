import { describe, expect, it } from 'vitest';
import { staticRouteImports } from './vite-plugin-static-route-imports.ts';

/**
 * The plugin's hooks as Vite calls them in the client build. The real generated app.js goes through it in every
 * `npm run build` (which then stops if it no longer applies); here, what it does with each shape of that file.
 */
function run(files: Record<string, string>) {
	const plugin = staticRouteImports();
	const context = {
		error(message: string): never {
			throw new Error(message);
		}
	};
	const call = (hook: unknown, ...args: unknown[]) => (hook as (this: typeof context, ...a: unknown[]) => unknown).call(context, ...args);
	call(plugin.buildStart);
	const out: Record<string, unknown> = {};
	for (const [id, code] of Object.entries(files)) out[id] = call(plugin.transform, code, id);
	call(plugin.buildEnd);
	return out;
}

const APP = '/p/.svelte-kit/generated/build/client-optimized/app.js';
const generated = `export const nodes = [\n\t() => import('./nodes/0'),\n\t() => import('./nodes/1')\n];\nexport const dictionary = { "/": [1] };`;

describe('staticRouteImports', () => {
	it('turns each route loader into a static import and a resolved promise', () => {
		const out = run({ [APP]: generated, '/p/src/routes/+page.svelte': '() => import("./x")' });
		expect(out[APP]).toBe(
			"import * as __route_module_0 from './nodes/0';\nimport * as __route_module_1 from './nodes/1';\n" +
				'export const nodes = [\n\t() => Promise.resolve(__route_module_0),\n\t() => Promise.resolve(__route_module_1)\n];\nexport const dictionary = { "/": [1] };'
		);
		// Other modules are not its business.
		expect(out['/p/src/routes/+page.svelte']).toBeUndefined();
	});

	it('stops the build when the route list is written another way', () => {
		expect(() => run({ [APP]: generated.replaceAll("import('./nodes/", 'import("./nodes/').replaceAll("')", '")') })).toThrow(
			/static-route-imports .* no longer applies: no `\(\) => import\('…'\)` route loader/
		);
	});

	it('stops the build when only some loaders match', () => {
		expect(() => run({ [APP]: generated.replace("() => import('./nodes/1')", '() => import(`./nodes/1`)') })).toThrow(/a dynamic import it does not recognise is left/);
	});

	it('stops the build when SvelteKit no longer generates that file', () => {
		expect(() => run({ '/p/.svelte-kit/generated/build/client/app.js': generated })).toThrow(/no module ending in \/client-optimized\/app\.js/);
	});
});
