import type { LmsConnection } from '../scorm/find-api.ts';
import type { AnswerRecord, Checkpoint, LaunchData, SaveStatus, Tracker, TrackerNotice } from '../tracker.ts';
import { browserTimers, type Timers } from '../timers.ts';

/**
 * For a course that starts inside a frame or a popup with no LMS API in sight: some LMS players put the API on
 * their window only after the course has started loading. Waiting for it would hold up the start page, so this
 * tracker starts at once, as the standalone web page (the likeliest outcome), and looks for the API again every
 * `pollMs` for `waitMs` (default 100 ms for 2 s):
 * - an API appears: the SCORM tracker takes over; answers given meanwhile are reported to the LMS, and the course is
 *   handed the LMS's launch data to merge with what the learner did (Tracker.onLaunch);
 * - none appears: the standalone tracker takes over and receives what happened meanwhile (saves, resets).
 * Nothing is written anywhere until then, so an LMS learner's answers never land in standalone storage.
 */
export interface LateLmsOptions {
	find: () => LmsConnection | null;
	/** The standalone tracker used until (and unless) an LMS appears. */
	standalone: Tracker;
	/** Makes the SCORM tracker for an API found late. */
	connect: (lms: LmsConnection) => Tracker;
	timers?: Timers;
	pollMs?: number;
	waitMs?: number;
}

export class LateLmsTracker implements Tracker {
	readonly #find: () => LmsConnection | null;
	readonly #standalone: Tracker;
	readonly #connect: (lms: LmsConnection) => Tracker;
	readonly #timers: Timers;
	readonly #pollMs: number;
	readonly #waitMs: number;
	#inner: Tracker | null = null;
	#waited = 0;
	#timer: unknown = null;
	/** What the standalone tracker should do if no LMS appears, in order. */
	#replay: Array<(tracker: Tracker) => void> = [];
	/** Answers to report to an LMS that appears. */
	#answers: AnswerRecord[] = [];
	#onLaunch: ((launch: LaunchData) => void) | null = null;
	#onStatus: ((status: SaveStatus) => void) | null = null;

	constructor(options: LateLmsOptions) {
		this.#find = options.find;
		this.#standalone = options.standalone;
		this.#connect = options.connect;
		this.#timers = options.timers ?? browserTimers;
		this.#pollMs = options.pollMs ?? 100;
		this.#waitMs = options.waitMs ?? 2000;
	}

	get kind(): Tracker['kind'] {
		return this.#inner?.kind ?? 'standalone';
	}

	start(): LaunchData {
		// What this browser holds is shown at once; nothing is written until the search is over.
		const launch = this.#standalone.start();
		this.#schedule();
		return launch;
	}

	#schedule() {
		this.#timer = this.#timers.set(() => this.#look(), this.#pollMs);
	}

	#look() {
		this.#timer = null;
		if (this.#inner) return;
		const lms = this.#find();
		if (lms) return this.#useLms(lms);
		this.#waited += this.#pollMs;
		if (this.#waited >= this.#waitMs) return this.#useStandalone();
		this.#schedule();
	}

	#useStandalone() {
		const tracker = (this.#inner = this.#standalone);
		for (const step of this.#replay.splice(0)) step(tracker);
		this.#answers = [];
	}

	#useLms(lms: LmsConnection) {
		const tracker = (this.#inner = this.#connect(lms));
		if (this.#onStatus) tracker.onStatus?.(this.#onStatus);
		if (this.#onLaunch) tracker.onLaunch?.(this.#onLaunch);
		const launch = tracker.start();
		for (const record of this.#answers.splice(0)) tracker.recordAnswer(record);
		this.#replay = [];
		this.#onLaunch?.(launch);
	}

	recordAnswer(record: AnswerRecord): void {
		if (this.#inner) this.#inner.recordAnswer(record);
		else this.#answers.push(record);
	}

	/** Runs `step` on the tracker in charge or, while the search is on, keeps it for the standalone tracker. */
	#forward<T>(step: (tracker: Tracker) => T): T | null {
		if (this.#inner) return step(this.#inner);
		this.#replay.push(step);
		return null;
	}

	save(checkpoint: Checkpoint): TrackerNotice | null {
		return this.#forward((t) => t.save(checkpoint));
	}

	bookmark(checkpoint: Checkpoint): TrackerNotice | null {
		return this.#forward((t) => t.bookmark(checkpoint));
	}

	flush(): void {
		this.#inner?.flush();
	}

	setAside(saved: string): void {
		this.#forward((t) => t.setAside(saved));
	}

	reset(): void {
		this.#forward((t) => t.reset());
	}

	quit(): void {
		if (this.#timer !== null) this.#timers.clear(this.#timer);
		this.#timer = null;
		// Leaving before any LMS appeared: this was the standalone web page after all.
		if (!this.#inner) this.#useStandalone();
		this.#inner!.quit();
	}

	onLaunch(listener: (launch: LaunchData) => void): void {
		this.#onLaunch = listener;
		this.#inner?.onLaunch?.(listener);
	}

	onStatus(listener: (status: SaveStatus) => void): void {
		this.#onStatus = listener;
		this.#inner?.onStatus?.(listener);
	}
}
