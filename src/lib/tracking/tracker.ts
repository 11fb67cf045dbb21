/**
 * What the course tells the place it runs in. The UI and course state talk only to this interface; the adapters
 * (standalone localStorage, SCORM 1.2, SCORM 2004) are the only code that touches storage or an LMS API. Tracking
 * imports nothing from the quiz engine or the content: course state hands it plain records (below).
 */

/** A matching answer: which target the learner put against which source. */
export type MatchPair = readonly [source: string, target: string];

/**
 * A question as tracking reports it: its id, its type and its correct answer, which has the same shape as a learner's
 * response (an option id, a list of ids in order or as a set, a boolean, source → target pairs, a text). The quiz
 * engine's items have this shape (and more), so course state passes them as they are.
 */
export type ReportableItem =
	| { readonly id: string; readonly type: 'single'; readonly correct: string }
	| { readonly id: string; readonly type: 'multiple'; readonly correct: readonly string[] }
	| { readonly id: string; readonly type: 'true-false'; readonly correct: boolean }
	/** Put the options in order: the ids, first to last. */
	| { readonly id: string; readonly type: 'ordering'; readonly correct: readonly string[] }
	| { readonly id: string; readonly type: 'matching'; readonly correct: readonly MatchPair[] }
	/** One blank; the first accepted text is the one reported as correct. */
	| { readonly id: string; readonly type: 'fill-in'; readonly correct: string };

/** A learner's response, in the shape of ReportableItem's `correct`. */
export type ReportableResponse = string | readonly string[] | boolean | readonly MatchPair[];

export type LaunchMode = 'normal' | 'review' | 'browse';

export interface LaunchData {
	/** The saved progress string (suspend_data or its local equivalent), or null on a first launch. */
	saved: string | null;
	/** The learner's name as the LMS knows it ("Jane Doe"), when there is one. */
	learnerName: string | null;
	/** review/browse: the LMS asks that nothing scored be written. */
	mode: LaunchMode;
	/** Pass mark (0–100) the LMS imposes (mastery score / scaled passing score), overriding the course's own. */
	passMark: number | null;
	/** Something the learner should know from the start (e.g. the LMS could not be reached). */
	notice?: TrackerNotice;
	/**
	 * `saved` came from this browser's backup because it is newer than what the LMS holds (a session whose last
	 * saves never reached the LMS): the course should save a checkpoint at once, to write it back.
	 */
	resave?: boolean;
	/** The learner can leave the course for the place that launched it (cmi5's returnURL): offer an Exit. */
	canExit?: boolean;
}

/** One lesson's quiz result, reported as an LMS objective. */
export interface LessonResult {
	slug: string;
	title: string;
	answered: number;
	total: number;
	scorePercent: number;
}

export interface Checkpoint {
	/** Serialized progress (see state/progress.ts). */
	saved: string;
	/** Hash path of the current screen, the bookmark. */
	location: string;
	/** Course score so far, 0–100 of all items, and progress 0–1 (answered / total). */
	scorePercent: number;
	progress: number;
	/** Every item answered. */
	completed: boolean;
	/** Completed and at or above the pass mark. */
	passed: boolean;
	lessons: LessonResult[];
	/** Must-know (safety) items: how many are known, and how many can no longer be (no tries left). */
	mustKnow: { total: number; known: number; blocked: number } | null;
}

export interface AnswerRecord {
	item: ReportableItem;
	lessonSlug: string;
	response: ReportableResponse;
	correct: boolean;
	/** When the question was shown and answered (epoch ms): latency and timestamp for the LMS. */
	shownAt: number;
	answeredAt: number;
}

/** Something the learner should hear about: a problem (saving failed, storage unavailable) or a plain fact (review mode). */
export type TrackerNotice = { level: 'warning' | 'info'; message: string };

/**
 * How saving to the LMS is going, for a quiet status line (not the notice banner): `retrying` while failed saves
 * are retried, `local` when the LMS is not taking them and the progress is kept in this browser, `saved` once
 * everything has reached the LMS again. Trackers report only changes; all is well until the first report.
 */
export type SaveStatus = { state: 'retrying' | 'local' | 'saved'; message: string };

export interface Tracker {
	readonly kind: 'standalone' | 'scorm12' | 'scorm2004' | 'cmi5';
	start(): LaunchData;
	/** Record one answered question (an LMS interaction). Sent with the checkpoint that follows. */
	recordAnswer(record: AnswerRecord): void;
	/** Persist a checkpoint: called when an answer is submitted, a lesson finished, the course finished. */
	save(checkpoint: Checkpoint): TrackerNotice | null;
	/**
	 * The learner moved to another screen. Record the bookmark, but durable saving is the adapter's choice:
	 * cheap for localStorage, deferred to the next checkpoint (or leaving the page) for an LMS.
	 */
	bookmark(checkpoint: Checkpoint): TrackerNotice | null;
	/** The page is being hidden (tab switch, app switch): make anything pending durable now. */
	flush(): void;
	/** Keep a copy of saved progress that could not be read, instead of overwriting it unseen. */
	setAside(saved: string): void;
	/** Forget everything stored for this learner (new attempt). */
	reset(): void;
	/** The learner leaves: final save and end of the session. Safe to call more than once. */
	quit(): void;
	/** The learner chose Exit (offered when LaunchData.canExit): end the session, then leave for the launching system. */
	exit?(): Promise<void>;
	/**
	 * Launch data that arrives after start(): an LMS API that appeared only after the course started, or an LMS
	 * that accepted Initialize on a retry. The listener merges what the learner did meanwhile into the LMS's record
	 * and saves a checkpoint. Trackers that always know at start() do not implement it.
	 */
	onLaunch?(listener: (launch: LaunchData) => void): void;
	/** Save status changes (see SaveStatus). */
	onStatus?(listener: (status: SaveStatus) => void): void;
}
