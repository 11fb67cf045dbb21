/**
 * The LMS side of the SCORM API: creates each session's scorm-again instance seeded with the launch plan's data
 * model, wraps its eight methods so every call is logged (arguments, result, error code), strict mode can refuse a
 * SetValue first and the LMS profile (profiles.ts) can act as its LMS does, and keeps what the SCO commits
 * (localStorage, on Commit and Terminate — or when the LMS finishes the session itself). Otherwise the SCO sees the
 * same results as from scorm-again alone.
 */

import { is12, options, profile, V, elapsed, storageKey, version } from './config.ts';
import { clip, str } from './dom.ts';
import { seedFor } from './launch-plan.ts';
import { addSessionTime } from './lms-time.ts';
import { BEACON_LIMIT, beaconBytes, exitOf, GENERAL_EXCEPTION, locationOf, moodleFinishOverrides, moodlePostedFields, sessionTimeOf } from './profiles.ts';
import { changed, logged, note, session, state } from './state.ts';
import { saveRecord } from './storage.ts';
import { strictCheck } from './strict.ts';
import type { LaunchPlan, LmsApi, LogEntry, Note, StoredAttempt, StrictRejection } from './types.ts';

type Method = (...args: unknown[]) => unknown;
type Win = Window & Record<string, unknown> & { previewFaults?: { wrap(api: LmsApi, v: typeof version, note: Note): void } };

/** Creates the API object for a new session, seeded and instrumented (the caller puts it on the window). */
export function createApi(plan: LaunchPlan): LmsApi {
	const win = window as unknown as Win;
	const Ctor = win[V.ctor];
	if (typeof Ctor !== 'function') throw new Error(`scorm-again did not define window.${V.ctor}`);
	// scorm-again 3.4 applies 1.2's "mastery score overrides status" by default: off, so the plain LMS stores what the
	// SCO set, and the Moodle profile applies Moodle's rule itself (profiles.ts), with a note in the log.
	const instance = new (Ctor as new (settings: object) => LmsApi)({ autocommit: false, logLevel: 5, mastery_override: false });
	const seed = seedFor(version, plan, state.manifest, options.mode, profile);
	try {
		instance.loadFromJSON(seed, '');
	} catch (err) {
		note(`Seeding the data model failed (${err}); loading element groups one by one.`, 'warning');
		for (const [k, v] of Object.entries(seed)) {
			try {
				instance.loadFromJSON({ [k]: v }, '');
			} catch (e) {
				note(`Could not seed cmi.${k}: ${e}`, 'warning');
			}
		}
	}
	win.previewFaults?.wrap(instance, version, note); // ?faults=…: see faults.js
	instrument(instance, session.number, plan);
	return instance;
}

/** The interaction type the LMS holds for record n ('' when not set): response formats depend on it. */
function heldInteractionType(instance: LmsApi, n: string): string {
	try {
		const interactions = instance.renderCMIToJSONObject()?.cmi?.interactions ?? {};
		return str(interactions[n]?.type);
	} catch {
		return '';
	}
}

/**
 * Wraps the API methods the SCO calls so every call is logged with its arguments, return value and error code,
 * and so the LMS side can react (save on commit/terminate, track state). The SCO sees the same results.
 */
function instrument(instance: LmsApi, launchNumber: number, plan: LaunchPlan): void {
	const originals = Object.fromEntries(V.allMethods.map((m) => [m, instance[m]])) as Record<string, Method | undefined>;
	const diag = new Set(V.diagnostics);
	const call = (name: string, ...args: unknown[]) => (originals[name] as Method).call(instance, ...args);
	/** Strict mode's refusal of this instance's last call: GetDiagnostic reports it until the next call clears it. */
	let refusal: StrictRejection | null = null;
	for (const method of V.allMethods) {
		const original = originals[method];
		if (typeof original !== 'function') continue;
		instance[method] = (...args: unknown[]) => {
			// SCORM: every call but the three error-handling ones starts by clearing the error state. scorm-again
			// 3.4 skips that in some GetValue paths (a successful read of cmi.completion_status after a failed call
			// still reports the old error), so the LMS does it here, as Moodle and SCORM Cloud do.
			if (!diag.has(method)) {
				instance.lastErrorCode = '0';
				refusal = null;
			}
			// Strict mode judges SetValue first (see strict.ts); only a running session's values, so scorm-again
			// still answers calls before Initialize / after Terminate with its own state errors.
			const refused =
				method === V.methods.setValue && state.strict && instance === state.api && session.state === 'initialized'
					? strictCheck(version, str(args[0]), str(args[1]), (n) => heldInteractionType(instance, n))
					: null;
			const lmsRefusal = !diag.has(method) && instance === state.api ? profileRefusal(instance, method) : null;
			let result: unknown;
			if (lmsRefusal) {
				instance.lastErrorCode = GENERAL_EXCEPTION;
				refusal = { code: GENERAL_EXCEPTION, diagnostic: lmsRefusal };
				result = method === V.methods.getValue ? '' : 'false';
			} else if (refused) {
				refusal = refused;
				instance.lastErrorCode = refused.code;
				result = 'false';
			} else if (refusal && method === V.methods.getDiagnostic && (str(args[0]) === '' || str(args[0]) === refusal.code)) {
				result = refusal.diagnostic;
			} else {
				if (method === V.methods.terminate && profile === 'moodle' && instance === state.api && session.state === 'initialized') applyMoodleFinish(instance);
				result = original.apply(instance, args);
			}
			const entry: LogEntry = {
				n: state.log.length + 1,
				launch: launchNumber,
				attempt: plan.attempt,
				session: plan.session,
				at: elapsed(),
				method,
				args: args.map(str),
				result: str(result),
				errorCode: '0'
			};
			if (!diag.has(method)) {
				entry.errorCode = str(instance.lastErrorCode ?? call(V.methods.getLastError)) || '0';
				if (entry.errorCode !== '0') {
					entry.errorString = str(call(V.methods.getErrorString, entry.errorCode));
					entry.diagnostic = refused ? refused.diagnostic : str(call(V.methods.getDiagnostic, entry.errorCode));
				}
			}
			if (refused) entry.strict = true;
			if (lmsRefusal) {
				entry.refusedBy = lmsRefusal;
				entry.diagnostic = lmsRefusal;
			}
			state.log.push(entry);
			logged(entry);
			if (lmsRefusal && !session.refusalNoted) {
				session.refusalNoted = true;
				note(`The LMS refused ${method}: ${lmsRefusal}`, 'warning');
			}
			if (refused) note(`Strict LMS refused ${method}(${JSON.stringify(clip(str(args[0]), 80))}) with ${refused.code} ${entry.errorString ?? ''}: ${refused.diagnostic}`, 'warning');
			if (instance === state.api) afterCall(entry);
			changed();
			return result;
		};
	}
}

/**
 * Why the LMS profile refuses this call now, or null: every call after the LMS finished the session itself
 * (finishes-on-unload), or, in Moodle, a Commit / Terminate made while the page is being dismissed whose beacon
 * would pass 64 KiB.
 */
function profileRefusal(instance: LmsApi, method: string): string | null {
	if (session.finishedByLms) return 'the LMS finished this session itself when its page began to unload; it refuses calls during page dismissal';
	if (profile !== 'moodle' || !session.dismissing || session.state !== 'initialized') return null;
	if (method !== V.methods.commit && method !== V.methods.terminate) return null;
	const fields = moodlePostedFields(version, instance.renderCMIToJSONObject().cmi).filter(([name, value]) => !is12 || session.posted.get(name) !== value);
	const bytes = beaconBytes(fields);
	return bytes > BEACON_LIMIT
		? `the page is closing, so Moodle sends the whole data model as a beacon: ${bytes.toLocaleString('en')} bytes, and Chromium refuses beacons past ${BEACON_LIMIT.toLocaleString('en')} bytes`
		: null;
}

/** Moodle's changes at LMSFinish / Terminate (mastery score overrides status, completion threshold), set as the LMS. */
function applyMoodleFinish(instance: LmsApi): void {
	const overrides = moodleFinishOverrides(version, instance.renderCMIToJSONObject().cmi);
	for (const [path, value] of Object.entries(overrides)) {
		const keys = path.split('.').slice(1);
		let node = instance.cmi as Record<string, unknown>;
		for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
		try {
			node[keys.at(-1)!] = value;
			note(`Moodle at ${V.methods.terminate}: ${path} = "${value}"${path.endsWith('lesson_status') ? ' (mastery score overrides status)' : ' (completion threshold)'}.`);
		} catch (err) {
			note(`Could not apply ${path} = "${value}": ${err}`, 'warning');
		}
	}
}

/**
 * The LMS ends the session itself, as an LMS whose page sends its own Finish on `beforeunload` does: it stores the
 * data model as it stands (values set and not committed included) and refuses every later call. Only in the
 * finishes-on-unload profile, and only for a session still running.
 */
export function lmsFinishesSession(why: string): void {
	if (profile !== 'finishes-on-unload' || !state.api || session.state !== 'initialized') return;
	session.finishedByLms = true;
	session.state = 'terminated';
	const uncommitted = session.uncommitted;
	session.uncommitted = 0;
	const record = persist('terminate', 'lms');
	if (!record) return;
	const time = sessionTimeOf(version, record.cmi);
	note(
		`The LMS finished the session itself (${why}), with the data model as it stood${uncommitted ? `, ${uncommitted} uncommitted value${uncommitted === 1 ? '' : 's'} included` : ''}: ` +
			`${V.paths.sessionTime} = "${time}", total time ${record.totalTime || '0'}, ${V.paths.exit} = "${record.exit}", ${V.paths.location} = "${locationOf(version, record.cmi)}".`,
		/^(PT0H0M0S|PT0S|0+:00:00(\.0+)?|)$/.test(time) ? 'warning' : 'info'
	);
}

/** LMS-side bookkeeping after each call of the current session. */
function afterCall(e: LogEntry): void {
	const ok = e.result === 'true';
	if ((e.method === V.methods.initialize || e.method === V.methods.commit) && ok && state.api) {
		session.posted = new Map(moodlePostedFields(version, state.api.renderCMIToJSONObject().cmi));
	}
	if (e.method === V.methods.initialize && ok) {
		session.state = 'initialized';
		const waiters = state.initializedWaiters;
		state.initializedWaiters = [];
		for (const w of waiters) w();
	} else if (e.method === V.methods.setValue && ok && !session.finishedByLms) {
		session.setElements.add(e.args[0] ?? '');
		session.uncommitted++;
	} else if (e.method === V.methods.commit && ok) {
		session.commits++;
		session.lastCommitAt = new Date();
		session.uncommitted = 0;
		persist('commit');
	} else if (e.method === V.methods.terminate && ok) {
		session.state = 'terminated';
		session.lastCommitAt = new Date();
		session.uncommitted = 0;
		persist('terminate');
	}
}

/**
 * Saves what the SCO has committed: called after a successful Commit and Terminate, and when the LMS finishes the
 * session itself. The total time grows at the end of a session: scorm-again computes it from its own clock; the Moodle
 * and finishes-on-unload profiles add the session time the SCO set last to the total held at launch, as those LMSs do.
 */
function persist(trigger: 'commit' | 'terminate', finishedBy: 'sco' | 'lms' = 'sco'): StoredAttempt | null {
	const { api, plan } = state;
	if (state.discarding || !api || !plan) return null;
	const cmi = api.renderCMIToJSONObject().cmi;
	let totalTime = state.launchTotalTime;
	let payload;
	try {
		payload = api.renderCommitCMI(trigger === 'terminate');
		if (trigger === 'terminate') {
			totalTime =
				profile === 'scorm-again'
					? str(is12 ? payload?.cmi?.core?.total_time : payload?.cmi?.total_time) || totalTime
					: addSessionTime(version, state.launchTotalTime, sessionTimeOf(version, cmi));
		}
	} catch (err) {
		note(`Could not render the commit payload: ${err}`, 'warning');
	}
	session.lastPayload = payload ?? null;
	const record: StoredAttempt = {
		format: 1,
		version,
		attempt: plan.attempt,
		session: plan.session,
		cmi,
		totalTime,
		exit: exitOf(version, cmi),
		terminated: trigger === 'terminate',
		...(trigger === 'terminate' ? { finishedBy } : {}),
		trigger,
		savedAt: new Date().toISOString()
	};
	try {
		saveRecord(storageKey, record);
	} catch (err) {
		note(`Could not save to localStorage: ${err}`, 'warning');
	}
	return record;
}
