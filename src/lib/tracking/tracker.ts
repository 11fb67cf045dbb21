/**
 * What the course tells the place it runs in. The UI and course state talk only to this interface; the adapters
 * (standalone today, SCORM 1.2 and 2004 beside it) are the only code that touches localStorage or an LMS API.
 */

export interface LaunchData {
	/** The saved progress string (suspend_data or its local equivalent), or null on a first launch. */
	saved: string | null;
	/** The learner's name as the LMS knows it, when there is one. */
	learnerName: string | null;
}

export interface Checkpoint {
	/** Serialized progress (see state/progress.ts). */
	saved: string;
	/** Hash path of the current screen, the bookmark. */
	location: string;
	/** Course score so far, 0–100, and whether the course is finished and passed. */
	scorePercent: number;
	completed: boolean;
	passed: boolean;
}

export interface AnswerRecord {
	itemId: string;
	lessonSlug: string;
	correct: boolean;
	/** When the question was shown and answered (epoch ms): latency and timestamp for the LMS. */
	shownAt: number;
	answeredAt: number;
}

/** A problem the learner should hear about (saving failed, storage unavailable). */
export type TrackerNotice = { level: 'warning'; message: string };

export interface Tracker {
	readonly kind: 'standalone' | 'scorm12' | 'scorm2004';
	start(): LaunchData;
	recordAnswer(record: AnswerRecord): void;
	/** Persist a checkpoint: called when an answer is submitted, a lesson finished, the course finished. */
	save(checkpoint: Checkpoint): TrackerNotice | null;
	/**
	 * The learner moved to another screen. Record the bookmark, but durable saving is the adapter's choice:
	 * cheap for localStorage, deferred to the next checkpoint (or leaving the page) for an LMS.
	 */
	bookmark(checkpoint: Checkpoint): TrackerNotice | null;
	/** Keep a copy of saved progress that could not be read, instead of overwriting it unseen. */
	setAside(saved: string): void;
	/** Forget everything stored for this learner (new attempt). */
	reset(): void;
	/** The learner leaves: final save of anything pending. Safe to call more than once. */
	quit(): void;
}
