/**
 * Time values in the exact shapes the two SCORM versions demand. LMSs validate these strictly and reject the whole
 * SetValue on a near miss (`0:01:30`, three fractional digits, `P0S`), so every formatter works in whole
 * centiseconds (the finest unit either version allows) with integer arithmetic: no float formatting surprises, and
 * rounding 59.996 s up carries into the minute instead of printing `60`.
 *
 * Pure functions, no DOM.
 */

import type { ScormVersion } from './data-model.ts';

const CS_PER_SECOND = 100;
const CS_PER_MINUTE = 60 * CS_PER_SECOND;
const CS_PER_HOUR = 60 * CS_PER_MINUTE;

/** 9999:59:59.99, the largest CMITimespan (hours have at most 4 digits). */
const MAX_SCORM12_TIMESPAN_CS = 9999 * CS_PER_HOUR + 59 * CS_PER_MINUTE + 59 * CS_PER_SECOND + 99;

/**
 * Milliseconds → whole centiseconds. A duration the course cannot measure (NaN, ±Infinity from a broken clock,
 * negative when the device clock jumped back) is reported as zero: a slightly wrong session time costs nothing,
 * a rejected one can make an LMS drop the commit it arrived with.
 */
function toCentiseconds(ms: number): number {
	if (!Number.isFinite(ms) || ms <= 0) return 0;
	return Math.round(ms / 10);
}

/** Two digits at least: `07`, `59`, `1234`. */
function pad(n: number): string {
	return String(n).padStart(2, '0');
}

/** `.25`, `.5` (trailing zero dropped: both forms are valid and shorter is kinder to 4096-char budgets), or ``. */
function fraction(cs: number): string {
	if (cs === 0) return '';
	return `.${pad(cs).replace(/0$/, '')}`;
}

/** Hours, minutes, seconds and centiseconds (an array: destructuring an object would ship its four key names). */
function split(cs: number): [hours: number, minutes: number, seconds: number, centis: number] {
	return [Math.floor(cs / CS_PER_HOUR), Math.floor(cs / CS_PER_MINUTE) % 60, Math.floor(cs / CS_PER_SECOND) % 60, cs % CS_PER_SECOND];
}

/**
 * SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` (RTE 3.4.2, data type CMITimespan): hours 2–4 digits, minutes and seconds
 * 2 digits, seconds optionally followed by 1–2 decimals. Used for cmi.core.session_time and interactions' latency.
 * `0:01:30` (one hour digit) is invalid although some runtimes accept it. Longer than 9999 h clamps to the maximum.
 */
export function scorm12Timespan(ms: number): string {
	const [hours, minutes, seconds, centis] = split(Math.min(toCentiseconds(ms), MAX_SCORM12_TIMESPAN_CS));
	return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}${fraction(centis)}`;
}

/** Throws on an invalid Date: there is no honest time to report, and the adapter can leave the field unset. */
function checkDate(date: Date | number): Date {
	const d = new Date(date);
	if (Number.isNaN(d.getTime())) throw new RangeError('Invalid date');
	return d;
}

/**
 * SCORM 1.2 CMITime `HH:MM:SS` for cmi.interactions.n.time: a time of day on a 24-hour clock with no date and no
 * zone, so it can only mean the learner's local time. Fractional seconds are allowed by the spec but left out:
 * they add nothing for a quiz answer and some LMSs parse only the plain form. `toTimeString()` starts with exactly
 * that (ECMA-262 TimeString: local `HH:mm:ss`, two digits each, then ` GMT…`).
 */
export function scorm12Time(date: Date | number): string {
	return checkDate(date).toTimeString().slice(0, 8);
}

/**
 * SCORM 2004 timeinterval (RTE 4.1, ISO 8601 duration) for cmi.session_time and interactions' latency, e.g.
 * `PT1H2M3.45S`, at most 2 fractional digits. Zero is `PT0S`: `P0S` is not ISO 8601 (S needs the T designator) even
 * though scorm-again accepts it. Only H/M/S are used, hours may exceed 24 (`PT36H`): days, months and years would
 * make an LMS guess their length, hours are exact.
 */
export function scorm2004Duration(ms: number): string {
	const [hours, minutes, seconds, centis] = split(toCentiseconds(ms));
	let out = 'PT';
	if (hours) out += `${hours}H`;
	if (minutes) out += `${minutes}M`;
	if (seconds || centis) out += `${seconds}${fraction(centis)}S`;
	return out === 'PT' ? 'PT0S' : out;
}

/**
 * SCORM 2004 time(second,10,2) for cmi.interactions.n.timestamp, in UTC: `YYYY-MM-DDThh:mm:ss.ssZ`.
 *
 * Why not `toISOString()` as it is: it gives 3 fractional digits and Moodle rejects them, so the third is cut off
 * (for the years allowed here it is always `YYYY-MM-DDTHH:mm:ss.sssZ`). Why *always* 2 digits, even `.00`:
 * the spec's grammar is `YYYY[-MM[-DD[Thh[:mm[:ss[.s[TZD]]]]]]]` — a zone designator may only follow fractional
 * seconds, so `…:09Z` is invalid (scorm-again rejects it with 406) while `…:09.00Z` is valid. Truncated, not
 * rounded, so 10:05:09.999 never becomes 10:05:10 and a carry can never ripple into the date.
 *
 * The spec caps the year at 2038; neither scorm-again nor Moodle enforces that, so only years outside 1970–9999
 * (which cannot be written in 4 digits, or which every validator rejects) throw.
 */
export function scorm2004Timestamp(date: Date | number): string {
	const d = checkDate(date);
	const year = d.getUTCFullYear();
	if (year < 1970 || year > 9999) throw new RangeError(`Year ${year} is outside 1970–9999`);
	return `${d.toISOString().slice(0, 22)}Z`;
}

/** Session time / latency in the version's format, so adapters need not branch. */
export function timespan(version: ScormVersion, ms: number): string {
	return version === 'scorm12' ? scorm12Timespan(ms) : scorm2004Duration(ms);
}

/** cmi.interactions.n.time (1.2) / .timestamp (2004) in the version's format. */
export function interactionTime(version: ScormVersion, date: Date | number): string {
	return version === 'scorm12' ? scorm12Time(date) : scorm2004Timestamp(date);
}
