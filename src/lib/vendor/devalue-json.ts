/**
 * A JSON stand-in for `devalue`, aliased in scripts/vite-plugins-bundle-size.ts for the browser build only.
 *
 * Why: SvelteKit's client bundles devalue (~6 KB gzip) to read server data and to serialise history state and
 * remote-function arguments. This course has no server (hash routing, no SSR, no remote functions, no custom
 * transport types), so the only values that pass through are plain JSON history state. Every kilobyte ships to a
 * patient's phone; the browser tests walk every route through the real router with this in place.
 */
export class DevalueError extends Error {}

export const stringify = (value: unknown): string => JSON.stringify(value ?? null);
export const stringifyAsync = async (value: unknown): Promise<string> => stringify(value);
export const parse = (text: string): unknown => JSON.parse(text);
export const unflatten = <T>(value: T): T => value;
export const uneval = (value: unknown): string => stringify(value);
