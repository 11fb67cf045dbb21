/**
 * TEST-ONLY: time and storage the tests control — timers and a clock moved by hand, and an in-memory Storage.
 */
import type { Timers } from './timers.ts';

/** Timers and a clock moved by hand: `advance(ms)` runs what falls due, in order. */
export function manualTimers() {
	let now = 1_000_000;
	let nextId = 1;
	const queue = new Map<number, { at: number; fn: () => void }>();
	const timers: Timers = {
		set(fn, ms) {
			const id = nextId++;
			queue.set(id, { at: now + ms, fn });
			return id;
		},
		clear(id) {
			queue.delete(id as number);
		}
	};
	return {
		timers,
		now: () => now,
		pending: () => [...queue.values()].map((t) => t.at - now).sort((a, b) => a - b),
		advance(ms: number) {
			const end = now + ms;
			for (;;) {
				const due = [...queue.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
				if (!due) break;
				queue.delete(due[0]);
				now = due[1].at;
				due[1].fn();
			}
			now = end;
		}
	};
}

export function memoryStorage(): Storage & { dump(): Record<string, string> } {
	const data = new Map<string, string>();
	return {
		get length() {
			return data.size;
		},
		clear: () => data.clear(),
		getItem: (k) => data.get(k) ?? null,
		key: (i) => [...data.keys()][i] ?? null,
		removeItem: (k) => void data.delete(k),
		setItem: (k, v) => void data.set(k, String(v)),
		dump: () => Object.fromEntries(data)
	};
}
