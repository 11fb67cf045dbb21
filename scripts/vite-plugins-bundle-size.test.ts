import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { inertKitClientParts } from './vite-plugins-bundle-size.ts';

/** Runs the plugin's transform on a stand-in for SvelteKit's client source, as Vite would. */
function transform(code: string): { out: string | undefined; warnings: string[] } {
	const warnings: string[] = [];
	const plugin = inertKitClientParts();
	const hook = plugin.transform as (this: unknown, code: string, id: string) => string | undefined;
	const out = hook.call({ parse: (source: string) => parseAst(source), warn: (m: string) => warnings.push(m) }, code, '/x/@sveltejs/kit/src/runtime/client/client.js');
	return { out, warnings };
}

const client = `let force_invalidation = false;
function setup_preload() { original_preload(); }
function has_changed(parent_changed, route_changed, url_changed, search_params_changed, uses, params) { if (uses) return original_scan(uses); return false; }
function diff_search_params(old_url, new_url) { return original_compare(old_url, new_url); }
function capture_snapshot(index) { original_save(index); }
function restore_snapshot(index) { original_load(index); }
async function _hydrate(target, data) { original_hydrate(target, data); }
async function get_rerouted_url(url) { return await original_reroute({ url }); }
export function keep_me() { return 1; }`;

describe('inertKitClientParts', () => {
	it('empties or narrows the functions that never apply, and nothing else', () => {
		const { out, warnings } = transform(client);
		expect(warnings).toEqual([]);
		expect(out).toContain('function setup_preload() {}');
		expect(out).toContain('{ return force_invalidation || !!uses; }');
		expect(out).toContain("function _hydrate(target, data) { throw new Error('This course is not server-rendered");
		expect(out).toContain('async function get_rerouted_url(url) { return url; }');
		expect(out).toContain('export function keep_me() { return 1; }');
		expect(out).not.toContain('original_');
	});

	it('leaves a function alone when a name its new body needs is gone, and says so', () => {
		const renamed = client.replace('search_params_changed, uses, params', 'search_params_changed, used, params');
		const { out, warnings } = transform(renamed);
		expect(out).toContain('if (uses) return original_scan(uses); return false;');
		expect(warnings).toEqual([expect.stringContaining('1 SvelteKit client function(s) not found')]);
	});

	it('leaves other files alone', () => {
		const plugin = inertKitClientParts();
		const hook = plugin.transform as (this: unknown, code: string, id: string) => string | undefined;
		expect(hook.call({}, client, '/x/src/routes/+page.svelte')).toBeUndefined();
	});
});
