import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Four build-only plugins that trim SvelteKit's inline bundle for a course that has no server. All act on the
 * browser build alone; the browser tests walk every route through the real router with them in place, and
 * `npm run bench` shows what they save.
 */

/**
 * A JSON stand-in for `devalue` (see src/lib/vendor/devalue-json.ts): SvelteKit's client bundles devalue (~6 KB gzip)
 * to read server data, which a server-less course never receives.
 */
export function devalueAsJson(): Plugin {
	const shim = fileURLToPath(new URL('../src/lib/vendor/devalue-json.ts', import.meta.url));
	return {
		name: 'devalue-json-in-browser',
		enforce: 'pre',
		applyToEnvironment: (env) => env.name === 'client',
		resolveId: (id) => (id === 'devalue' ? shim : undefined)
	};
}

/** Whether the app has universal hooks (src/hooks.ts): `reroute` and `transport` live there. */
const hasHooks = ['ts', 'js'].some((ext) => existsSync(new URL(`../src/hooks.${ext}`, import.meta.url)));

/**
 * Plain stand-ins for SvelteKit client modules, or parts of them, that a server-less course with no `load`
 * functions, no `snapshot()` calls, no hooks and only plain route parameters never needs (see each stand-in for
 * why): the `fetch` given to `load` functions, navigation snapshots, full route-id parsing, and custom transport
 * types. Only the imports from SvelteKit's own client files are redirected; if SvelteKit renames or moves them, the
 * pattern stops matching and the real modules are bundled again (bigger, still correct).
 */
export function serverlessKitClient(): Plugin {
	const vendor = (file: string) => fileURLToPath(new URL(`../src/lib/vendor/${file}`, import.meta.url));
	const shims: Array<{ importer: string; id: string; shim: string }> = [
		{ importer: '/runtime/client/client.js', id: './fetcher.js', shim: vendor('kit-fetcher-plain.ts') },
		{ importer: '/runtime/client/client.js', id: './snapshots.js', shim: vendor('kit-snapshots-none.ts') },
		{ importer: '/runtime/client/parse.js', id: '../../utils/routing.js', shim: vendor('kit-routes-plain.ts') },
		...(hasHooks ? [] : [{ importer: '/runtime/client/client.js', id: '#app/internal/transport', shim: vendor('kit-transport-json.ts') }])
	];
	return {
		name: 'serverless-kit-client',
		enforce: 'pre',
		applyToEnvironment: (env) => env.name === 'client',
		resolveId: (id, importer) => shims.find((s) => s.id === id && importer?.endsWith(s.importer))?.shim
	};
}

/**
 * Empties or narrows functions of SvelteKit's client router whose work never applies in this course:
 * - `setup_preload`: link preloading on hover, tap and viewport. The course turns both kinds off
 *   (`data-sveltekit-preload-data="off"` in app.html, preload-code is off by default), and with one inline bundle
 *   there is no code left to preload; yet it listens to every mouseover and walks every link after each navigation.
 * - `_hydrate`: takes over server-rendered HTML. A hash-routed static course is never server-rendered (the build
 *   calls `start(element)` with no hydration data), so it throws if it is ever reached.
 * - `has_changed`: decides whether a `load` function must run again. Only a node with a `load` function has `uses`;
 *   the course has none, so the answer is "only when everything is invalidated" — and should a `load` appear, it
 *   runs on every navigation (slower, never stale). `diff_search_params` only feeds it, so it reports no change.
 * - `capture_snapshot` / `restore_snapshot`: the deprecated `export const snapshot` of a page component. No screen
 *   exports one (see also kit-snapshots-none.ts).
 * - `get_rerouted_url`: runs the `reroute` hook (src/hooks.ts) on every navigation, with a cache and a `fetch` for
 *   it. Without a hooks file there is no hook and the URL is its own answer; with one, this edit is not made.
 * Each function is found in SvelteKit's parsed source and edited only if its name is exactly where the parser says
 * and every name a new body uses is still one of its parameters or a top-level variable of the file; otherwise it is
 * left as it is (a warning, a bigger bundle, the same behaviour).
 */
export function inertKitClientParts(): Plugin {
	/** New bodies, with the names each one uses from its function's parameters or the file's top level. */
	const replacements: Record<string, { body: string; uses: string[] }> = {
		setup_preload: { body: '{}', uses: [] },
		has_changed: { body: '{ return force_invalidation || !!uses; }', uses: ['force_invalidation', 'uses'] },
		diff_search_params: { body: '{ return new Set(); }', uses: [] },
		capture_snapshot: { body: '{}', uses: [] },
		restore_snapshot: { body: '{}', uses: [] },
		_hydrate: { body: "{ throw new Error('This course is not server-rendered: there is nothing to hydrate'); }", uses: [] }
	};
	if (!hasHooks) replacements.get_rerouted_url = { body: '{ return url; }', uses: ['url'] };
	return {
		name: 'inert-kit-client-parts',
		applyToEnvironment: (env) => env.name === 'client',
		transform(code, id) {
			if (!id.endsWith('/runtime/client/client.js')) return;
			const edits: Array<{ start: number; end: number; text: string }> = [];
			const program = this.parse(code).body;
			const topLevel = new Set(
				program.flatMap((node) => (node.type === 'VariableDeclaration' ? node.declarations : [])).map((d) => (d.id.type === 'Identifier' ? d.id.name : ''))
			);
			for (const node of program) {
				const fn = node.type === 'ExportNamedDeclaration' ? node.declaration : node;
				if (fn?.type !== 'FunctionDeclaration' || !fn.id || !fn.body || !(fn.id.name in replacements)) continue;
				const { id: name, body, params } = fn;
				const replacement = replacements[name.name]!;
				const paramNames = params.map((p) => (p.type === 'AssignmentPattern' ? p.left : p)).map((p) => (p.type === 'Identifier' ? p.name : ''));
				if (!replacement.uses.every((used) => paramNames.includes(used) || topLevel.has(used))) continue;
				if (code.slice(name.start, name.end) !== name.name || code[body.start] !== '{' || code[body.end - 1] !== '}') continue;
				edits.push({ start: body.start, end: body.end, text: replacement.body });
			}
			const missing = Object.keys(replacements).length - edits.length;
			if (missing) this.warn(`${missing} SvelteKit client function(s) not found to empty: the bundle is bigger, nothing else changes`);
			let out = code;
			for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
			return edits.length ? out : undefined;
		}
	};
}

/**
 * Imports the route components statically instead of through `() => import('./nodes/N')`.
 *
 * Why: with one inline bundle nothing is fetched lazily anyway, but a dynamic import still tells the bundler to
 * keep the imported module's evaluation lazy, so it wraps every module reachable from a route (hundreds, Svelte's
 * runtime included) in an init function and hoists its variables. That costs ~4 KB gzip and blocks minification
 * across modules. Static imports evaluate everything once at start-up, which is what an inline bundle does in
 * effect. If SvelteKit changes the shape of its generated app.js the pattern simply stops matching: the course
 * still works, only bigger (the bench's size budget catches it).
 */
export function staticRouteImports(): Plugin {
	return {
		name: 'static-route-imports',
		applyToEnvironment: (env) => env.name === 'client',
		transform(code, id) {
			if (!id.endsWith('/client-optimized/app.js')) return;
			const imports: string[] = [];
			const rewritten = code.replace(/\(\) => import\(('[^']+')\)/g, (_, specifier: string) => {
				const name = `__route_module_${imports.length}`;
				imports.push(`import * as ${name} from ${specifier};`);
				return `() => Promise.resolve(${name})`;
			});
			return imports.length ? `${imports.join('\n')}\n${rewritten}` : undefined;
		}
	};
}
