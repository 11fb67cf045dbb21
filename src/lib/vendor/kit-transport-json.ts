/**
 * A stand-in for SvelteKit's `#app/internal/transport` as its client router imports it, aliased in
 * scripts/vite-plugins-bundle-size.ts for the browser build only (and only while there is no src/hooks file).
 *
 * Why: the real module serialises values through devalue with the app's custom `transport` hook. This course has no
 * hooks, and devalue is already plain JSON in this build (devalue-json.ts), so the only values that pass through —
 * the history state SvelteKit keeps — are plain JSON either way.
 */
export function init_transport(): void {}
export const stringify = (data: unknown): string => JSON.stringify(data ?? null);
export const parse = (data: string): unknown => JSON.parse(data);
