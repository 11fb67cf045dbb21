/**
 * Seconds in a stored SCORM time: 1.2 `HH:MM:SS(.SS)` (CMITimespan) or a 2004 ISO 8601 duration (`PT1H2M3.5S`,
 * days too, as an LMS may write them). Anything else (an empty session time) is 0: tests then fail on the amount.
 */
export function seconds(value: string | undefined): number {
	const text = value ?? '';
	const hms = /^(\d+):(\d\d):(\d\d(?:\.\d+)?)$/.exec(text);
	if (hms) return Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3]);
	const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text);
	return iso ? Number(iso[1] ?? 0) * 86400 + Number(iso[2] ?? 0) * 3600 + Number(iso[3] ?? 0) * 60 + Number(iso[4] ?? 0) : 0;
}
