/**
 * `window.previewLms`: the preview's handle for automated tests (and the console) — the API, the data model, the call
 * log and LMS notes, launches, storage, strict mode, the LMS profile. Its shape is declared for tests in tests/preview/preview-lms.ts.
 */

import { packagePath, profile, storageKey, version } from './config.ts';
import { setProfile, setStrictMode } from './chrome.ts';
import { scheduleRender } from './render.ts';
import { getData, newAttempt, relaunch } from './session.ts';
import { session, state } from './state.ts';
import { loadRecord } from './storage.ts';

let markReady: () => void = () => {};
const ready = new Promise<void>((resolve) => (markReady = resolve));
/** Resolves previewLms.ready: the first launch has loaded the course frame. */
export { markReady };

export const previewLms = {
	version,
	/** The LMS this page plays (profiles.ts). */
	profile,
	/** Plays another LMS: stores the choice and reloads the page with ?lms=. */
	setProfile,
	storageKey,
	packagePath,
	/** The current API instance (a new one after each relaunch). */
	get api() {
		return state.api;
	},
	getData,
	/** Every API call the SCO made since the page loaded (all sessions). */
	log: state.log,
	/** LMS-side notes: session starts, missing Terminate, seeding problems. */
	events: state.events,
	/**
	 * Log entries with a non-zero error code. Pass codes to leave out, e.g. errors(['403']) to ignore 2004 reads of
	 * never-set elements (cmi.suspend_data, cmi.location… on a first launch: spec-correct "not initialized").
	 */
	errors: (ignore: string[] = []) => state.log.filter((e) => e.errorCode !== '0' && !ignore.includes(e.errorCode)),
	relaunch,
	newAttempt,
	/** Whether strict mode is on (the Strict LMS toggle or ?strict=1). */
	get strict() {
		return state.strict;
	},
	/** Turns strict mode on or off (and stores the choice), as the toggle does. */
	setStrict: (on: boolean) => {
		setStrictMode(on);
		scheduleRender();
	},
	/** Log entries strict mode refused (a subset of errors()). */
	refusals: () => state.log.filter((e) => e.strict),
	/**
	 * The current launch: `number` counts launches since this page loaded (1, then +1 per relaunch); `attempt` and
	 * `session` are the stored learner attempt and the session within it; `state` is the API state.
	 */
	get launch() {
		const { plan } = state;
		return plan && { number: session.number, entry: plan.entry, attempt: plan.attempt, session: plan.session, reason: plan.reason, state: session.state };
	},
	/** The manifest as this LMS read it. */
	get manifest() {
		return state.manifest;
	},
	/** What is stored for the next launch (the last commit or terminate). */
	stored: () => loadRecord(storageKey),
	/**
	 * The stored record each launch of this page started from, oldest first: after a relaunch, `previous()` is what
	 * the LMS received from the session that just ended, even when a new 2004 attempt has started with fresh data.
	 */
	history: state.sessionHistory,
	previous: () => state.sessionHistory.at(-1) ?? null,
	/** Resolves once the first launch has loaded the course frame. */
	ready,
	/** Resolves when the current session's SCO has called Initialize / LMSInitialize. */
	whenInitialized(): Promise<void> {
		return session.state !== 'not initialized' ? Promise.resolve() : new Promise((resolve) => state.initializedWaiters.push(() => resolve()));
	}
};
