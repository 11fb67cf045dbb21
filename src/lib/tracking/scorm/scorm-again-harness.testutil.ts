/**
 * TEST-ONLY helper (imported by *.test.ts files, never by course code): a scorm-again LMS runtime per SCORM version,
 * used as an independent judge of the values our formatters produce. scorm-again is lenient in places (see the
 * tests' notes), so tests check the spec formats themselves as well; this harness only proves an LMS-side
 * validator accepts what we send.
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { ScormVersion } from './data-model.ts';

const QUIET = { logLevel: 5 as const };

export interface TestLms {
	readonly version: ScormVersion;
	/** SetValue, returning the LMS's error code after it ("0" = accepted). */
	set(path: string, value: string): string;
	get(path: string): string;
	lastError(): string;
}

export function startLms(version: ScormVersion): TestLms {
	if (version === 'scorm12') {
		const api = new Scorm12API(QUIET);
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
	const api = new Scorm2004API(QUIET);
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
