import type { PreviewLogEntry } from '../../tests/preview/preview-lms.ts';
import type { ScormVersion } from '../../src/lib/tracking/scorm/data-model.ts';

/**
 * Reads the LMS preview's call log of one walk: how many calls of each kind, where the commits fall relative to
 * the checkpoints, the largest suspend_data, and writes of values the LMS already held. Pure, so it is unit-tested
 * apart from the browser.
 */

export interface LmsTraffic {
	/** Answers submitted ("Check my answer" clicks): the checkpoints. */
	answers: number;
	calls: number;
	getValue: number;
	setValue: number;
	commit: number;
	/**
	 * Commits before the first answer (launch); the most in one answer's window (from its submission to the next
	 * one, launch commits included in the first); and after the exit began.
	 */
	commitsAtLaunch: number;
	maxCommitsPerAnswer: number;
	commitsAtExit: number;
	terminated: boolean;
	/** Longest cmi.suspend_data value set, in characters. */
	largestSuspendData: number;
	/** SetValue calls whose value equals what the LMS already held for that element (last set or read). */
	redundantSetValues: { n: number; element: string; value: string }[];
	/** Calls the LMS answered with an error (2004's 403 "not initialized" for a first read is normal and left out). */
	errors: { n: number; method: string; args: string[]; errorCode: string }[];
}

/** Names of the API methods in each version. */
export const METHODS = {
	scorm12: { get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', finish: 'LMSFinish' },
	scorm2004: { get: 'GetValue', set: 'SetValue', commit: 'Commit', finish: 'Terminate' }
} as const;

const SUSPEND_DATA = 'cmi.suspend_data';

/**
 * Counts the calls of one session and checks them. `checkpoints` are log lengths just before each answer was
 * submitted; `exitAt` the log length just before the course frame was unloaded.
 */
export function analyseLog(version: ScormVersion, log: PreviewLogEntry[], checkpoints: number[], exitAt: number): LmsTraffic {
	const m = METHODS[version];
	const held = new Map<string, string>();
	const redundantSetValues: LmsTraffic['redundantSetValues'] = [];
	let largestSuspendData = 0;
	let session = -1;
	for (const e of log) {
		// A relaunch starts a new session: what the previous one held no longer counts.
		if (e.launch !== session) {
			held.clear();
			session = e.launch;
		}
		const [element = '', value = ''] = e.args;
		if (e.method === m.get && e.errorCode === '0') held.set(element, e.result);
		if (e.method === m.set) {
			if (held.get(element) === value) redundantSetValues.push({ n: e.n, element, value });
			if (e.result === 'true') held.set(element, value);
			if (element === SUSPEND_DATA) largestSuspendData = Math.max(largestSuspendData, value.length);
		}
	}
	// Commit windows: answer i owns the calls up to answer i+1 (the last one, up to the exit); the exit owns the rest.
	// Launch calls belong to the first answer's window: a commit before any answer is not at a checkpoint, so it
	// counts against the first one.
	const bounds = [...checkpoints, exitAt];
	const commitsIn = (from: number, to: number) => log.slice(from, to).filter((e) => e.method === m.commit).length;
	const perAnswer = checkpoints.map((at, i) => commitsIn(i === 0 ? 0 : at, bounds[i + 1]!));
	return {
		answers: checkpoints.length,
		calls: log.length,
		getValue: log.filter((e) => e.method === m.get).length,
		setValue: log.filter((e) => e.method === m.set).length,
		commit: log.filter((e) => e.method === m.commit).length,
		commitsAtLaunch: commitsIn(0, checkpoints[0] ?? exitAt),
		maxCommitsPerAnswer: Math.max(0, ...perAnswer),
		commitsAtExit: commitsIn(exitAt, log.length),
		terminated: log.some((e) => e.method === m.finish && e.result === 'true'),
		largestSuspendData,
		redundantSetValues,
		errors: log
			.filter((e) => e.errorCode !== '0' && !(version === 'scorm2004' && e.errorCode === '403'))
			.map(({ n, method, args, errorCode }) => ({ n, method, args, errorCode }))
	};
}
