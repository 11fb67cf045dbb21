/**
 * The timers the tracking adapters wait with (retries, reconnects, calls made while the LMS is still being looked for).
 * Injected, so tests step through minutes of backoff without waiting.
 */
export interface Timers {
	set(callback: () => void, ms: number): unknown;
	clear(handle: unknown): void;
}

export const browserTimers: Timers = {
	set: (callback, ms) => setTimeout(callback, ms),
	clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};
