import type { Plugin } from 'vite';

/** The client build's route loaders, as SvelteKit generates them: `() => import('./nodes/N')`. */
const ROUTE_LOADER = /\(\) => import\(('[^']+')\)/g;
const GENERATED_APP = '/client-optimized/app.js';

/**
 * Imports the route components statically instead of through `() => import('./nodes/N')`, in the browser build only.
 *
 * Why: with one inline bundle nothing is fetched lazily anyway, but a dynamic import still tells the bundler to
 * keep the imported module's evaluation lazy, so it wraps every module reachable from a route (hundreds, Svelte's
 * runtime included) in an init function and hoists its variables. That costs ~4 KB gzip and blocks minification
 * across modules. Static imports evaluate everything once at start-up, which is what an inline bundle does in
 * effect. SvelteKit's router still calls each loader and awaits it; it now gets a resolved promise.
 *
 * It edits only SvelteKit's generated app.js (the route list SvelteKit writes for this project), no SvelteKit source.
 * Should SvelteKit generate that file under another name or write its loaders another way, the build stops with a
 * message: quietly doing nothing would ship ~4 KB more, and half applying it would leave lazy routes behind.
 */
export function staticRouteImports(): Plugin {
	let seen = false;
	const fail = (why: string) =>
		`static-route-imports (scripts/vite-plugin-static-route-imports.ts) no longer applies: ${why}. ` +
		`SvelteKit has changed how it writes its route list; update the plugin or remove it (and its size budget note).`;
	return {
		name: 'static-route-imports',
		apply: 'build',
		applyToEnvironment: (env) => env.name === 'client',
		buildStart() {
			seen = false;
		},
		transform(code, id) {
			if (!id.endsWith(GENERATED_APP)) return;
			seen = true;
			const imports: string[] = [];
			const out = code.replace(ROUTE_LOADER, (_, specifier: string) => {
				const name = `__route_module_${imports.length}`;
				imports.push(`import * as ${name} from ${specifier};`);
				return `() => Promise.resolve(${name})`;
			});
			if (imports.length === 0) this.error(fail(`no \`() => import('…')\` route loader in ${id}`));
			if (/\bimport\s*\(/.test(out)) this.error(fail(`a dynamic import it does not recognise is left in ${id}`));
			return `${imports.join('\n')}\n${out}`;
		},
		buildEnd(error) {
			if (!error && !seen) this.error(fail(`the client build has no module ending in ${GENERATED_APP}`));
		}
	};
}
