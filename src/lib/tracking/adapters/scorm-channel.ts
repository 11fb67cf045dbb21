import { bindApi, type ScormApiByVersion, type ScormCalls } from '../scorm/api.ts';
import { dataModel, type ScormVersion } from '../scorm/data-model.ts';
import { isTransient } from '../scorm/errors.ts';

/**
 * The write channel to one LMS API: every call, its result and its error, and the bookkeeping that makes writes
 * cheap and safe. It knows nothing of answers or checkpoints (scorm-values.ts) nor of retry timing (scorm.ts).
 * - every call's result is checked, and after a "false" GetLastError / GetErrorString / GetDiagnostic are read and
 *   logged (errors.ts decides whether the failure can pass);
 * - a value the LMS already holds (written or read this session) is not written again;
 * - a value refused for a reason that can pass waits, in order, and is sent again before the next commit; one refused
 *   for good is logged and dropped (progress elements are then marked refused: kept locally by the tracker);
 * - after FLOOD_LIMIT failures that can pass in a row, the LMS is taken as down and values wait instead of being tried;
 * - fields of one interaction/objective record go out in order (2004 needs `id` before the others).
 */

/** After this many transient failures in a row the LMS is taken as down: values wait instead of being tried. */
const FLOOD_LIMIT = 3;

/** Record fields that must reach the LMS in order: `cmi.interactions.3.`. */
const RECORD_PREFIX = /^cmi\.(?:interactions|objectives)\.\d+\./;

export class ScormChannel {
	readonly #version: ScormVersion;
	readonly #calls: ScormCalls;
	readonly #dm: (typeof dataModel)[ScormVersion];
	/** Calls are allowed (between a successful Initialize and Terminate). */
	#open = false;
	/** Values the LMS holds, as written or read this session: an identical write is skipped. */
	readonly #held = new Map<string, string>();
	/** Values refused for a reason that can pass, oldest first: sent again before each commit. */
	readonly #waiting = new Map<string, string>();
	/** Progress elements (suspend_data, bookmark) refused for good, or too long to send. */
	readonly #refused = new Set<string>();
	/** Values set since the last successful Commit. */
	#dirty = false;
	/** Transient failures in a row (reset by any success). */
	#failing = 0;
	/** Whether the last failed call can succeed later. */
	#lastTransient = true;

	constructor(version: ScormVersion, api: ScormApiByVersion[ScormVersion]) {
		this.#version = version;
		this.#calls = bindApi(version, api as never);
		this.#dm = dataModel[version];
	}

	get open(): boolean {
		return this.#open;
	}

	/** Initialize; true when the session is open. */
	initialize(): boolean {
		this.#failing = 0;
		this.#open = this.#try(() => this.#calls.initialize(), 'Initialize');
		return this.#open;
	}

	/** Terminate (which commits everything set, per the RTE). The channel is closed afterwards, whatever the LMS said. */
	terminate(): boolean {
		const done = this.#open && this.#try(() => this.#calls.terminate(), 'Terminate');
		if (done) this.#dirty = false;
		this.#open = false;
		return done;
	}

	/**
	 * Reads a value; "" when there is none. An empty answer may be an error: the LMS is asked, and anything but
	 * "no value yet" (2004 403) or "not implemented" is logged. Reads are never retried: a missing value has a default.
	 */
	get(path: string): string {
		if (!this.#open) return '';
		let value = '';
		this.#try(() => {
			value = this.#calls.getValue(path);
			return true;
		});
		if (value === '') {
			const e = this.#dm.errors;
			const code = this.#lastError();
			if (code !== null && code !== e.noError && code !== e.valueNotInitialized && code !== e.notImplemented) this.#log(`GetValue ${path}`, code);
		}
		return value;
	}

	/** Reads a value and remembers that the LMS holds it (so writing it back is skipped). */
	read(path: string): string {
		const value = this.get(path);
		this.#held.set(path, value);
		return value;
	}

	/** Writes a value unless the version has no such element (null) or the LMS already holds it. */
	set(path: string | null, value: string): void {
		if (path === null || !this.#open) return;
		if (!this.#waiting.has(path) && this.#held.get(path) === value) return;
		// While the LMS is down, or an earlier field of the same record is still waiting, the value waits in line.
		if (this.#failing >= FLOOD_LIMIT || this.#waitsBehind(path)) {
			this.#waiting.set(path, value);
			return;
		}
		this.#send(path, value);
	}

	/** Marks a progress element as not sent (too long for this LMS): the tracker keeps it locally. */
	refuse(path: string): void {
		this.#refused.add(path);
	}

	/** Whether a value for this element is waiting to be sent again. */
	isWaiting(path: string): boolean {
		return this.#waiting.has(path);
	}

	/** The value this session knows the LMS holds for an element. */
	held(path: string): string | undefined {
		return this.#held.get(path);
	}

	/** Anything set and not yet committed, or waiting to be sent. */
	get retryable(): boolean {
		return this.#dirty || this.#waiting.size > 0;
	}

	/** The LMS holds everything set: nothing uncommitted, waiting or refused. */
	get synced(): boolean {
		return !this.#dirty && this.#waiting.size === 0 && this.#refused.size === 0;
	}

	/** Sends what is waiting, oldest first, then Commit if anything changed. True when a Commit succeeded. */
	commit(): boolean {
		if (!this.#open) return false;
		this.resend();
		if (!this.#dirty || !this.#try(() => this.#calls.commit(), 'Commit')) return false;
		this.#dirty = false;
		return true;
	}

	/** Sends the values that are waiting, oldest first. */
	resend(): void {
		this.#failing = 0;
		for (const [path, value] of [...this.#waiting]) {
			if (this.#failing >= FLOOD_LIMIT) break;
			if (!this.#waiting.has(path)) continue;
			if (this.#held.get(path) === value) {
				this.#waiting.delete(path);
				continue;
			}
			if (!this.#waitsBehind(path)) this.#send(path, value);
		}
	}

	/** One SetValue; a refusal that can pass puts the value in line (keeping its place if it was there). */
	#send(path: string, value: string): boolean {
		if (this.#try(() => this.#calls.setValue(path, value), `SetValue ${path}`)) {
			this.#held.set(path, value);
			this.#waiting.delete(path);
			this.#refused.delete(path);
			this.#dirty = true;
			return true;
		}
		if (this.#lastTransient) {
			this.#waiting.set(path, value);
		} else {
			this.#waiting.delete(path);
			// A refused interaction or objective field costs that field; refused progress is kept locally instead.
			if (path === this.#dm.paths.suspendData || path === this.#dm.paths.location) this.#refused.add(path);
		}
		return false;
	}

	/** Whether an earlier field of the same interaction/objective record is waiting to be sent. */
	#waitsBehind(path: string): boolean {
		const prefix = RECORD_PREFIX.exec(path)?.[0];
		if (!prefix) return false;
		for (const waiting of this.#waiting.keys()) {
			if (waiting === path) return false;
			if (waiting.startsWith(prefix)) return true;
		}
		return false;
	}

	/** GetLastError, or null when even that fails. */
	#lastError(): number | null {
		try {
			return this.#calls.getLastError();
		} catch {
			return null;
		}
	}

	#log(what: string, code: number | null) {
		let details = '';
		if (code !== null) {
			try {
				details = `${this.#calls.getErrorString(code)} ${this.#calls.getDiagnostic(code)}`.trim();
			} catch {
				/* an LMS that cannot describe its error: the code is all there is */
			}
		}
		console.warn(`SCORM ${what} failed: ${code ?? 'exception'} ${details}`.trim());
	}

	/**
	 * Runs one API call. On "false" the LMS's error code decides whether it may pass (errors.ts); a throwing LMS
	 * counts as a failure that may pass. Failures of named calls are logged with the LMS's own error details.
	 */
	#try(call: () => boolean, what?: string): boolean {
		let code: number | null = null;
		try {
			if (call()) {
				this.#failing = 0;
				return true;
			}
			code = this.#lastError();
		} catch (error) {
			if (what) console.warn(`SCORM ${what} threw:`, error);
		}
		this.#lastTransient = isTransient(this.#version, code);
		if (this.#lastTransient) this.#failing++;
		if (what && code !== null) this.#log(what, code);
		return false;
	}
}
