/**
 * TEST-ONLY (imported by *.test.ts files, never by course code): scorm-again, the LMS runtime the tests judge the
 * course's SCORM values and calls against, in one place:
 * - `faultyLms`: the API as an adapter sees it, every call recorded (method, arguments, result, error), and made to
 *   fail call by call, like preview/faults.js does in the browser;
 * - `startLms` / `setFresh` / `writeInteraction`: an initialized LMS to ask whether a value is accepted.
 * scorm-again is lenient in places (see the tests' notes), so tests check the spec formats themselves as well.
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { ScormVersion } from './scorm/data-model.ts';

/** A fresh scorm-again API: quiet, no autocommit, optionally seeded with what the LMS holds (`cmi` JSON). */
export function scormAgain(version: ScormVersion, seed: Record<string, unknown> = {}): Scorm12API | Scorm2004API {
	const api = version === 'scorm12' ? new Scorm12API({ logLevel: 5, autocommit: false }) : new Scorm2004API({ logLevel: 5, autocommit: false });
	if (Object.keys(seed).length) api.loadFromJSON({ cmi: seed } as never, '');
	return api;
}

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
	const api = scormAgain(version, seed);
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

export interface TestLms {
	readonly version: ScormVersion;
	/** SetValue, returning the LMS's error code after it ("0" = accepted). */
	set(path: string, value: string): string;
	get(path: string): string;
	lastError(): string;
}

export function startLms(version: ScormVersion): TestLms {
	if (version === 'scorm12') {
		const api = scormAgain(version) as Scorm12API;
		api.LMSInitialize('');
		return {
			version,
			set: (path, value) => {
				api.LMSSetValue(path, value);
				return api.LMSGetLastError();
			},
			get: (path) => api.LMSGetValue(path),
			lastError: () => api.LMSGetLastError()
		};
	}
	const api = scormAgain(version) as Scorm2004API;
	api.Initialize('');
	return {
		version,
		set: (path, value) => {
			api.SetValue(path, value);
			return api.GetLastError();
		},
		get: (path) => api.GetValue(path),
		lastError: () => api.GetLastError()
	};
}

/** Error code of setting one top-level element on a fresh LMS. */
export function setFresh(version: ScormVersion, path: string, value: string): string {
	return startLms(version).set(path, value);
}

/**
 * Writes one interaction record (fields in the given order, `id` and `type` first as 2004 requires) on a fresh
 * LMS; returns each field's error code, so a failing test names the field.
 */
export function writeInteraction(version: ScormVersion, fields: ReadonlyArray<readonly [path: string, value: string]>) {
	const lms = startLms(version);
	return fields.map(([path, value]) => ({ path, value, error: lms.set(path, value) }));
}
