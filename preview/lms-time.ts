/**
 * Time as an LMS keeps it: total time = the total held at launch + the session time the SCO set LAST (SCORM 2004 RTE
 * 4.2.21; Moodle's Finish/Terminate, AddTime(total_time, session_time)). The values are parsed here and written
 * with the course's own formatters (src/lib/tracking/scorm/time.ts), so the preview shows them in each version's
 * exact shape. A value that does not parse counts as zero, as an LMS that ignores it would.
 */

import type { ScormVersion } from '../src/lib/tracking/scorm/data-model.ts';
import { timespan } from '../src/lib/tracking/scorm/time.ts';

/** `HHHH:MM:SS(.SS)` (1.2 CMITimespan) or an ISO 8601 duration with H/M/S and days (2004) → milliseconds. */
export function durationMs(value: string): number {
	const hms = /^(\d{2,4}):(\d{2}):(\d{2})(?:\.(\d{1,2}))?$/.exec(value);
	if (hms) {
		const [, h, m, s, f = '0'] = hms;
		return ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(f.padEnd(2, '0')) * 10;
	}
	const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value);
	if (!iso || value === 'P' || value.endsWith('T')) return 0;
	const [, d = '0', h = '0', m = '0', s = '0'] = iso;
	return Math.round(((Number(d) * 24 + Number(h)) * 60 + Number(m)) * 60_000 + Number(s) * 1000);
}

/** The total time after a session: what was held at launch plus the session time the SCO last reported. */
export function addSessionTime(version: ScormVersion, total: string, session: string): string {
	return timespan(version, durationMs(total) + durationMs(session));
}
