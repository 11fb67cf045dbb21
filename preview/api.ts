/**
 * The LMS side of the SCORM API: creates each session's scorm-again instance seeded with the launch plan's data
 * model, wraps its eight methods so every call is logged (arguments, result, error code) and strict mode can refuse a
 * SetValue first, and keeps what the SCO commits (localStorage, on Commit and Terminate). The SCO sees the same
 * results as from scorm-again alone.
 */

import { is12, options, V, elapsed, storageKey, version } from './config.ts';
import { clip, str } from './dom.ts';
import { seedFor } from './launch-plan.ts';
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
	const instance = new (Ctor as new (settings: object) => LmsApi)({ autocommit: false, logLevel: 5 });
	const seed = seedFor(version, plan, state.manifest, options.mode);
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
			let result: unknown;
			if (refused) {
				refusal = refused;
				instance.lastErrorCode = refused.code;
				result = 'false';
			} else if (refusal && method === V.methods.getDiagnostic && (str(args[0]) === '' || str(args[0]) === refusal.code)) {
				result = refusal.diagnostic;
			} else {
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
			state.log.push(entry);
			logged(entry);
			if (refused) note(`Strict LMS refused ${method}(${JSON.stringify(clip(str(args[0]), 80))}) with ${refused.code} ${entry.errorString ?? ''}: ${refused.diagnostic}`, 'warning');
			if (instance === state.api) afterCall(entry);
			changed();
			return result;
		};
	}
}

/** LMS-side bookkeeping after each call of the current session. */
function afterCall(e: LogEntry): void {
	const ok = e.result === 'true';
	if (e.method === V.methods.initialize && ok) {
		session.state = 'initialized';
		const waiters = state.initializedWaiters;
		state.initializedWaiters = [];
		for (const w of waiters) w();
	} else if (e.method === V.methods.setValue && ok) {
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

/** Saves what the SCO has committed: called after a successful Commit and Terminate. */
function persist(trigger: 'commit' | 'terminate'): void {
	const { api, plan } = state;
	if (state.discarding || !api || !plan) return;
	const cmi = api.renderCMIToJSONObject().cmi;
	let totalTime = state.launchTotalTime;
	let payload;
	try {
		payload = api.renderCommitCMI(trigger === 'terminate');
		if (trigger === 'terminate') totalTime = str(is12 ? payload?.cmi?.core?.total_time : payload?.cmi?.total_time) || totalTime;
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
		exit: str(is12 ? cmi.core?.exit : cmi.exit),
		terminated: trigger === 'terminate',
		trigger,
		savedAt: new Date().toISOString()
	};
	try {
		saveRecord(storageKey, record);
	} catch (err) {
		note(`Could not save to localStorage: ${err}`, 'warning');
	}
}
