import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exec, parse_route_id } from './kit-routes-plain.ts';

// SvelteKit's own route matching, which the stand-in replaces in the browser build (plain JS, so typed here).
const kitRouting: string = '../../../node_modules/@sveltejs/kit/src/utils/routing.js';
const kit = (await import(kitRouting)) as {
	parse_route_id(id: string): { pattern: RegExp; params: unknown };
	exec(match: RegExpMatchArray, params: unknown, matchers: object): Record<string, string> | undefined;
};

/** Every route of the course, as SvelteKit names it: the folders under src/routes that hold a page. */
const routeIds = readdirSync('src/routes', { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('+page.svelte'))
	.map((f) => '/' + f.replace(/\/?\+page\.svelte$/, ''));

const samplePath = (id: string) => (id === '/' ? '/' : id.replace(/\[([\w-]+)\]/g, (_, name: string) => `${name}-value%20x`));

describe('the plain route matcher of the browser build', () => {
	it('covers the course routes', () => {
		expect(routeIds).toEqual(expect.arrayContaining(['/', '/lesson/[slug]', '/lesson/[slug]/quiz/[n]', '/final/[n]', '/results']));
	});

	it.each(routeIds)('builds the same pattern and parameters as SvelteKit for %s', (id) => {
		const ours = parse_route_id(id);
		const theirs = kit.parse_route_id(id);
		expect(ours.pattern.source).toBe(theirs.pattern.source);
		expect(ours.params).toEqual((theirs.params as unknown as Array<{ name: string }>).map((p) => p.name));
		const path = samplePath(id);
		const match = ours.pattern.exec(path);
		expect(match).not.toBeNull();
		expect(exec(match!, ours.params)).toEqual(kit.exec(theirs.pattern.exec(path)!, theirs.params, {}));
		expect(ours.pattern.test(`${path}/extra`)).toBe(false);
	});

	it.each(['/[[lang]]/page', '/files/[...rest]', '/(group)/page', '/item/[id=integer]', '/a.b'])(
		'stops the course at start-up for a route it cannot match like SvelteKit (%s)',
		(id) => {
			expect(() => parse_route_id(id)).toThrow(/needs SvelteKit's full route matching/);
		}
	);
});
