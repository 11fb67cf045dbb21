/**
 * A stand-in for SvelteKit's client `snapshots.js`, aliased in scripts/vite-plugins-bundle-size.ts for the browser
 * build only.
 *
 * Why: snapshots keep form state across back/forward for components that call `snapshot()`. No screen of this course
 * does (its state lives in the course state and is saved to the LMS or this browser), so with no registrations the
 * real module only reads and writes an empty record in sessionStorage. Calling `snapshot()` fails loudly here rather
 * than silently not restoring.
 */
export const current_registrations = (): Set<never> => new Set();
export function init_snapshots(): void {}
export function capture_navigation_snapshot(): void {}
export function restore_navigation_snapshot(): void {}
export function delete_navigation_snapshot(): void {}
export function persist_navigation_snapshots(): void {}
export function snapshot(): never {
	throw new Error('snapshot() is not available in this course build (see src/lib/vendor/kit-snapshots-none.ts)');
}
