/**
 * A stand-in for the two route-matching functions SvelteKit's client takes from `utils/routing.js`, aliased in
 * scripts/vite-plugins-bundle-size.ts for the browser build only.
 *
 * Why: the real module handles every route-id feature (optional and rest parameters, matchers, groups, escaped
 * characters) in ~1 KB gzip. This course's routes are static segments and plain `[name]` parameters, and the
 * patterns built here are what the real module builds for those. A route that uses anything more stops the course at
 * start-up with a message naming it (every browser test would fail at once), never a silent mismatch.
 * The parameters are only passed from `parse_route_id` to `exec`, so their names are all they carry.
 */
export function parse_route_id(id: string): { pattern: RegExp; params: string[] } {
	const params: string[] = [];
	const source = id.split('/').slice(1).map((segment) => {
		const name = /^\[([\w-]+)\]$/.exec(segment)?.[1];
		if (name) params.push(name);
		else if (!/^[\w-]*$/.test(segment)) throw new Error(`Route ${id} needs SvelteKit's full route matching`);
		return name ? '/([^/]+?)' : segment && `/${segment}`;
	});
	return { pattern: id === '/' ? /^\/$/ : new RegExp(`^${source.join('')}/?$`), params };
}

export function exec(match: RegExpMatchArray, params: string[]): Record<string, string> {
	return Object.fromEntries(params.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
}
