import { backupKey, readBackup, removeBackup, safeLocalStorage, writeBackup, type InteractionField } from '../backup.ts';
import { objectiveId, SAFETY_OBJECTIVE_ID } from '../scorm/ids.ts';
import { bindApi, dataModel, interactionPath, objectivePath, type ObjectiveFields, type ScormApiByVersion, type ScormCalls, type ScormVersion } from '../scorm/data-model.ts';
import { isTransient } from '../scorm/errors.ts';
import { correctPattern, interactionId, interactionType, learnerResponse, resultValue } from '../scorm/responses.ts';
import { interactionTime, timespan } from '../scorm/time.ts';
import type { AnswerRecord, Checkpoint, LaunchData, LaunchMode, SaveStatus, Tracker, TrackerNotice } from '../tracker.ts';

/**
 * SCORM 1.2 and 2004 in one adapter: every difference between the versions is looked up in the data-model table,
 * so the logic below is written once. Rules it keeps (see shared SCORM notes):
 * - Initialize once, Terminate once, nothing after Terminate (some LMSs still answer "true" after Finish);
 * - Commit only at checkpoints (an answer, the end of a lesson, the end of the course) and when the page is hidden
 *   or left — never on a timer. The one exception is a save that FAILED: it is retried with backoff (RETRY_DELAYS);
 * - never write a value the LMS already holds (each write is remembered);
 * - in review/browse mode write nothing scored.
 *
 * The learner never loses work to a failing LMS:
 * - every call's result is checked, and after a "false" the LMS's GetLastError / GetErrorString / GetDiagnostic are
 *   read. A value refused for a reason that can pass (errors.ts: general failures, lost session, a throwing API) waits
 *   in `#pending` and is sent again, in order, before the next commit; a value refused for good (type mismatch…) is
 *   logged and not repeated — the answer is still in suspend_data;
 * - a failed save is retried after 1, 2, 4, 8, 16, 30, 30, 30 s (about two minutes), with a quiet status line for the
 *   learner ("Progress not saved yet — retrying"); after that, each checkpoint tries once more;
 * - while anything has not reached the LMS, the newest progress (and the interactions not committed) is kept in
 *   localStorage (backup.ts), and the next launch writes it back if the LMS has not moved on meanwhile;
 * - an LMS that refuses Initialize leaves the course usable; Initialize is tried again with the same backoff and at
 *   each checkpoint, and once it succeeds the course merges what the learner did meanwhile (Tracker.onLaunch).
 */

type Phase = 'new' | 'open' | 'closed' | 'unavailable';

/** Waits between retries of a failed save (ms): bounded, about two minutes in all. */
export const RETRY_DELAYS: readonly number[] = [1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000];

/** After this many transient failures in a row the LMS is taken as down: values queue instead of being tried. */
const FLOOD_LIMIT = 3;

export interface Timers {
	set(callback: () => void, ms: number): unknown;
	clear(handle: unknown): void;
}

export const browserTimers: Timers = {
	set: (callback, ms) => setTimeout(callback, ms),
	clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

export interface ScormTrackerOptions {
	/** Names the local backup (with the learner id); without it the adapter keeps none. */
	courseId?: string;
	storage?: Storage | null;
	now?: () => number;
	timers?: Timers;
	retryDelays?: readonly number[];
}

export const MESSAGES = {
	notConnected:
		'The course could not connect to your learning system. You can still take the course: it keeps trying, and sends your answers once it connects. Until then, please keep this page open.',
	restored: 'Your last answers had not reached your learning system. This browser kept them, and they are being sent now.',
	review: 'You are reviewing this course: your answers are shown, and nothing new is recorded.',
	browse: 'You are browsing this course: you can look at everything, but answers are not recorded.',
	noCredit: 'This attempt does not count towards your grade (your learning system opened it without credit). Your progress is still saved.',
	status: {
		retrying: 'Progress not saved yet — retrying.',
		local: 'Progress not saved to your learning system yet. It is kept in this browser and will be sent at your next answer, or next time you open the course.',
		saved: 'All your progress is saved.'
	}
} as const;

/** One interaction record as written: its index and its fields (version-neutral names) with their values. */
interface InteractionWrite {
	n: number;
	fields: Array<[InteractionField, string]>;
}

/** Record fields that must reach the LMS in order (2004 needs `id` before the others): `cmi.interactions.3.`. */
const RECORD_PREFIX = /^cmi\.(?:interactions|objectives)\.\d+\./;

export class ScormTracker implements Tracker {
	readonly kind: ScormVersion;
	readonly #calls: ScormCalls;
	readonly #dm: (typeof dataModel)[ScormVersion];
	readonly #now: () => number;
	readonly #timers: Timers;
	readonly #storage: Storage | null;
	readonly #courseId: string | null;
	readonly #delays: readonly number[];
	#phase: Phase = 'new';
	#mode: LaunchMode = 'normal';
	#sessionStart = 0;
	#passMark = 0;
	#completionThreshold: number | null = null;
	#nextInteraction = 0;
	/**
	 * Interaction record index by interaction id. 2004 reads the records of earlier sessions at launch; 1.2's records
	 * are write-only, so there a try in a later session starts a new record.
	 */
	readonly #interactionIndex = new Map<string, number>();
	/** Objective index by id: the 2004 LMS pre-fills objectives from the manifest, in its own order. */
	readonly #objectiveIndex = new Map<string, number>();
	/** Values the LMS holds, as written or read by this session: an identical write is skipped. */
	readonly #held = new Map<string, string>();
	/** Values set since the last successful Commit. */
	#dirty = false;
	/** Values the LMS refused for a reason that can pass, oldest first: sent again before each commit. */
	readonly #pending = new Map<string, string>();
	/** Progress elements (suspend_data, bookmark) the LMS refused for good, or too long to send: kept locally only. */
	readonly #refused = new Set<string>();
	/** Transient failures in a row (reset by any success). */
	#failing = 0;
	/** Whether the last failed call can succeed later (see errors.ts). */
	#lastTransient = true;
	/** Interaction records not yet committed (for the local backup). */
	#unsent: InteractionWrite[] = [];
	#lastCheckpoint: Checkpoint | null = null;
	/** The suspend_data the LMS holds durably: read at launch, or committed since. The base of a local backup. */
	#lmsSaved = '';
	#backupKey: string | null = null;
	#retries = 0;
	#retryTimer: unknown = null;
	#reconnects = 0;
	#reconnectTimer: unknown = null;
	#closing = false;
	/** Answers given while the LMS could not be reached: reported once it can be. */
	#queued: AnswerRecord[] = [];
	/** Connected late: the course has not merged its progress with the LMS's yet, so progress must not be written. */
	#awaitingMerge = false;
	#status: SaveStatus['state'] | null = null;
	#onStatus: ((status: SaveStatus) => void) | null = null;
	#onLaunch: ((launch: LaunchData) => void) | null = null;

	constructor(version: ScormVersion, api: ScormApiByVersion[ScormVersion], coursePassMark: number, options: ScormTrackerOptions = {}) {
		this.kind = version;
		this.#calls = bindApi(version, api as never);
		this.#dm = dataModel[version];
		this.#passMark = coursePassMark;
		this.#now = options.now ?? Date.now;
		this.#timers = options.timers ?? browserTimers;
		this.#courseId = options.courseId ?? null;
		this.#storage = options.courseId === undefined ? null : options.storage !== undefined ? options.storage : safeLocalStorage();
		this.#delays = options.retryDelays ?? RETRY_DELAYS;
	}

	onStatus(listener: (status: SaveStatus) => void): void {
		this.#onStatus = listener;
	}

	onLaunch(listener: (launch: LaunchData) => void): void {
		this.#onLaunch = listener;
	}

	start(): LaunchData {
		if (this.#phase !== 'new') return { saved: null, learnerName: null, mode: 'normal', passMark: null };
		if (!this.#try(() => this.#calls.initialize(), 'Initialize')) {
			this.#phase = 'unavailable';
			// Not a status-line state (the notice says it), but recovering from it is announced as "all saved".
			this.#status = 'local';
			this.#scheduleReconnect();
			return { saved: null, learnerName: null, mode: 'normal', passMark: null, notice: { level: 'warning', message: MESSAGES.notConnected } };
		}
		return this.#open();
	}

	/** The session is open: read what the LMS knows, and bring back a local backup that is newer. */
	#open(): LaunchData {
		this.#phase = 'open';
		this.#sessionStart = this.#now();
		const p = this.#dm.paths;

		const mode = this.#get(p.mode);
		this.#mode = mode === 'review' || mode === 'browse' ? mode : 'normal';
		const passMark = this.#readPassMark();
		if (passMark !== null) this.#passMark = passMark;
		const threshold = p.completionThreshold ? Number.parseFloat(this.#get(p.completionThreshold)) : NaN;
		this.#completionThreshold = Number.isFinite(threshold) ? threshold : null;
		this.#nextInteraction = toCount(this.#get(p.interactionsCount));
		this.#readInteractions();
		this.#readObjectives();

		const lmsSaved = this.#get(p.suspendData);
		this.#lmsSaved = lmsSaved;
		// Remember what the LMS already holds, so the first checkpoint does not write it again.
		this.#held.set(p.suspendData, lmsSaved);
		this.#held.set(p.location, this.#get(p.location));
		if (this.#courseId !== null) this.#backupKey = backupKey(this.#courseId, this.kind, this.#get(p.learnerId));

		const notices: string[] = [];
		let saved = lmsSaved || null;
		let resave = false;
		if (this.#mode === 'normal') {
			const status = this.#get(p.lessonStatus ?? p.completionStatus!);
			if (status === 'not attempted' || status === 'unknown' || status === '') {
				this.#set(p.lessonStatus ?? p.completionStatus!, 'incomplete');
			} else {
				this.#held.set(p.lessonStatus ?? p.completionStatus!, status);
			}
			// Keep the attempt open for resume until the course is finished (some LMSs only honour an early suspend).
			this.#set(p.exit, this.#dm.vocabulary.exitSuspend);

			const backup = this.#backupKey ? readBackup(this.#storage, this.#backupKey, this.#now()) : null;
			if (backup && (backup.base === lmsSaved || backup.saved === lmsSaved)) {
				// The LMS has not moved on since this browser's last save: what did not reach it is sent now.
				for (const fields of backup.interactions) this.#writeInteraction(fields);
				if (backup.saved !== lmsSaved) {
					saved = backup.saved;
					resave = true;
					notices.push(MESSAGES.restored);
				}
			} else if (backup) {
				// The LMS holds newer progress, saved from somewhere else: it wins, and the stale copy goes.
				removeBackup(this.#storage, this.#backupKey!);
			}
			// Answers given before the LMS could be reached.
			for (const record of this.#queued.splice(0)) this.recordAnswer(record);
		} else {
			notices.push(this.#mode === 'review' ? MESSAGES.review : MESSAGES.browse);
		}
		if (this.#get(p.credit) === 'no-credit') notices.push(MESSAGES.noCredit);
		// Interactions brought back from a backup are committed now, unless the course saves a checkpoint at once.
		if (!resave && this.#unsent.length > 0) this.#commit();

		return {
			saved,
			learnerName: displayName(this.#get(p.learnerName)),
			mode: this.#mode,
			passMark,
			...(resave ? { resave } : {}),
			...(notices.length ? { notice: { level: 'info' as const, message: notices.join(' ') } } : {})
		};
	}

	recordAnswer(record: AnswerRecord): void {
		if (this.#phase === 'unavailable') {
			this.#queued.push(record);
			return;
		}
		if (!this.#scored()) return;
		const v = this.kind;
		let fields: Partial<Record<InteractionField, string>>;
		try {
			// 2004 requires id, then type, before any other field of the record (keys keep this order). Only what
			// LMS reports show (Moodle's: id, response, correct pattern, result) and when: an LMS like Moodle posts
			// the whole data model on every save, so each field is paid for once per question on every commit.
			fields = {
				id: interactionId(record.item.id),
				type: interactionType(record.item),
				timestamp: interactionTime(v, record.shownAt),
				learnerResponse: learnerResponse(v, record.item, record.response),
				correctPattern: correctPattern(v, record.item),
				result: resultValue(v, record.correct)
			};
		} catch (error) {
			// A value that cannot be formatted for this LMS loses that one interaction, never the learner's answer
			// (it is in suspend_data too).
			console.warn(`Could not report interaction ${record.item.id}:`, error);
			return;
		}
		this.#writeInteraction(Object.entries(fields) as Array<[InteractionField, string]>);
	}

	/**
	 * One record per question: a new try rewrites the question's record (its response, result and time; fields that
	 * did not change are not sent again), so the data model an LMS must post grows with the questions, not the tries.
	 */
	#writeInteraction(fields: Array<[InteractionField, string]>) {
		const id = fields.find(([field]) => field === 'id')?.[1] ?? '';
		const n = this.#interactionIndex.get(id) ?? this.#nextInteraction++;
		this.#interactionIndex.set(id, n);
		this.#unsent = [...this.#unsent.filter((r) => r.n !== n), { n, fields }];
		for (const [field, value] of fields) this.#set(interactionPath(this.kind, n, field), value);
	}

	save(checkpoint: Checkpoint): TrackerNotice | null {
		this.#lastCheckpoint = checkpoint;
		if (this.#phase === 'unavailable') {
			// A checkpoint is a good moment to try the LMS again.
			this.#reconnect();
			return null;
		}
		if (this.#awaitingMerge) return null;
		this.#write(checkpoint);
		this.#commit();
		return null;
	}

	bookmark(checkpoint: Checkpoint): TrackerNotice | null {
		this.#lastCheckpoint = checkpoint;
		if (this.#phase !== 'open' || this.#awaitingMerge) return null;
		this.#setLimited(this.#dm.paths.location, checkpoint.location, this.#dm.limits.location);
		// Review and browse launches leave the attempt's saved state as it was: only the bookmark moves.
		if (this.#mode === 'normal') this.#setSuspendData(checkpoint.saved);
		// While saves are failing, the newest bookmark is kept locally too (it is committed with the next checkpoint).
		if (this.#status === 'retrying' || this.#status === 'local') this.#syncBackup();
		return null;
	}

	flush(): void {
		if (this.#phase === 'open' && !this.#awaitingMerge) this.#commit();
	}

	/** Keeps the unreadable suspend_data in this browser: the next checkpoint replaces it in the LMS. */
	setAside(saved: string): void {
		if (!this.#backupKey) return;
		try {
			this.#storage?.setItem(`${this.#backupKey}:unreadable`, saved);
		} catch {
			/* storage blocked or full: the LMS copy is all there is */
		}
	}

	reset(): void {
		// An LMS attempt cannot be erased by the content; the next checkpoint replaces suspend_data and scores.
		// What this browser kept for the learner goes.
		if (!this.#backupKey) return;
		removeBackup(this.#storage, this.#backupKey);
		removeBackup(this.#storage, `${this.#backupKey}:unreadable`);
	}

	quit(): void {
		this.#cancelTimers();
		if (this.#phase === 'unavailable') this.#phase = 'closed';
		if (this.#phase !== 'open') return;
		this.#closing = true;
		this.#set(this.#dm.paths.sessionTime, timespan(this.kind, this.#now() - this.#sessionStart));
		this.#resend();
		// Terminate alone, no Commit first: Terminate commits everything set (RTE), and a closing page gets one
		// request out reliably. Moodle sends each call as a beacon carrying the whole data model, and Chromium
		// refuses beacons past 64 KiB in flight, so a Commit just before Terminate made the Terminate fail.
		if (this.#try(() => this.#calls.terminate(), 'Terminate')) this.#committed();
		this.#phase = 'closed';
		if (!this.#awaitingMerge) this.#syncBackup();
	}

	#write(cp: Checkpoint) {
		if (this.#phase !== 'open') return;
		const p = this.#dm.paths;
		this.#setLimited(p.location, cp.location, this.#dm.limits.location);
		if (!this.#scored()) return;
		this.#setSuspendData(cp.saved);
		const status = outcome(cp.completed, cp.passed);
		const complete = this.#completionThreshold === null ? cp.completed : cp.progress >= this.#completionThreshold;
		// 1.2 has lesson_status where 2004 has progress, completion and success: each version's table leaves out
		// (null) the elements it does not have.
		this.#setAll((field) => p[field], {
			// A score only for a finished attempt: LMSs take any score they hold as the result. Moodle's 1.2 "mastery
			// score overrides status" turns a paused attempt below the mastery score into `failed` (it then reopens in
			// review mode, without credit), and gradebooks show a partial score as a grade for work not yet done.
			...(cp.completed ? score(cp.scorePercent) : {}),
			lessonStatus: status,
			progressMeasure: String(round(cp.progress)),
			completionStatus: complete ? 'completed' : 'incomplete',
			successStatus: status === 'incomplete' ? 'unknown' : status
		});
		for (const lesson of cp.lessons) {
			if (lesson.answered > 0) {
				const status = outcome(lesson.answered === lesson.total, lesson.scorePercent >= this.#passMark);
				this.#writeObjective(objectiveId(lesson.slug), lesson.scorePercent, status);
			}
		}
		// Safety essentials as their own objective, so a training manager sees it apart from the score: passed once
		// every must-know item has been answered correctly, failed when one can no longer be (no tries left).
		const m = cp.mustKnow;
		if (m) {
			const status = outcome(m.known === m.total || m.blocked > 0, m.known === m.total);
			this.#writeObjective(SAFETY_OBJECTIVE_ID, Math.round((m.known / m.total) * 100), status);
		}
		this.#set(p.exit, cp.completed ? this.#dm.vocabulary.exitNormal : this.#dm.vocabulary.exitSuspend);
	}

	/** Writes fields in this order; `path` names each for this version (null: the version has no such element). */
	#setAll<K extends string>(path: (field: K) => string | null, values: Partial<Record<K, string>>) {
		for (const [field, value] of Object.entries(values) as Array<[K, string]>) this.#set(path(field), value);
	}

	/**
	 * One objective's ten fields, at the index the LMS already holds for `id` (2004 pre-fills objectives from the
	 * manifest, in its own order) or the next free one.
	 */
	#writeObjective(id: string, percent: number, status: Outcome) {
		const n = this.#objectiveIndex.get(id) ?? this.#objectiveIndex.size;
		this.#objectiveIndex.set(id, n);
		const open = status === 'incomplete';
		// The fields reports read, no more (see recordAnswer): the id names the lesson, raw and scaled give the score.
		this.#setAll((field: keyof ObjectiveFields) => objectivePath(this.kind, n, field), {
			id,
			scoreRaw: String(percent),
			scoreScaled: String(percent / 100),
			status,
			completionStatus: open ? 'incomplete' : 'completed',
			successStatus: open ? 'unknown' : status
		});
	}

	#readInteractions() {
		if (!this.#dm.interactionsReadable) return;
		for (let n = 0; n < this.#nextInteraction; n++) {
			const path = interactionPath(this.kind, n, 'id')!;
			const id = this.#get(path);
			if (id) {
				this.#interactionIndex.set(id, n);
				this.#held.set(path, id);
			}
		}
	}

	#readObjectives() {
		const count = toCount(this.#get(this.#dm.paths.objectivesCount));
		for (let n = 0; n < count; n++) {
			const path = objectivePath(this.kind, n, 'id')!;
			const id = this.#get(path);
			if (id) {
				this.#objectiveIndex.set(id, n);
				this.#held.set(path, id);
			}
		}
	}

	#readPassMark(): number | null {
		const p = this.#dm.paths;
		if (p.masteryScore) {
			const raw = Number.parseFloat(this.#get(p.masteryScore));
			return Number.isFinite(raw) && raw >= 0 && raw <= 100 ? raw : null;
		}
		const scaled = Number.parseFloat(this.#get(p.scaledPassingScore!));
		return Number.isFinite(scaled) && scaled >= 0 && scaled <= 1 ? Math.round(scaled * 100) : null;
	}

	#setSuspendData(saved: string) {
		// Never send a cut-down suspend_data: a truncated string is unreadable on resume. Progress is kept compact
		// (tested at full progress) so this only happens if the format regresses; the local backup keeps it then.
		const path = this.#dm.paths.suspendData;
		if (saved.length > this.#dm.limits.suspendData) {
			console.warn(`suspend_data not sent: ${saved.length} > ${this.#dm.limits.suspendData} characters`);
			this.#refused.add(path);
			return;
		}
		this.#set(path, saved);
	}

	#setLimited(path: string, value: string, limit: number) {
		this.#set(path, value.length > limit ? value.slice(0, limit) : value);
	}

	#scored(): boolean {
		return this.#phase === 'open' && this.#mode === 'normal';
	}

	/**
	 * Reads a value; "" when there is none. An empty answer may be an error: the LMS is asked, and anything but
	 * "no value yet" (2004 403) or "not implemented" is logged. Reads are never retried: a missing value has a default.
	 */
	#get(path: string): string {
		if (this.#phase !== 'open') return '';
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

	/** Writes a value unless the version has no such element (null) or the LMS already holds it. */
	#set(path: string | null, value: string) {
		if (path === null || this.#phase !== 'open') return;
		if (!this.#pending.has(path) && this.#held.get(path) === value) return;
		// While the LMS is down, or an earlier field of the same record is still waiting, the value waits in line.
		if (this.#failing >= FLOOD_LIMIT || this.#waitsBehind(path)) {
			this.#pending.set(path, value);
			return;
		}
		this.#send(path, value);
	}

	/** One SetValue; a refusal that can pass puts the value in `#pending` (keeping its place if it was there). */
	#send(path: string, value: string): boolean {
		if (this.#try(() => this.#calls.setValue(path, value), `SetValue ${path}`)) {
			this.#held.set(path, value);
			this.#pending.delete(path);
			this.#refused.delete(path);
			this.#dirty = true;
			return true;
		}
		if (this.#lastTransient) {
			this.#pending.set(path, value);
		} else {
			this.#pending.delete(path);
			// A refused interaction or objective field costs that field; refused progress is kept locally instead.
			if (path === this.#dm.paths.suspendData || path === this.#dm.paths.location) this.#refused.add(path);
		}
		return false;
	}

	/** Whether an earlier field of the same interaction/objective record is waiting to be sent. */
	#waitsBehind(path: string): boolean {
		const prefix = RECORD_PREFIX.exec(path)?.[0];
		if (!prefix) return false;
		for (const waiting of this.#pending.keys()) {
			if (waiting === path) return false;
			if (waiting.startsWith(prefix)) return true;
		}
		return false;
	}

	/** Sends the values that are waiting, oldest first. */
	#resend() {
		this.#failing = 0;
		for (const [path, value] of [...this.#pending]) {
			if (this.#failing >= FLOOD_LIMIT) break;
			if (!this.#pending.has(path)) continue;
			if (this.#held.get(path) === value) {
				this.#pending.delete(path);
				continue;
			}
			if (!this.#waitsBehind(path)) this.#send(path, value);
		}
	}

	/** Sends what is waiting and commits. True when the LMS now holds everything (nothing waiting or refused). */
	#commit(): boolean {
		if (this.#phase !== 'open') return false;
		this.#resend();
		if (this.#dirty && this.#try(() => this.#calls.commit(), 'Commit')) this.#committed();
		const synced = this.#synced();
		this.#afterAttempt(synced);
		return synced;
	}

	/** The LMS has committed everything set so far. */
	#committed() {
		this.#dirty = false;
		this.#lmsSaved = this.#held.get(this.#dm.paths.suspendData) ?? this.#lmsSaved;
		this.#unsent = this.#unsent.filter(({ n, fields }) =>
			fields.some(([field]) => {
				const path = interactionPath(this.kind, n, field);
				return path !== null && this.#pending.has(path);
			})
		);
	}

	#synced(): boolean {
		return !this.#dirty && this.#pending.size === 0 && this.#refused.size === 0;
	}

	/** After a save attempt: retry with backoff, tell the learner, and keep (or drop) the local backup. */
	#afterAttempt(synced: boolean) {
		if (synced) {
			this.#retries = 0;
			if (this.#retryTimer !== null) this.#timers.clear(this.#retryTimer);
			this.#retryTimer = null;
			if (this.#status !== null) this.#report('saved');
		} else if (!this.#closing && this.#retryTimer === null) {
			// Retrying helps only with failures that can pass; a refusal for good goes straight to "kept locally".
			const retryable = this.#dirty || this.#pending.size > 0;
			if (retryable && this.#retries < this.#delays.length) {
				const delay = this.#delays[this.#retries++]!;
				this.#retryTimer = this.#timers.set(() => {
					this.#retryTimer = null;
					this.#commit();
				}, delay);
				this.#report('retrying');
			} else {
				this.#report('local');
			}
		}
		this.#syncBackup();
	}

	/** The local backup follows the LMS: gone when the LMS has everything, else the newest progress. */
	#syncBackup() {
		if (!this.#backupKey || this.#awaitingMerge) return;
		if (this.#synced()) {
			removeBackup(this.#storage, this.#backupKey);
		} else if (this.#lastCheckpoint) {
			writeBackup(this.#storage, this.#backupKey, {
				saved: this.#lastCheckpoint.saved,
				location: this.#lastCheckpoint.location,
				base: this.#lmsSaved,
				interactions: this.#unsent.map((r) => r.fields),
				at: this.#now()
			});
		}
	}

	#report(state: SaveStatus['state']) {
		if (this.#status === state) return;
		// "All saved" is said once; the next failure starts a new story.
		this.#status = state === 'saved' ? null : state;
		this.#onStatus?.({ state, message: MESSAGES.status[state] });
	}

	#scheduleReconnect() {
		if (this.#reconnectTimer !== null || this.#reconnects >= this.#delays.length) return;
		const delay = this.#delays[this.#reconnects++]!;
		this.#reconnectTimer = this.#timers.set(() => {
			this.#reconnectTimer = null;
			this.#reconnect();
		}, delay);
	}

	/** Tries Initialize again (it failed at launch). On success the course is told, to merge and save. */
	#reconnect() {
		if (this.#phase !== 'unavailable') return;
		if (!this.#try(() => this.#calls.initialize(), 'Initialize')) {
			this.#scheduleReconnect();
			return;
		}
		if (this.#reconnectTimer !== null) this.#timers.clear(this.#reconnectTimer);
		this.#reconnectTimer = null;
		this.#failing = 0;
		// The course's progress so far lacks what the LMS holds: nothing is written until the course has merged the two.
		this.#awaitingMerge = true;
		const launch = this.#open();
		// Called from a checkpoint (inside the course's own save): the course hears about it just after.
		this.#timers.set(() => {
			this.#awaitingMerge = false;
			this.#onLaunch?.(launch);
		}, 0);
	}

	#cancelTimers() {
		for (const handle of [this.#retryTimer, this.#reconnectTimer]) if (handle !== null) this.#timers.clear(handle);
		this.#retryTimer = null;
		this.#reconnectTimer = null;
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
	 * Runs one API call. On "false" the LMS's error code decides whether it may pass (see errors.ts); a throwing LMS
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
		this.#lastTransient = isTransient(this.kind, code);
		if (this.#lastTransient) this.#failing++;
		if (what && code !== null) this.#log(what, code);
		return false;
	}
}

/** "Doe, Jane" (the usual LMS form) → "Jane Doe". */
export function displayName(raw: string): string | null {
	const name = raw.trim();
	if (!name) return null;
	const [last, first, ...rest] = name.split(',').map((s) => s.trim());
	return first && rest.length === 0 ? `${first} ${last}` : name;
}

function toCount(value: string): number {
	const n = Number.parseInt(value, 10);
	return Number.isSafeInteger(n) && n > 0 ? n : 0;
}

function round(x: number): number {
	return Math.round(x * 100) / 100;
}

type Outcome = 'passed' | 'failed' | 'incomplete';

/** Finished (or can no longer change) and passed, finished and failed, or not finished yet. */
function outcome(done: boolean, passed: boolean): Outcome {
	return done ? (passed ? 'passed' : 'failed') : 'incomplete';
}

/** The score fields of the course and of an objective, in the order they are written. */
function score(percent: number) {
	return { scoreMin: '0', scoreMax: '100', scoreRaw: String(percent), scoreScaled: String(percent / 100) };
}
