import type { ScormVersion } from './data-model.ts';

/**
 * Which LMS error codes are worth retrying. After a "false" the adapter reads GetLastError; the code says whether
 * the same call can succeed later (the LMS or its network is having trouble) or never will (the value or element is
 * wrong, so sending it again would fail the same way and only flood the LMS).
 *
 * PERMANENT: argument and data-model errors, decided by the value alone.
 *   1.2  (RTE 3.3.4): 201 invalid argument, 202 element cannot have children, 203 not an array, 401 not implemented,
 *        402 invalid set value (a keyword), 403 read only, 404 write only, 405 incorrect data type.
 *   2004 (RTE 3.1.7): 201 general argument error, 401 undefined element, 402 unimplemented, 403 value not
 *        initialized, 404 read only, 405 write only, 406 type mismatch, 407 value out of range, 408 dependency
 *        not established.
 * Everything else is TRANSIENT, notably 101 general exception (both), 1.2 301 not initialized (the LMS lost the
 * session, e.g. an idle time-out), 2004 351 general set failure, 391 general commit failure, 301 general get
 * failure, and the 1xx state errors (132/133/142/143…: LMS and course disagree about the session, which a retry or
 * the next launch can still fix), a call that threw, and "false" with no error code at all.
 */
const PERMANENT: Record<ScormVersion, ReadonlySet<number>> = {
	scorm12: new Set([201, 202, 203, 401, 402, 403, 404, 405]),
	scorm2004: new Set([201, 401, 402, 403, 404, 405, 406, 407, 408])
};

/** Whether a failed call with this error code (null: the call threw) can succeed if sent again. */
export function isTransient(version: ScormVersion, code: number | null): boolean {
	return code === null || !PERMANENT[version].has(code);
}
