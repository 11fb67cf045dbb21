/**
 * The LMSs the preview can play, each a set of behaviours measured in a real LMS (README, "In an LMS"). A designer
 * picks one in the top bar (or `?lms=`) and sees what that LMS would store. Pure: names, descriptions and the rules
 * each profile applies, decided from plain records; session.ts and api.ts apply them.
 *
 * - `scorm-again`: the plain runtime, lenient, as before.
 * - `moodle`: Moodle 5's SCORM player — at LMSFinish / Terminate "mastery score overrides status" (1.2) and the
 *   completion threshold (2004); the 2004 passing score from the LAST manifest objective (1.0 when it has none);
 *   total time = the time held at launch + the last session_time the SCO set; a call made while the page is being
 *   dismissed goes out as a beacon of the whole data model, refused past 64 KiB (the call returns "false", 101).
 * - `finishes-on-unload`: an LMS whose page sends its OWN Finish on `beforeunload`, with the data model as it stands
 *   (Forma LMS 4's `forceFinish`), and refuses the course's calls during page dismissal (its synchronous request is
 *   refused by the browser): whatever the course set before the LMS page began to unload is all it stores.
 */

import type { ScormVersion } from '../src/lib/tracking/scorm/data-model.ts';
import type { Cmi } from './types.ts';

export const LMS_PROFILES = ['scorm-again', 'moodle', 'finishes-on-unload'] as const;
export type LmsProfile = (typeof LMS_PROFILES)[number];

export const PROFILE_INFO: Readonly<Record<LmsProfile, { label: string; summary: string }>> = {
	'scorm-again': { label: 'scorm-again (plain)', summary: 'scorm-again alone: stores what the course commits and terminates with.' },
	moodle: {
		label: 'Moodle 5',
		summary:
			'At finish, mastery score overrides status (1.2) and the completion threshold applies (2004); passing score from the last manifest objective; total time adds the last session_time; a call while the page closes is a beacon, refused past 64 KiB.'
	},
	'finishes-on-unload': {
		label: 'Finishes on unload (Forma)',
		summary:
			'When the LMS page unloads it sends its own Finish with the data model as it stands, then refuses the course’s calls: only what the course set before is stored.'
	}
};

/** Chromium refuses a beacon once the keepalive bodies in flight pass 64 KiB. */
export const BEACON_LIMIT = 64 * 1024;

export const isProfile = (value: unknown): value is LmsProfile => LMS_PROFILES.includes(value as LmsProfile);

/** `?lms=` when it names a profile, else the stored choice, else the plain runtime. */
export function chooseProfile(search: string, stored: string | null): LmsProfile {
	const asked = new URLSearchParams(search).get('lms');
	if (isProfile(asked)) return asked;
	return isProfile(stored) ? stored : 'scorm-again';
}

/**
 * Moodle 5's SCORM 2004 passing score: the `minNormalizedMeasure` of the LAST objective of the item (mod/scorm
 * scorm_13lib.php: each objective in turn overwrites cmi.scaled_passing_score; an objective without one is stored
 * as 1.0). Null when the item declares no objective (then no passing score is sent).
 */
export function moodlePassingScore(measures: ReadonlyArray<number | null>): number | null {
	if (measures.length === 0) return null;
	return measures.at(-1) ?? 1;
}

/**
 * What Moodle changes in the data model at LMSFinish / Terminate before storing it (scorm_12.js / scorm_13.js
 * StoreData with storetotaltime): returns the element values it overrides, by dotted path. Normal mode with credit
 * only, as Moodle does.
 */
export function moodleFinishOverrides(version: ScormVersion, cmi: Cmi, masteryOverride = true): Record<string, string> {
	if (version === 'scorm12') {
		const core = cmi.core ?? {};
		const out: Record<string, string> = {};
		let status = String(core.lesson_status ?? '');
		if (status === 'not attempted') status = out['cmi.core.lesson_status'] = 'completed';
		const mastery = String(cmi.student_data?.mastery_score ?? '');
		const raw = String(core.score?.raw ?? '');
		if (masteryOverride && core.lesson_mode === 'normal' && core.credit === 'credit' && mastery !== '' && raw !== '') {
			const judged = Number.parseFloat(raw) >= Number.parseFloat(mastery) ? 'passed' : 'failed';
			if (judged !== status) out['cmi.core.lesson_status'] = judged;
		}
		return out;
	}
	const threshold = String(cmi.completion_threshold ?? '');
	const progress = String(cmi.progress_measure ?? '');
	if (cmi.mode !== 'normal' || cmi.credit !== 'credit' || threshold === '' || progress === '') return {};
	const completion = Number.parseFloat(progress) >= Number.parseFloat(threshold) ? 'completed' : 'incomplete';
	return completion === cmi.completion_status ? {} : { 'cmi.completion_status': completion };
}

/** Elements Moodle never posts (read-only to the SCO, or computed by Moodle itself). */
const NOT_POSTED = new Set([
	'_version',
	'credit',
	'entry',
	'mode',
	'lesson_mode',
	'total_time',
	'learner_id',
	'learner_name',
	'student_id',
	'student_name',
	'launch_data',
	'scaled_passing_score',
	'completion_threshold',
	'max_time_allowed',
	'time_limit_action',
	'mastery_score',
	'_children',
	'_count'
]);

/** The data model as Moodle's posts name it: every non-empty value the SCO can write, `cmi__a__b` → value. */
export function moodlePostedFields(version: ScormVersion, cmi: Cmi): Array<[string, string]> {
	const out: Array<[string, string]> = [];
	const walk = (node: unknown, path: string[]) => {
		if (node && typeof node === 'object') {
			for (const [key, value] of Object.entries(node)) walk(value, [...path, key]);
			return;
		}
		const value = node === undefined || node === null ? '' : String(node);
		const name = path.at(-1) ?? '';
		if (value === '' || NOT_POSTED.has(name)) return;
		// 1.2 posts session_time only at LMSFinish (as total_time); both versions post the rest.
		if (version === 'scorm12' && name === 'session_time') return;
		out.push([['cmi', ...path].join('__'), value]);
	};
	walk(cmi, []);
	return out;
}

/** Bytes of a beacon of multipart form data carrying these fields, as Chromium encodes FormData. */
export function beaconBytes(fields: ReadonlyArray<[string, string]>): number {
	const boundary = `----WebKitFormBoundary${'x'.repeat(16)}`;
	const encoder = new TextEncoder();
	let bytes = encoder.encode(`--${boundary}--\r\n`).length;
	for (const [name, value] of [...fields, ['unloading', '1'] as [string, string]]) {
		bytes += encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).length;
	}
	return bytes;
}

/** The session time the SCO last set, as the LMS holds it ('' when never set this session). */
export function sessionTimeOf(version: ScormVersion, cmi: Cmi): string {
	const value = version === 'scorm12' ? cmi.core?.session_time : cmi.session_time;
	return value === undefined || value === null ? '' : String(value);
}

/** The exit value the LMS holds. */
export const exitOf = (version: ScormVersion, cmi: Cmi): string => String((version === 'scorm12' ? cmi.core?.exit : cmi.exit) ?? '');

/** The bookmark the LMS holds. */
export const locationOf = (version: ScormVersion, cmi: Cmi): string => String((version === 'scorm12' ? cmi.core?.lesson_location : cmi.location) ?? '');

/** The error an LMS answers with when a call cannot reach its server (1.2 and 2004: 101 general exception). */
export const GENERAL_EXCEPTION = '101';
