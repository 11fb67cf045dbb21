import { safeLocalStorage } from '../../shared/safe-storage.ts';
import { backupKey, readBackup, removeBackup, writeBackup, type InteractionField } from '../backup.ts';
import type { ScormApiByVersion } from '../scorm/api.ts';
import { dataModel, interactionPath, objectivePath, type ScormVersion } from '../scorm/data-model.ts';
import { timespan } from '../scorm/time.ts';
import { browserTimers, type Timers } from '../timers.ts';
import type { AnswerRecord, Checkpoint, LaunchData, LaunchMode, SaveStatus, Tracker, TrackerNotice } from '../tracker.ts';
import { ScormChannel } from './scorm-channel.ts';
import { MESSAGES } from './scorm-messages.ts';
import { readLaunch, RecordSlots } from './scorm-launch.ts';
import { courseValues, exitValue, interactionValues, objectiveResults, objectiveValues } from './scorm-values.ts';

/**
 * The SCORM 1.2 / 2004 tracker: the session's lifecycle around the write channel (scorm-channel.ts) and the values
 * (scorm-values.ts). Every difference between the versions is looked up in the data-model table. Rules it keeps (see
 * the SCORM notes):
 * - Initialize once, Terminate once, nothing after Terminate (some LMSs still answer "true" after Finish);
 * - Commit only at checkpoints (an answer, the end of a lesson, the end of the course) and when the page is hidden —
 *   never on a timer. The one exception is a save that FAILED: it is retried with backoff (RETRY_DELAYS);
 * - when the page closes, Terminate alone: it commits everything, and a closing page gets one request out reliably
 *   (Moodle posts the whole data model as a beacon per call; Chromium refuses beacons past 64 KiB in flight);
 * - every checkpoint (an answer, the page hidden) and every bookmark carries the session time so far, beside exit
 *   `suspend` and the bookmark: an LMS may finish the session itself when its page unloads (Forma LMS sends its own
 *   Finish on `beforeunload`, before the course hears of it, and refuses the course's calls after), and then what it
 *   stores must already be complete. Writing session_time again is allowed: the LMS adds only the LAST value to
 *   total_time when the session ends (SCORM 2004 RTE 4.2.21; Moodle adds it in its Finish/Terminate, 1.2 and 2004);
 * - in review/browse mode write nothing scored.
 *
 * The learner never loses work to a failing LMS:
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

export interface ScormTrackerOptions {
	/** Names the local backup (with the learner id); without it the adapter keeps none. */
	courseId?: string;
	storage?: Storage | null;
	now?: () => number;
	timers?: Timers;
	retryDelays?: readonly number[];
}

/** One interaction record as written: its index and its fields (version-neutral names) with their values. */
interface InteractionWrite {
	n: number;
	fields: Array<[InteractionField, string]>;
}

export class ScormTracker implements Tracker {
	readonly kind: ScormVersion;
	readonly #lms: ScormChannel;
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
	#slots = new RecordSlots();
	/** Interaction records not yet committed (for the local backup). */
	#uncommitted: InteractionWrite[] = [];
	/** Answers given while the LMS could not be reached: reported once it can be. */
	#answersBeforeConnect: AnswerRecord[] = [];
	#lastCheckpoint: Checkpoint | null = null;
	/** The suspend_data the LMS holds durably: read at launch, or committed since. The base of a local backup. */
	#lmsSaved = '';
	#backupKey: string | null = null;
	#retries = 0;
	#retryTimer: unknown = null;
	#reconnects = 0;
	#reconnectTimer: unknown = null;
	#closing = false;
	/** Connected late: the course has not merged its progress with the LMS's yet, so progress must not be written. */
	#awaitingMerge = false;
	#status: SaveStatus['state'] | null = null;
	#onStatus: ((status: SaveStatus) => void) | null = null;
	#onLaunch: ((launch: LaunchData) => void) | null = null;

	constructor(version: ScormVersion, api: ScormApiByVersion[ScormVersion], coursePassMark: number, options: ScormTrackerOptions = {}) {
		this.kind = version;
		this.#lms = new ScormChannel(version, api);
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
		if (!this.#lms.initialize()) {
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
		const lms = this.#lms;

		const launch = readLaunch(lms, this.kind);
		this.#mode = launch.mode;
		if (launch.passMark !== null) this.#passMark = launch.passMark;
		this.#completionThreshold = launch.completionThreshold;
		this.#slots = launch.slots;
		const lmsSaved = launch.saved;
		this.#lmsSaved = lmsSaved;
		if (this.#courseId !== null) this.#backupKey = backupKey(this.#courseId, this.kind, launch.learnerId);

		const notices: string[] = [];
		let saved = lmsSaved || null;
		let resave = false;
		if (this.#mode === 'normal') {
			const statusPath = p.lessonStatus ?? p.completionStatus!;
			const status = lms.read(statusPath);
			if (status === 'not attempted' || status === 'unknown' || status === '') lms.set(statusPath, 'incomplete');
			// Keep the attempt open for resume until the course is finished (some LMSs only honour an early suspend).
			lms.set(p.exit, exitValue(this.kind, false));

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
			for (const record of this.#answersBeforeConnect.splice(0)) this.recordAnswer(record);
		} else {
			notices.push(this.#mode === 'review' ? MESSAGES.review : MESSAGES.browse);
		}
		if (launch.noCredit) notices.push(MESSAGES.noCredit);
		// Interactions brought back from a backup are committed now, unless the course saves a checkpoint at once.
		if (!resave && this.#uncommitted.length > 0) this.#commit();

		return {
			saved,
			learnerName: launch.learnerName,
			mode: this.#mode,
			passMark: launch.passMark,
			...(resave ? { resave } : {}),
			...(notices.length ? { notice: { level: 'info' as const, message: notices.join(' ') } } : {})
		};
	}

	recordAnswer(record: AnswerRecord): void {
		if (this.#phase === 'unavailable') {
			this.#answersBeforeConnect.push(record);
			return;
		}
		if (!this.#scored()) return;
		let fields: Array<[InteractionField, string]>;
		try {
			fields = interactionValues(this.kind, record);
		} catch (error) {
			// A value that cannot be formatted for this LMS loses that one interaction, never the learner's answer
			// (it is in suspend_data too).
			console.warn(`Could not report interaction ${record.item.id}:`, error);
			return;
		}
		this.#writeInteraction(fields);
	}

	/** Writes a question's record: its own slot if it has one, else the next (see RecordSlots). */
	#writeInteraction(fields: Array<[InteractionField, string]>) {
		const id = fields.find(([field]) => field === 'id')?.[1] ?? '';
		const n = this.#slots.interaction(id);
		this.#uncommitted = [...this.#uncommitted.filter((r) => r.n !== n), { n, fields }];
		for (const [field, value] of fields) this.#lms.set(interactionPath(this.kind, n, field), value);
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
		this.#setSessionTime();
		// Review and browse launches leave the attempt's saved state as it was: only the bookmark moves.
		if (this.#mode === 'normal') this.#setSuspendData(checkpoint.saved);
		// While saves are failing, the newest bookmark is kept locally too (it is committed with the next checkpoint).
		if (this.#status === 'retrying' || this.#status === 'local') this.#syncBackup();
		return null;
	}

	flush(): void {
		if (this.#phase !== 'open' || this.#awaitingMerge) return;
		this.#setSessionTime();
		this.#commit();
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
		this.#setSessionTime();
		this.#lms.resend();
		// Terminate alone, no Commit first: Terminate commits everything set (RTE), and a closing page gets one
		// request out reliably. Moodle sends each call as a beacon carrying the whole data model, and Chromium
		// refuses beacons past 64 KiB in flight, so a Commit just before Terminate made the Terminate fail.
		if (this.#lms.terminate()) this.#committed();
		this.#phase = 'closed';
		if (!this.#awaitingMerge) this.#syncBackup();
	}

	#write(cp: Checkpoint) {
		if (this.#phase !== 'open') return;
		const p = this.#dm.paths;
		this.#setLimited(p.location, cp.location, this.#dm.limits.location);
		this.#setSessionTime();
		if (!this.#scored()) return;
		this.#setSuspendData(cp.saved);
		for (const [name, value] of courseValues(cp, this.#completionThreshold)) this.#lms.set(p[name], value);
		// A new attempt started inside this session, after a finished one: clear the old score where the version can
		// (1.2), or Moodle's "mastery score overrides status" would judge the new, unfinished attempt by it.
		const noScore = this.#dm.vocabulary.noScore;
		if (!cp.completed && noScore !== null && this.#lms.held(p.scoreRaw)) this.#lms.set(p.scoreRaw, noScore);
		for (const objective of objectiveResults(cp, this.#passMark)) {
			const n = this.#slots.objective(objective.id);
			for (const [field, value] of objectiveValues(objective)) this.#lms.set(objectivePath(this.kind, n, field), value);
		}
		this.#lms.set(p.exit, exitValue(this.kind, cp.completed));
	}

	/**
	 * The whole session's time so far (from this session's Initialize, never earlier sessions': the LMS adds it to the
	 * total it already holds, so a running total here would count the earlier sessions twice).
	 */
	#setSessionTime() {
		this.#lms.set(this.#dm.paths.sessionTime, timespan(this.kind, this.#now() - this.#sessionStart));
	}

	#setSuspendData(saved: string) {
		// Never send a cut-down suspend_data: a truncated string is unreadable on resume. Progress is kept compact
		// (tested at full progress) so this only happens if the format regresses; the local backup keeps it then.
		const path = this.#dm.paths.suspendData;
		if (saved.length > this.#dm.limits.suspendData) {
			console.warn(`suspend_data not sent: ${saved.length} > ${this.#dm.limits.suspendData} characters`);
			this.#lms.refuse(path);
			return;
		}
		this.#lms.set(path, saved);
	}

	#setLimited(path: string, value: string, limit: number) {
		this.#lms.set(path, value.length > limit ? value.slice(0, limit) : value);
	}

	#scored(): boolean {
		return this.#phase === 'open' && this.#mode === 'normal';
	}

	/** Sends what is waiting and commits. True when the LMS now holds everything (nothing waiting or refused). */
	#commit(): boolean {
		if (this.#phase !== 'open') return false;
		if (this.#lms.commit()) this.#committed();
		const synced = this.#lms.synced;
		this.#afterAttempt(synced);
		return synced;
	}

	/** The LMS has committed everything set so far. */
	#committed() {
		this.#lmsSaved = this.#lms.held(this.#dm.paths.suspendData) ?? this.#lmsSaved;
		this.#uncommitted = this.#uncommitted.filter(({ n, fields }) =>
			fields.some(([field]) => {
				const path = interactionPath(this.kind, n, field);
				return path !== null && this.#lms.isWaiting(path);
			})
		);
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
			if (this.#lms.retryable && this.#retries < this.#delays.length) {
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
		if (this.#lms.synced) {
			removeBackup(this.#storage, this.#backupKey);
		} else if (this.#lastCheckpoint) {
			writeBackup(this.#storage, this.#backupKey, {
				saved: this.#lastCheckpoint.saved,
				location: this.#lastCheckpoint.location,
				base: this.#lmsSaved,
				interactions: this.#uncommitted.map((r) => r.fields),
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
		if (!this.#lms.initialize()) {
			this.#scheduleReconnect();
			return;
		}
		if (this.#reconnectTimer !== null) this.#timers.clear(this.#reconnectTimer);
		this.#reconnectTimer = null;
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
}
