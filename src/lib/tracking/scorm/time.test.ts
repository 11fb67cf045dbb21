import { describe, expect, it } from 'vitest';
import {
	interactionTime,
	scorm12Time,
	scorm12Timespan,
	scorm2004Duration,
	scorm2004Timestamp,
	timespan
} from './time.ts';
import { setFresh, writeInteraction } from '../scorm-again.testutil.ts';

// The spec formats, written strictly (scorm-again is looser in places, see the last describe block).
/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS, hours 2–4 digits, 0–2 decimals. */
const CMI_TIMESPAN_12 = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
/** SCORM 1.2 CMITime as we write it: HH:MM:SS on a 24-hour clock. */
const CMI_TIME_12 = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;
/** SCORM 2004 timeinterval: P[yY][mM][dD][T[hH][nM][s[.s]S]], ≤ 2 decimals, T only when a time part follows. */
const DURATION_2004 = /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;
/** What we promise for 2004 timestamps: UTC, exactly two fractional digits. */
const TIMESTAMP_2004 = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{2}Z$/;

const HOUR = 3_600_000;

/** Parses our 1.2 timespan back to centiseconds, to prove the value means what it should. */
function parse12(value: string): number {
	const [h, m, s] = value.split(':').map(Number) as [number, number, number];
	return Math.round(((h * 60 + m) * 60 + s) * 100);
}

/** Parses our 2004 duration (H/M/S only) back to centiseconds. */
function parse2004(value: string): number {
	const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(value);
	if (!m) throw new Error(`not an H/M/S duration: ${value}`);
	return Math.round((Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0)) * 100);
}

describe('scorm12Timespan', () => {
	it.each([
		[0, '00:00:00'],
		[1_000, '00:00:01'],
		[90_000, '00:01:30'],
		[5_250, '00:00:05.25'],
		[5_500, '00:00:05.5'],
		[5_010, '00:00:05.01'],
		[5_004, '00:00:05'], // below half a centisecond: rounds down
		[5_005, '00:00:05.01'], // half a centisecond rounds up
		[59_996, '00:01:00'], // 59.996 s rounds to 60.00 s and carries into the minute
		[HOUR - 1, '01:00:00'], // …and into the hour
		[HOUR + 2 * 60_000 + 3_450, '01:02:03.45'],
		[10 * HOUR, '10:00:00'],
		[100 * HOUR, '100:00:00'],
		[9999 * HOUR + 59 * 60_000 + 59_990, '9999:59:59.99']
	])('%d ms → %s', (ms, expected) => {
		expect(scorm12Timespan(ms)).toBe(expected);
	});

	it('clamps durations beyond 9999 hours to the largest CMITimespan', () => {
		expect(scorm12Timespan(10_000 * HOUR)).toBe('9999:59:59.99');
		expect(scorm12Timespan(Number.MAX_SAFE_INTEGER)).toBe('9999:59:59.99');
	});

	it.each([NaN, -1, -HOUR, Infinity, -Infinity])('reports an unmeasurable duration (%d) as zero', (ms) => {
		expect(scorm12Timespan(ms)).toBe('00:00:00');
	});

	it('always has at least two hour digits (never 0:01:30)', () => {
		expect(scorm12Timespan(90_000)).not.toMatch(/^\d:/);
	});
});

describe('scorm12Time', () => {
	it.each([
		[new Date(2026, 10, 24, 9, 5, 7, 890), '09:05:07'],
		[new Date(2026, 0, 1, 0, 0, 0, 0), '00:00:00'],
		[new Date(2026, 5, 30, 23, 59, 59, 999), '23:59:59'], // fraction dropped, never rounded up to 24:00:00
		[new Date(2026, 5, 30, 12, 0, 0), '12:00:00']
	])('%s → %s (local time of day)', (date, expected) => {
		expect(scorm12Time(date)).toBe(expected);
		expect(scorm12Time(date.getTime())).toBe(expected);
	});

	it('rejects an invalid date', () => {
		expect(() => scorm12Time(new Date(NaN))).toThrow(RangeError);
		expect(() => scorm12Time(NaN)).toThrow(RangeError);
	});
});

describe('scorm2004Duration', () => {
	it.each([
		[0, 'PT0S'],
		[4, 'PT0S'], // under half a centisecond
		[5, 'PT0.01S'],
		[100, 'PT0.1S'],
		[1_000, 'PT1S'],
		[90_500, 'PT1M30.5S'],
		[60_000, 'PT1M'],
		[HOUR, 'PT1H'],
		[HOUR + 50, 'PT1H0.05S'],
		[HOUR + 2 * 60_000 + 3_450, 'PT1H2M3.45S'],
		[59_996, 'PT1M'], // rounding carries
		[36 * HOUR, 'PT36H'], // hours beyond a day, no D designator
		[1000 * HOUR + 1, 'PT1000H']
	])('%d ms → %s', (ms, expected) => {
		expect(scorm2004Duration(ms)).toBe(expected);
	});

	it.each([NaN, -1, Infinity, -Infinity])('reports an unmeasurable duration (%d) as PT0S', (ms) => {
		expect(scorm2004Duration(ms)).toBe('PT0S');
	});

	it('never produces P0S, a bare P or PT', () => {
		for (const ms of [0, 1, 4, -3]) {
			const value = scorm2004Duration(ms);
			expect(value).toBe('PT0S');
			expect(value).toMatch(DURATION_2004);
		}
	});
});

describe('scorm2004Timestamp', () => {
	const at = (ms: number) => new Date(Date.UTC(2026, 10, 24, 10, 5, 9, ms));

	it.each([
		[at(600), '2026-11-24T10:05:09.60Z'],
		[at(0), '2026-11-24T10:05:09.00Z'],
		[at(5), '2026-11-24T10:05:09.00Z'],
		[at(19), '2026-11-24T10:05:09.01Z'],
		[at(999), '2026-11-24T10:05:09.99Z'], // truncated: never carries into the next second
		[new Date(Date.UTC(2026, 11, 31, 23, 59, 59, 999)), '2026-12-31T23:59:59.99Z'], // …or the next year
		[new Date(0), '1970-01-01T00:00:00.00Z'],
		[new Date(Date.UTC(2039, 0, 1)), '2039-01-01T00:00:00.00Z']
	])('%s → %s', (date, expected) => {
		expect(scorm2004Timestamp(date)).toBe(expected);
		expect(scorm2004Timestamp(date.getTime())).toBe(expected);
	});

	it('is UTC with exactly two fractional digits, unlike toISOString()', () => {
		const date = at(123);
		expect(date.toISOString()).toBe('2026-11-24T10:05:09.123Z');
		expect(scorm2004Timestamp(date)).toBe('2026-11-24T10:05:09.12Z');
	});

	it('rejects invalid dates and years that cannot be written', () => {
		expect(() => scorm2004Timestamp(new Date(NaN))).toThrow(RangeError);
		expect(() => scorm2004Timestamp(Date.UTC(1969, 11, 31, 23, 59, 59))).toThrow(RangeError);
		expect(() => scorm2004Timestamp(Date.UTC(10000, 0, 1))).toThrow(RangeError);
	});

	it('parses back to the same instant, to the centisecond', () => {
		for (const ms of [0, 1_700_000_000_123, 1_800_000_000_999, 2_000_000_000_010]) {
			const value = scorm2004Timestamp(ms);
			expect(value).toMatch(TIMESTAMP_2004);
			expect(Date.parse(value)).toBe(ms - (ms % 10));
		}
	});
});

describe('version dispatch', () => {
	it('timespan and interactionTime pick the version format', () => {
		expect(timespan('scorm12', 90_500)).toBe('00:01:30.5');
		expect(timespan('scorm2004', 90_500)).toBe('PT1M30.5S');
		const date = new Date(Date.UTC(2026, 10, 24, 10, 5, 9, 600));
		expect(interactionTime('scorm12', date)).toBe(scorm12Time(date));
		expect(interactionTime('scorm2004', date)).toBe('2026-11-24T10:05:09.60Z');
	});
});

describe('spec formats and scorm-again accept every value', () => {
	// Deterministic spread of durations from 0 to 1000 h, including awkward fractions.
	const durations = [0, 1, 4, 5, 9, 10, 995, 999, 59_999, 90_500, HOUR - 5, HOUR + 5, 1000 * HOUR + 7];
	const scales = [1, 997, 514_291];
	for (let i = 0; i < 60; i++) durations.push(((i * 7919) % 1000) * (scales[i % 3] ?? 1) + i);

	it('1.2 session_time and latency', () => {
		for (const ms of durations) {
			const value = scorm12Timespan(ms);
			expect(value).toMatch(CMI_TIMESPAN_12);
			expect(parse12(value)).toBe(Math.round(ms / 10));
			expect(setFresh('scorm12', 'cmi.core.session_time', value), value).toBe('0');
		}
	});

	it('2004 session_time and latency', () => {
		for (const ms of durations) {
			const value = scorm2004Duration(ms);
			expect(value).toMatch(DURATION_2004);
			expect(parse2004(value)).toBe(Math.round(ms / 10));
			expect(setFresh('scorm2004', 'cmi.session_time', value), value).toBe('0');
		}
	});

	it('1.2 interaction time and latency, 2004 interaction timestamp and latency', () => {
		const shown = new Date(2026, 10, 24, 23, 59, 58, 995);
		const answered = new Date(shown.getTime() + 12_345);
		const latency = answered.getTime() - shown.getTime();

		expect(scorm12Time(answered)).toMatch(CMI_TIME_12);
		const r12 = writeInteraction('scorm12', [
			['cmi.interactions.0.id', 'q1'],
			['cmi.interactions.0.type', 'true-false'],
			['cmi.interactions.0.time', scorm12Time(answered)],
			['cmi.interactions.0.latency', scorm12Timespan(latency)]
		]);
		expect(r12.filter((r) => r.error !== '0')).toEqual([]);

		expect(scorm2004Timestamp(answered)).toMatch(TIMESTAMP_2004);
		const r2004 = writeInteraction('scorm2004', [
			['cmi.interactions.0.id', 'q1'],
			['cmi.interactions.0.type', 'true-false'],
			['cmi.interactions.0.timestamp', scorm2004Timestamp(answered)],
			['cmi.interactions.0.latency', scorm2004Duration(latency)]
		]);
		expect(r2004.filter((r) => r.error !== '0')).toEqual([]);
	});

	it('the largest 1.2 timespan is accepted', () => {
		expect(setFresh('scorm12', 'cmi.core.session_time', scorm12Timespan(1e15))).toBe('0');
	});
});

/**
 * What scorm-again lets through although the specs do not, and what it rejects: the reasons the formatters are
 * stricter than "scorm-again accepts it". If scorm-again tightens, these document the change.
 */
describe('scorm-again 3.4 leniency and strictness (documentation)', () => {
	it('accepts 1.2 timespans with one hour digit, which the spec forbids', () => {
		expect(setFresh('scorm12', 'cmi.core.session_time', '0:01:30')).toBe('0');
		expect('0:01:30').not.toMatch(CMI_TIMESPAN_12);
	});

	it('accepts P0S, P and PT in 2004, which are not valid ISO 8601 durations', () => {
		for (const value of ['P0S', 'P', 'PT']) {
			expect(setFresh('scorm2004', 'cmi.session_time', value)).toBe('0');
			expect(value).not.toMatch(DURATION_2004);
		}
	});

	it('rejects three fractional digits in both versions', () => {
		expect(setFresh('scorm12', 'cmi.core.session_time', '00:00:05.255')).toBe('405');
		expect(setFresh('scorm2004', 'cmi.session_time', 'PT5.255S')).toBe('406');
	});

	it('rejects a 2004 timestamp with a zone but no fractional seconds', () => {
		const write = (ts: string) =>
			writeInteraction('scorm2004', [
				['cmi.interactions.0.id', 'q1'],
				['cmi.interactions.0.type', 'true-false'],
				['cmi.interactions.0.timestamp', ts]
			])[2]?.error;
		expect(write('2026-11-24T10:05:09Z')).toBe('406');
		expect(write('2026-11-24T10:05:09.00Z')).toBe('0');
		// It accepts toISOString()'s three digits; Moodle does not, hence exactly two.
		expect(write('2026-11-24T10:05:09.600Z')).toBe('0');
	});
});
