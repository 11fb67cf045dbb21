import { ScormTracker } from '../../../src/lib/tracking/adapters/scorm.ts';
import type { ScormApi12, ScormApi2004 } from '../../../src/lib/tracking/scorm/api.ts';
import type { ScormVersion } from '../../../src/lib/tracking/scorm/data-model.ts';
import { objectiveId, PRIMARY_OBJECTIVE_ID } from '../../../src/lib/tracking/scorm/ids.ts';
import type { Checkpoint } from '../../../src/lib/tracking/tracker.ts';
import type { ConformanceInput, Failure, Rule } from './types.ts';
import { longestResponses, worstCaseProgress } from './worst-case.ts';

/**
 * How much an LMS must send to save a finished attempt at its largest. Moodle's SCORM 2004 player posts the WHOLE data
 * model on every Commit and Terminate, and once the page is closing it sends it as one `navigator.sendBeacon` of
 * multipart form data; Chromium refuses beacons past 64 KiB in flight, and the refused call (the Terminate that ends
 * the session and records its time) is lost. LMSs built on scorm-again post the whole data model as JSON.
 *
 * Measured, not estimated: the real SCORM adapter is driven through a full-progress attempt — every question, every
 * try the LMS allows, the longest valid answers, the largest saved progress, the longest bookmark — against an LMS
 * that only records what it is told, and the data model it is left holding is encoded as Moodle and scorm-again
 * would send it.
 */

/** The limit the rule holds: room under Chromium's 64 KiB beacon limit for an LMS's own fields and a growing course. */
export const PAYLOAD_LIMIT = 48 * 1024;

/** Tries measured when the course allows unlimited tries in an LMS (one record per question is kept either way). */
const TRIES_WHEN_UNLIMITED = 3;

/** Fields Moodle adds to each post (datamodel.php's parameters, the total time, the beacon marker), at full length. */
const MOODLE_EXTRA: ReadonlyArray<[string, string]> = [
	['id', '999999'],
	['a', '999999'],
	['sesskey', 'abcdefghij'],
	['attempt', '999'],
	['scoid', '999999'],
	['cmi__total_time', 'P99DT23H59M59.99S'],
	['unloading', '1']
];

/** Chromium's multipart boundary: `----WebKitFormBoundary` and 16 characters. */
const BOUNDARY = `----WebKitFormBoundary${'x'.repeat(16)}`;
const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

/** Moodle's element name in its posts (module.js `underscore`): `cmi.interactions.0.id` → `cmi__interactions__0__id`. */
export const moodleName = (element: string) => element.replace(/\./g, '__');

/** Bytes of one field in a multipart/form-data body, as Chromium writes FormData. */
export const multipartFieldBytes = (name: string, value: string) =>
	utf8(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);

/** The body of Moodle's closing beacon for this data model (its own fields included). */
export function moodleBeaconBytes(model: ReadonlyMap<string, string>): number {
	let bytes = utf8(`--${BOUNDARY}--\r\n`);
	for (const [element, value] of model) bytes += multipartFieldBytes(moodleName(element), value);
	for (const [name, value] of MOODLE_EXTRA) bytes += multipartFieldBytes(name, value);
	return bytes;
}

/** The data model as JSON, the way scorm-again based LMSs post it (flat names: a lower bound of the nested form). */
export const jsonBytes = (model: ReadonlyMap<string, string>) => utf8(JSON.stringify(Object.fromEntries(model)));

/** An LMS that keeps what it is told: the data model as the SCO leaves it. */
function recordingLms(version: ScormVersion, prefilledObjectives: readonly string[]) {
	const model = new Map<string, string>();
	prefilledObjectives.forEach((id, n) => model.set(`cmi.objectives.${n}.id`, id));
	const count = (prefix: string) => new Set([...model.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length).split('.')[0])).size;
	const get = (element: string) => {
		const array = /^(cmi\.(?:interactions|objectives))\._count$/.exec(element);
		return array ? String(count(`${array[1]}.`)) : (model.get(element) ?? '');
	};
	const set = (element: string, value: string) => (model.set(element, value), 'true');
	const ok = () => 'true';
	const api: ScormApi12 | ScormApi2004 =
		version === 'scorm12'
			? { LMSInitialize: ok, LMSFinish: ok, LMSCommit: ok, LMSGetValue: get, LMSSetValue: set, LMSGetLastError: () => '0', LMSGetErrorString: () => '', LMSGetDiagnostic: () => '' }
			: { Initialize: ok, Terminate: ok, Commit: ok, GetValue: get, SetValue: set, GetLastError: () => '0', GetErrorString: () => '', GetDiagnostic: () => '' };
	return { api, model };
}

/** The data model a finished, full-progress, every-try attempt leaves in the LMS. */
export function largestDataModel(input: ConformanceInput, version: ScormVersion): Map<string, string> {
	const { settings, lessons } = input.course;
	const prefilled = version === 'scorm2004' ? [PRIMARY_OBJECTIVE_ID, ...lessons.map((l) => objectiveId(l.slug))] : [];
	const { api, model } = recordingLms(version, prefilled);
	const tracker = new ScormTracker(version, api as never, settings.passMark);
	tracker.start();

	// The questions of the largest saved progress: every lesson question and the final check's biggest draw.
	const worst = worstCaseProgress(input, 'pasted').progress;
	const answered = input.items.filter((r) => r.item.id in worst.answers);
	const tries = settings.quiz.attempts.lms ?? TRIES_WHEN_UNLIMITED;
	const start = Date.UTC(2099, 11, 31, 23, 0, 0, 990);
	for (const { item, lesson } of answered) {
		const response = longestResponses(item, 'typed')?.[0];
		if (response === undefined) continue;
		for (let t = 1; t <= tries; t++) {
			// The longest time formats: a latency of hours, a time with two fractional digits.
			tracker.recordAnswer({ item, lessonSlug: lesson, response, correct: t === tries, shownAt: start, answeredAt: start + 36_000_000 + 990 });
		}
	}
	const mustKnow = lessons.flatMap((l) => l.quiz).filter((q) => q.mustKnow).length;
	const checkpoint: Checkpoint = {
		saved: input.format.serializeProgress(worst, input.course.fingerprint),
		location: worst.location,
		scorePercent: 100,
		progress: 1,
		completed: true,
		passed: true,
		lessons: [
			...lessons.map(({ slug, title, quiz }) => ({ slug, title, answered: quiz.length, total: quiz.length, scorePercent: 100 })),
			...(settings.quiz.final.perLesson > 0 ? [{ slug: 'final', title: 'Final check', answered: 1, total: 1, scorePercent: 100 }] : [])
		],
		mustKnow: settings.quiz.requireMustKnow && mustKnow ? { total: mustKnow, known: mustKnow, blocked: 0 } : null
	};
	tracker.save(checkpoint);
	tracker.quit();
	return model;
}

/** Bytes by kind of element (interactions, objectives, each other element), largest first. */
export function biggestParts(model: ReadonlyMap<string, string>, count = 4): string[] {
	const parts = new Map<string, { bytes: number; records: Set<string> }>();
	for (const [element, value] of model) {
		const record = /^cmi\.(interactions|objectives)\.(\d+)\./.exec(element);
		const key = record ? `cmi.${record[1]}` : element;
		const part = parts.get(key) ?? { bytes: 0, records: new Set() };
		part.bytes += multipartFieldBytes(moodleName(element), value);
		if (record) part.records.add(record[2]!);
		parts.set(key, part);
	}
	return [...parts]
		.sort((a, b) => b[1].bytes - a[1].bytes)
		.slice(0, count)
		.map(([key, { bytes, records }]) => `${key} ${bytes} B${records.size ? ` (${records.size} records)` : ''}`);
}

/** The check and the report's measure look at the same attempt: drive the adapter once per input and version. */
const measured = new WeakMap<ConformanceInput, Map<ScormVersion, Map<string, string>>>();
function dataModelOf(input: ConformanceInput, version: ScormVersion): Map<string, string> {
	const byVersion = measured.get(input) ?? new Map<ScormVersion, Map<string, string>>();
	measured.set(input, byVersion);
	const model = byVersion.get(version) ?? largestDataModel(input, version);
	byVersion.set(version, model);
	return model;
}

export const lmsPayload: Rule = {
	id: 'lms-payload',
	description: 'The whole data model a finished attempt leaves (every question, every try) fits one LMS post under the beacon limit',
	check(input) {
		const failures: Failure[] = [];
		for (const version of input.packages.map((p) => p.version)) {
			const model = dataModelOf(input, version);
			const beacon = moodleBeaconBytes(model);
			const json = jsonBytes(model);
			const largest = Math.max(beacon, json);
			if (largest <= PAYLOAD_LIMIT) continue;
			failures.push({
				subject: 'data model',
				version,
				found: `${beacon} B as Moodle's closing beacon, ${json} B as JSON (${model.size} elements); biggest: ${biggestParts(model).join(', ')}`,
				limit: `≤ ${PAYLOAD_LIMIT} B (Chromium refuses beacons past 64 KiB in flight)`
			});
		}
		return failures;
	},
	measure(input) {
		return input.packages
			.map((p) => {
				const model = dataModelOf(input, p.version);
				return `${p.version}: ${moodleBeaconBytes(model)} B beacon / ${jsonBytes(model)} B JSON of ${PAYLOAD_LIMIT}`;
			})
			.join('; ');
	}
};
