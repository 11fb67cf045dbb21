/**
 * A stand-in for the two route-matching functions SvelteKit's client takes from `utils/routing.js`, aliased in
 * scripts/vite-plugins-bundle-size.ts for the browser build only.
 *
 * Why: the real module handles every route-id feature (optional and rest parameters, matchers, groups, escaped
 * characters) in ~1 KB gzip. This course's routes are static segments and plain `[name]` parameters, and the
 * patterns built here are what the real module builds for those. A route that uses anything more stops the course at
 * start-up with a message naming it (every browser test would fail at once), never a silent mismatch.
 */
interface RouteParam {
	name: string;
	matcher: undefined;
	optional: false;
	rest: false;
	chained: false;
}

export function parse_route_id(id: string): { pattern: RegExp; params: RouteParam[] } {
	const params: RouteParam[] = [];
	if (id === '/') return { pattern: /^\/$/, params };
	const segments = id.slice(1).split('/').map((segment) => {
		const name = /^\[([\w-]+)\]$/.exec(segment)?.[1];
		if (name) {
			params.push({ name, matcher: undefined, optional: false, rest: false, chained: false });
			return '/([^/]+?)';
		}
		if (!/^[\w-]+$/.test(segment)) {
			throw new Error(`Route "${id}" needs SvelteKit's full route matching: see src/lib/vendor/kit-routes-plain.ts`);
		}
		return `/${segment}`;
	});
	return { pattern: new RegExp(`^${segments.join('')}/?$`), params };
}

export function exec(match: RegExpMatchArray, params: RouteParam[]): Record<string, string> {
	return Object.fromEntries(params.map((param, i) => [param.name, decodeURIComponent(match[i + 1]!)]));
}
