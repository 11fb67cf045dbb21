import { dataModel, type ScormVersion } from './data-model.ts';

/**
 * The LMS's API objects (SCORM 1.2 `window.API`, 2004 `window.API_1484_11`) as the course calls them: their types,
 * and one call surface over both (`bindApi`), so an adapter is written once. The element names and vocabulary the
 * calls carry are in the data-model table.
 */

// ---------------------------------------------------------------------------------------------------------------
// The API objects. Typed loosely on purpose: the specs say every function returns a string ("true"/"false",
// error codes as "0", "403"…), but real LMSs return booleans or numbers too, so callers must normalise with
// String(r) === 'true' (see `bindApi`) rather than trust the declared type.
// ---------------------------------------------------------------------------------------------------------------

/** What a boolean-style API call may really return. */
export type ScormBooleanResult = string | boolean;
/** What GetLastError may really return: "0", "403", or a number from a sloppy LMS. */
export type ScormErrorCodeResult = string | number;

/** SCORM 1.2 `window.API` (RTE 3.3). Every call takes an empty-string parameter where one is listed as `''`. */
export interface ScormApi12 {
	LMSInitialize(param: ''): ScormBooleanResult;
	LMSFinish(param: ''): ScormBooleanResult;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): ScormBooleanResult;
	LMSCommit(param: ''): ScormBooleanResult;
	LMSGetLastError(): ScormErrorCodeResult;
	LMSGetErrorString(errorCode: string): string;
	LMSGetDiagnostic(errorCode: string): string;
}

/** SCORM 2004 `window.API_1484_11` (IEEE 1484.11.2). */
export interface ScormApi2004 {
	Initialize(param: ''): ScormBooleanResult;
	Terminate(param: ''): ScormBooleanResult;
	GetValue(element: string): string;
	SetValue(element: string, value: string): ScormBooleanResult;
	Commit(param: ''): ScormBooleanResult;
	GetLastError(): ScormErrorCodeResult;
	GetErrorString(errorCode: string): string;
	GetDiagnostic(errorCode: string): string;
}

export interface ScormApiByVersion {
	scorm12: ScormApi12;
	scorm2004: ScormApi2004;
}

// ---------------------------------------------------------------------------------------------------------------
// One call surface over both APIs, so an adapter is written once.
// ---------------------------------------------------------------------------------------------------------------

/** The eight API calls with the version's names hidden and the LMS's loose return types normalised. */
export interface ScormCalls {
	readonly version: ScormVersion;
	initialize(): boolean;
	terminate(): boolean;
	/** Always a string: some LMSs return null/undefined/numbers for empty or numeric elements. */
	getValue(path: string): string;
	setValue(path: string, value: string): boolean;
	commit(): boolean;
	/** The last error as a number; "" counts as 0, anything else unparseable as a general exception (101). */
	getLastError(): number;
	getErrorString(code: number): string;
	getDiagnostic(code: number): string;
}

/** "true" and true both mean success; everything else (including "false", "", undefined) is failure. */
export function isScormTrue(result: unknown): boolean {
	return String(result) === 'true';
}

type AnyMethod = (...args: string[]) => unknown;

/**
 * Wraps an LMS API object so callers use one vocabulary. Does not catch exceptions thrown by the LMS's own code:
 * the adapter decides what a throwing LMS means for the learner. Pure: the API object is whatever was found.
 */
export function bindApi<V extends ScormVersion>(version: V, api: ScormApiByVersion[V]): ScormCalls {
	const m = dataModel[version].methods;
	const call = (name: string, ...args: string[]): unknown => {
		const fn = (api as unknown as Record<string, AnyMethod>)[name];
		if (typeof fn !== 'function') throw new TypeError(`The SCORM API has no ${name}()`);
		// Call as a method: LMS APIs are often class instances that use `this`.
		return fn.apply(api, args);
	};
	return {
		version,
		initialize: () => isScormTrue(call(m.initialize, '')),
		terminate: () => isScormTrue(call(m.terminate, '')),
		getValue: (path) => {
			const value = call(m.getValue, path);
			return value === null || value === undefined ? '' : String(value);
		},
		setValue: (path, value) => isScormTrue(call(m.setValue, path, value)),
		commit: () => isScormTrue(call(m.commit, '')),
		getLastError: () => {
			const raw = call(m.getLastError);
			// Some LMSs answer "" (or nothing) for "no error"; anything else unreadable is treated as a failure.
			if (raw === '' || raw === null || raw === undefined) return dataModel[version].errors.noError;
			const code = Number.parseInt(String(raw), 10);
			return Number.isNaN(code) ? dataModel[version].errors.generalException : code;
		},
		getErrorString: (code) => String(call(m.getErrorString, String(code)) ?? ''),
		getDiagnostic: (code) => String(call(m.getDiagnostic, String(code)) ?? '')
	};
}
