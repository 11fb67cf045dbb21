/**
 * A stand-in for SvelteKit's client `fetcher.js`, aliased in scripts/vite-plugins-bundle-size.ts for the browser
 * build only.
 *
 * Why: the real module serves the `fetch` that `load` functions receive (replaying responses the server inlined into
 * the page) and wraps `window.fetch` for everyone at start-up. This course has no `load` functions and no server,
 * so none of that can happen; the browser tests walk every route with this in place.
 */
export function lock_fetch(): void {}
export function unlock_fetch(): void {}
export const initial_fetch = (resource: RequestInfo | URL, opts?: RequestInit): Promise<Response> => fetch(resource, opts);
export const subsequent_fetch = (resource: RequestInfo | URL, _resolved: string, opts?: RequestInit): Promise<Response> => fetch(resource, opts);
export const dev_fetch = initial_fetch;
