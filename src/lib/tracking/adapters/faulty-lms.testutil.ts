/**
 * TEST-ONLY: a scorm-again LMS whose API can be made to fail, call by call, like preview/faults.js does in the
 * browser; a clock and timers the test moves by hand; and an in-memory Storage.
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { ScormVersion } from '../scorm/data-model.ts';
import type { Timers } from '../timers.ts';

export type Method = 'initialize' | 'terminate' | 'getValue' | 'setValue' | 'commit';
/** What a faulty call does: answer "false" with this error code, or throw. */
export type Fault = { code: string } | 'throw';
export type FaultRule = (method: Method, args: string[]) => Fault | null;

const NAMES: Record<ScormVersion, Record<Method, string> & { lastError: string }> = {
	scorm12: { initialize: 'LMSInitialize', terminate: 'LMSFinish', getValue: 'LMSGetValue', setValue: 'LMSSetValue', commit: 'LMSCommit', lastError: 'LMSGetLastError' },
	scorm2004: { initialize: 'Initialize', terminate: 'Terminate', getValue: 'GetValue', setValue: 'SetValue', commit: 'Commit', lastError: 'GetLastError' }
};

export interface Call {
	method: Method;
	args: string[];
	result: string;
	error: string;
	faulty: boolean;
}

export function faultyLms(version: ScormVersion, seed: Record<string, unknown> = {}) {
	const api = version === 'scorm12' ? new Scorm12API({ logLevel: 5, autocommit: false }) : new Scorm2004API({ logLevel: 5, autocommit: false });
	if (Object.keys(seed).length) api.loadFromJSON({ cmi: seed } as never, '');
	const names = NAMES[version];
	const byName = new Map(Object.entries(names).map(([k, v]) => [v, k as Method]));
	const calls: Call[] = [];
	let rule: FaultRule = () => null;
	let injected: string | null = null;
	const target = api as unknown as Record<string, (...a: string[]) => unknown>;
	const proxy = new Proxy(target, {
		get(t, name: string) {
			const fn = t[name];
			if (typeof fn !== 'function') return fn;
			if (name === names.lastError) return () => injected ?? String(fn.call(t));
			const method = byName.get(name);
			if (!method) return fn.bind(t);
			return (...args: string[]) => {
				injected = null;
				const fault = rule(method, args);
				if (fault === 'throw') {
					calls.push({ method, args, result: 'throw', error: '', faulty: true });
					throw new Error(`LMS ${name} blew up`);
				}
				if (fault) {
					injected = fault.code;
					calls.push({ method, args, result: 'false', error: fault.code, faulty: true });
					return 'false';
				}
				const result = String(fn.apply(t, args));
				calls.push({ method, args, result, error: String(t[names.lastError]!.call(t)), faulty: false });
				return result;
			};
		}
	});
	return {
		api: proxy as never,
		calls,
		/** Sets the fault rule (none: every call goes to scorm-again). */
		fail(next: FaultRule | null) {
			rule = next ?? (() => null);
		},
		/** What the LMS holds now, write-only elements included. */
		cmi: () => (api.renderCMIToJSONObject() as { cmi: Record<string, unknown> }).cmi,
		raw: api
	};
}

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
