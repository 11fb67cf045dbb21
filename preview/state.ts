/**
 * The simulated LMS's live state: the current API instance and launch, the call log and LMS notes, the session's
 * bookkeeping and strict mode. One mutable record that the other modules read and change; views subscribe to hear
 * of new log rows and of changes.
 */

import { elapsed, options } from './config.ts';
import type { LaunchPlan, LmsApi, LmsEvent, LogEntry, ManifestInfo, StoredAttempt } from './types.ts';

export type SessionState = 'not initialized' | 'initialized' | 'terminated';

export const state = {
	/** The current scorm-again API instance (window.API or window.API_1484_11). */
	api: null as LmsApi | null,
	/** Every API call the SCO made since the page loaded (all sessions). */
	log: [] as LogEntry[],
	/** LMS-side notes: session starts, missing Terminate, seeding problems, strict refusals. */
	events: [] as LmsEvent[],
	/** What the LMS held when each earlier session ended (the stored record each launch of this page started from). */
	sessionHistory: [] as StoredAttempt[],
	manifest: null as ManifestInfo | null,
	plan: null as LaunchPlan | null,
	/** LMS-held total time at launch (the SCO cannot change it; it grows at Terminate). */
	launchTotalTime: '',
	/** Strict mode: the toggle, or ?strict= in the address. */
	strict: options.strict,
	/** Set while discarding the attempt (New attempt): the unloading course's Terminate must not save it back. */
	discarding: false,
	/** Resolved when the current session's SCO calls Initialize / LMSInitialize. */
	initializedWaiters: [] as Array<() => void>
};

/** Session bookkeeping for the current API instance. */
export const session = {
	/** Launches since this page loaded. */
	number: 0,
	state: 'not initialized' as SessionState,
	/** Elements the SCO set successfully this session. */
	setElements: new Set<string>(),
	/** Successful SetValue calls since the last Commit/Terminate. */
	uncommitted: 0,
	commits: 0,
	lastCommitAt: null as Date | null,
	/** The last payload an LMS would have received (renderCommitCMI at commit/terminate). */
	lastPayload: null as unknown,
	/** The course's page is being dismissed (the LMS page unloads, or the LMS unloads the course's frame). */
	dismissing: false,
	/** The LMS ended this session itself (finishes-on-unload profile): later calls are refused. */
	finishedByLms: false,
	/** The first refusal by the LMS profile has been noted in the log (one note per session). */
	refusalNoted: false,
	/** Moodle 1.2 posts only what changed since its last post: the fields as last posted (launch, then each commit). */
	posted: new Map<string, string>()
};

/** Starts the bookkeeping of a new session. */
export function resetSession(): void {
	session.number++;
	session.state = 'not initialized';
	session.setElements = new Set();
	session.uncommitted = 0;
	session.commits = 0;
	session.lastCommitAt = null;
	session.lastPayload = null;
	session.dismissing = false;
	session.finishedByLms = false;
	session.refusalNoted = false;
	session.posted = new Map();
}

interface View {
	/** A call or note was added to the log. */
	logged(entry: LogEntry | LmsEvent): void;
	/** Something shown may have changed: redraw soon, or at once with `now`. */
	changed(now: boolean): void;
}
const views: View[] = [];

export function subscribe(view: View): void {
	views.push(view);
}

/** Tells the views a call was logged. */
export function logged(entry: LogEntry | LmsEvent): void {
	for (const v of views) v.logged(entry);
}

/** Tells the views something changed (`now`: redraw before returning, as at a launch). */
export function changed(now = false): void {
	for (const v of views) v.changed(now);
}

/** Adds an LMS note to the log. */
export function note(message: string, level: 'info' | 'warning' = 'info'): void {
	const e: LmsEvent = { launch: session.number, at: elapsed(), level, message };
	state.events.push(e);
	logged(e);
	changed();
}
