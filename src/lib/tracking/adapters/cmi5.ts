import { boolean, integer, object, optional, string } from '../../shared/json-guards.ts';
import { safeLocalStorage } from '../../shared/safe-storage.ts';
import { readBackup, removeBackup, writeBackup } from '../backup.ts';
import { readLaunchData, type Cmi5LaunchData, type Cmi5Params } from '../cmi5/launch.ts';
import { Lrs, retryable, type Query } from '../cmi5/lrs.ts';
import { answeredStatement, cmi5Statement, dueVerdicts, type Cmi5Verb, type StatementContext, type Verdicts } from '../cmi5/statements.ts';
import { scorm2004Duration } from '../scorm/time.ts';
import { browserTimers, type Timers } from '../timers.ts';
import type { AnswerRecord, Checkpoint, LaunchData, SaveStatus, Tracker, TrackerNotice } from '../tracker.ts';
import { RETRY_DELAYS } from './scorm.ts';
import { MESSAGES } from './scorm-messages.ts';

/**
 * The cmi5 tracker: the course as a cmi5 AU, reporting to the LMS's LRS over xAPI (cmi5 spec sections 7–11).
 *
 * Launch: the address carries endpoint, fetch, actor, registration and activityId. start() answers at once (the
 * course shows its start page), and the launch goes on in the background: the auth token (once), LMS.LaunchData
 * (launch mode, masteryScore, returnURL, the context template), the learner preferences (read before any statement,
 * as the spec requires; the course plays no sound of its own, so audioPreference has nothing to switch), and the
 * course's own State API document. Then `initialized`, and the course hears the launch data (Tracker.onLaunch): it
 * resumes at the saved screen with the saved answers.
 *
 * While open, in Normal mode: one `answered` statement per try, `completed` once every question is answered, then
 * `passed` or `failed` (statements.ts keeps cmi5's once-per-registration rules, remembered in the state document),
 * and the progress in the state document at each checkpoint. Browse and Review: initialized and terminated only,
 * nothing scored and the state document untouched. `terminated` is the last statement; the learner's Exit then
 * leaves for LaunchData's returnURL.
 *
 * Like the SCORM tracker, nothing is lost to a failing LRS: statements wait in order and are retried with the same
 * backoff, the learner sees the same quiet status line, and while anything has not reached the LRS the newest
 * progress is kept in this browser (backup.ts), brought back at the next launch if the LRS has not moved on.
 */

/** The course's own State API document (LMS.LaunchData is the LMS's, and read-only). */
export const STATE_ID = 'progress';

/** What the course keeps in its state document, per registration. */
export interface StateDocument {
	saved: string;
	location: string;
	/** Verdicts already sent in this registration. */
	sent: Verdicts;
	/** Time spent in earlier sessions (ms), for the durations of completed / passed / failed. */
	time: number;
}

export interface Cmi5Options {
	courseId: string;
	storage?: Storage | null;
	fetch?: typeof fetch;
	now?: () => number;
	timers?: Timers;
	retryDelays?: readonly number[];
	/** Leaves for the LMS's returnURL (tests record it instead). */
	navigate?: (url: string) => void;
}

type Json = Record<string, unknown>;

export class Cmi5Tracker implements Tracker {
	readonly kind = 'cmi5';
	readonly #params: Cmi5Params;
	readonly #lrs: Lrs;
	readonly #now: () => number;
	readonly #timers: Timers;
	readonly #storage: Storage | null;
	readonly #backupKey: string;
	readonly #delays: readonly number[];
	readonly #navigate: (url: string) => void;
	#phase: 'new' | 'connecting' | 'open' | 'closed' = 'new';
	/** terminated is queued: nothing more is recorded, what waits is still sent. */
	#ended = false;
	#launch: Cmi5LaunchData | null = null;
	#ctx: StatementContext | null = null;
	#sessionStart = 0;
	#doc: StateDocument = { saved: '', location: '', sent: {}, time: 0 };
	/** The saved progress the LRS holds (read at launch or stored since): the base of a local backup. */
	#stored = '';
	#docDirty = false;
	#failedThisSession = false;
	/** Statements waiting to be sent, oldest first. */
	#queue: Json[] = [];
	#last: Checkpoint | null = null;
	/** The request on its way, if any: statements go one batch at a time, in order. */
	#sending: Promise<void> | null = null;
	#retries = 0;
	#timer: unknown = null;
	#status: SaveStatus['state'] | null = null;
	#onStatus: ((status: SaveStatus) => void) | null = null;
	#onLaunch: ((launch: LaunchData) => void) | null = null;

	constructor(params: Cmi5Params, options: Cmi5Options) {
		this.#params = params;
		this.#lrs = new Lrs(params, options.fetch);
		this.#now = options.now ?? Date.now;
		this.#timers = options.timers ?? browserTimers;
		this.#storage = options.storage !== undefined ? options.storage : safeLocalStorage();
		this.#backupKey = `${options.courseId}:lms-backup:cmi5:${params.registration}`;
		this.#delays = options.retryDelays ?? RETRY_DELAYS;
		this.#navigate = options.navigate ?? ((url) => location.assign(url));
	}

	onStatus(listener: (status: SaveStatus) => void): void {
		this.#onStatus = listener;
	}

	onLaunch(listener: (launch: LaunchData) => void): void {
		this.#onLaunch = listener;
	}

	start(): LaunchData {
		if (this.#phase === 'new') {
			this.#phase = 'connecting';
			void this.#connect();
		}
		return { saved: null, learnerName: this.#learnerName, mode: 'normal', passMark: null };
	}

	get #learnerName(): string | null {
		return this.#params.actor.name || null;
	}

	/** State API parameters (with `activity`: activityId and registration too), Agent Profile API parameters. */
	#q(extra: Query, activity = true): Query {
		const { actor, activityId, registration } = this.#params;
		return { agent: JSON.stringify(actor), ...(activity ? { activityId, registration } : {}), ...extra };
	}

	/** The launch sequence; each step is kept once done, so a retry after a failure picks up where it stopped. */
	async #connect(): Promise<void> {
		try {
			await this.#lrs.token();
			this.#launch ??= readLaunchData(await this.#lrs.get('activities/state', this.#q({ stateId: 'LMS.LaunchData' })));
			// An LMS that gives no valid launch data breaks the spec: the course cannot know what it may record.
			if (!this.#launch) throw 400;
			await this.#lrs.get('agents/profile', this.#q({ profileId: 'cmi5LearnerPreferences' }, false));
			this.#open(this.#launch, readDocument(await this.#lrs.get('activities/state', this.#q({ stateId: STATE_ID }))));
		} catch (error) {
			if (this.#phase !== 'connecting') return;
			const retry = retryable(error) && this.#retries < this.#delays.length;
			this.#report('local', MESSAGES.notConnected);
			if (retry) {
				this.#timer = this.#timers.set(() => {
					this.#timer = null;
					void this.#connect();
				}, this.#delays[this.#retries++]!);
			}
		}
	}

	#open(launch: Cmi5LaunchData, doc: StateDocument | null) {
		this.#phase = 'open';
		this.#retries = 0;
		this.#sessionStart = this.#now();
		this.#ctx = {
			actor: this.#params.actor,
			activityId: this.#params.activityId,
			registration: this.#params.registration,
			template: launch.contextTemplate,
			masteryScore: launch.masteryScore
		};
		this.#queue.push(cmi5Statement(this.#ctx, 'initialized', this.#sessionStart));
		const normal = launch.mode === 'normal';
		const notices: string[] = [];
		let saved = doc?.saved || null;
		let resave = false;
		if (normal) {
			if (doc) this.#doc = { ...doc };
			this.#stored = doc?.saved ?? '';
			const backup = readBackup(this.#storage, this.#backupKey, this.#now());
			if (backup && backup.base === this.#stored && backup.saved !== this.#stored) {
				saved = backup.saved;
				resave = true;
				notices.push(MESSAGES.restored);
			} else if (backup) {
				removeBackup(this.#storage, this.#backupKey);
			}
		} else {
			notices.push(launch.mode === 'review' ? MESSAGES.review : MESSAGES.browse);
		}
		this.#pump();
		if (this.#status) this.#report('saved');
		this.#onLaunch?.({
			saved,
			learnerName: this.#learnerName,
			mode: launch.mode,
			passMark: launch.masteryScore === null ? null : launch.masteryScore * 100,
			canExit: launch.returnURL !== null,
			...(resave ? { resave } : {}),
			...(notices.length ? { notice: { level: 'info' as const, message: notices.join(' ') } } : {})
		});
	}

	#normal(): boolean {
		return this.#phase === 'open' && !this.#ended && this.#launch?.mode === 'normal';
	}

	recordAnswer(record: AnswerRecord): void {
		// (An answer given in the moment before the launch finished reaches the LRS in the state document only.)
		if (!this.#normal()) return;
		try {
			this.#queue.push(answeredStatement(this.#ctx!, record));
		} catch (error) {
			// A value that cannot be formatted loses that one statement, never the answer (it is in the state document).
			console.warn(`Could not report answer ${record.item.id}:`, error);
		}
	}

	save(checkpoint: Checkpoint): TrackerNotice | null {
		this.#keep(checkpoint);
		if (!this.#normal()) return null;
		const now = this.#now();
		const duration = scorm2004Duration(this.#doc.time + now - this.#sessionStart);
		for (const { verb, result } of dueVerdicts(checkpoint, this.#doc.sent, this.#failedThisSession, this.#ctx!.masteryScore, duration)) {
			this.#queue.push(cmi5Statement(this.#ctx!, verb, now, result));
			this.#doc.sent[verb as Exclude<Cmi5Verb, 'initialized' | 'terminated'>] = true;
			if (verb === 'failed') this.#failedThisSession = true;
		}
		this.#pump();
		return null;
	}

	bookmark(checkpoint: Checkpoint): TrackerNotice | null {
		// Stored at once (one small PUT), so that a closing page has only terminated left to send.
		this.#keep(checkpoint);
		this.#pump();
		return null;
	}

	#keep(checkpoint: Checkpoint) {
		this.#last = checkpoint;
		if (this.#phase === 'connecting') this.#syncBackup();
		if (!this.#normal()) return;
		this.#doc.saved = checkpoint.saved;
		this.#doc.location = checkpoint.location;
		this.#docDirty = true;
	}

	flush(): void {
		this.#pump();
	}

	setAside(saved: string): void {
		try {
			this.#storage?.setItem(`${this.#backupKey}:unreadable`, saved);
		} catch {
			/* storage blocked or full: the LRS copy is all there is */
		}
	}

	reset(): void {
		// A new attempt in the same registration may fail again; completed and passed stay sent (once per registration).
		this.#doc.sent.failed = false;
		removeBackup(this.#storage, this.#backupKey);
	}

	quit(): void {
		if (this.#timer !== null) this.#timers.clear(this.#timer);
		this.#timer = null;
		if (this.#phase !== 'open') {
			// Never initialized: no session to terminate (the backup keeps what the learner did).
			this.#phase = 'closed';
			return;
		}
		if (this.#ended) return;
		this.#ended = true;
		const now = this.#now();
		this.#queue.push(cmi5Statement(this.#ctx!, 'terminated', now, { duration: scorm2004Duration(now - this.#sessionStart) }));
		this.#pump();
	}

	/** The learner's Exit: end the session, then leave for the LMS's returnURL once the LRS has everything. */
	async exit(): Promise<void> {
		const url = this.#launch?.returnURL;
		this.quit();
		while (this.#sending) await this.#sending;
		if (url) this.#navigate(url);
	}

	/**
	 * Sends what waits: the state document, then all queued statements as one batch (in order, terminated last). One
	 * request at a time, so the LRS sees statements in the order they happened; a failure is retried with backoff.
	 * `closing`: the page is going away — keepalive requests, and no waiting for a retry.
	 */
	#pump() {
		const closing = this.#ended;
		if (this.#sending || this.#phase !== 'open' || this.#timer !== null) return;
		const batch = this.#queue.slice();
		const doc = this.#docDirty ? { ...this.#doc, sent: { ...this.#doc.sent }, time: this.#doc.time + this.#now() - this.#sessionStart } : null;
		if (!batch.length && !doc) return;
		this.#docDirty = false;
		// The state document first: after terminated the LMS takes nothing more from this session.
		this.#sending = (async () => {
			if (doc) await this.#lrs.send('PUT', 'activities/state', this.#q({ stateId: STATE_ID }), doc, closing);
			if (doc) this.#stored = doc.saved;
			if (batch.length) await this.#lrs.send('POST', 'statements', {}, batch, closing);
			this.#queue.splice(0, batch.length);
		})().then(
			() => {
				this.#retries = 0;
				this.#sending = null;
				if (!this.#queue.length && !this.#docDirty && this.#status) this.#report('saved');
				this.#syncBackup();
				this.#pump();
			},
			(error: unknown) => this.#failed(error, batch, doc !== null, closing)
		);
		this.#syncBackup();
	}

	#failed(error: unknown, batch: Json[], hadDoc: boolean, closing: boolean) {
		this.#sending = null;
		if (hadDoc) this.#docDirty = true;
		const retry = retryable(error);
		if (!retry && this.#queue[0] === batch[0]) {
			// Refused for good (a 4xx): sending it again would fail the same way. The answers stay in the state document.
			console.warn('The LRS refused statements:', error);
			this.#queue.splice(0, batch.length);
		}
		this.#syncBackup();
		if (closing) return;
		if (retry && this.#retries < this.#delays.length) {
			this.#report('retrying');
			this.#timer = this.#timers.set(() => {
				this.#timer = null;
				this.#pump();
			}, this.#delays[this.#retries++]!);
		} else {
			this.#report('local');
		}
	}

	/** The local backup follows the LRS: gone once it holds everything, else the newest progress. */
	#syncBackup() {
		const synced = this.#phase === 'open' && !this.#queue.length && !this.#docDirty && !this.#sending;
		if (synced) removeBackup(this.#storage, this.#backupKey);
		else if (this.#last && this.#launch?.mode !== 'browse' && this.#launch?.mode !== 'review') {
			writeBackup(this.#storage, this.#backupKey, { saved: this.#last.saved, location: this.#last.location, base: this.#stored, interactions: [], at: this.#now() });
		}
	}

	#report(state: SaveStatus['state'], message: string = MESSAGES.status[state]) {
		if (this.#status === state) return;
		this.#status = state === 'saved' ? null : state;
		this.#onStatus?.({ state, message });
	}
}

const flag = optional(boolean);
const isDocument = object({
	saved: string(),
	location: string(),
	sent: object({ completed: flag, passed: flag, failed: flag }),
	time: integer(0, Number.MAX_SAFE_INTEGER)
});

/** The course's state document as read back (untrusted): null when absent or not in this shape. */
function readDocument(doc: unknown): StateDocument | null {
	if (!isDocument(doc)) return null;
	const { saved, location, sent, time } = doc;
	return { saved, location, sent: { completed: sent.completed, passed: sent.passed, failed: sent.failed }, time };
}
