import type { ScormVersion } from '../../src/lib/tracking/scorm/data-model.ts';
import type { LmsEvent, LogEntry, ManifestInfo, StoredAttempt } from '../../preview/types.ts';

/**
 * The shape of `window.previewLms`, the test hook of the LMS preview page (preview/hook.ts).
 * Import the types in browser tests: `import type { PreviewLms } from '../preview/preview-lms.ts'`.
 */

export type { ScormVersion };
/** One API call the SCO made (preview/types.ts LogEntry). */
export type PreviewLogEntry = LogEntry;
/** An LMS-side note. */
export type PreviewLmsEvent = LmsEvent;
/** What the preview stores between sessions (format 1). */
export type PreviewStoredAttempt = StoredAttempt;
/** The manifest as the preview read it. */
export type PreviewManifest = ManifestInfo;

export interface PreviewLaunch {
	/** Launches since the preview page loaded: 1, then +1 per relaunch. */
	number: number;
	entry: 'ab-initio' | 'resume' | '';
	/** Learner attempt (a new one after "New attempt", or in 2004 after a session that did not suspend). */
	attempt: number;
	/** Session within the attempt; survives page reloads. */
	session: number;
	/** Why entry has its value. */
	reason: string;
	state: 'not initialized' | 'initialized' | 'terminated';
}

/** The LMS the preview plays (preview/profiles.ts). */
export type PreviewLmsProfile = 'scorm-again' | 'moodle' | 'finishes-on-unload';

export interface PreviewLms {
	version: ScormVersion;
	/** The LMS this page plays. */
	profile: PreviewLmsProfile;
	/** Plays another LMS: stores the choice and reloads the page with ?lms=. */
	setProfile(profile: PreviewLmsProfile): void;
	storageKey: string;
	/** URL path of the package folder, e.g. /lms/scorm2004/pluginfile.php/43/mod_scorm/content/1/ */
	packagePath: string;
	/** The current scorm-again API instance (replaced on relaunch). */
	readonly api: unknown;
	/** The whole data model the LMS holds now, `{ cmi: … }`, write-only elements and interactions included. */
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- nested data model read by path in tests
	getData(): { cmi: Record<string, any> } | null;
	/** Every API call since the page loaded, all sessions. */
	log: PreviewLogEntry[];
	/** LMS-side notes (session starts, course unloaded without Terminate, manifest warnings). */
	events: PreviewLmsEvent[];
	/** Log entries whose errorCode is not "0", except the codes in `ignore` (e.g. ['403'] for 2004 reads of never-set elements). */
	errors(ignore?: string[]): PreviewLogEntry[];
	/** Unloads the course (about:blank), then launches a new session from storage. Resolves when the course frame has loaded. */
	relaunch(): Promise<void>;
	/** Forgets the stored attempt for this version and reloads the page. */
	newAttempt(): void;
	readonly launch: PreviewLaunch | null;
	readonly manifest: PreviewManifest | null;
	/** What is stored for the next launch. */
	stored(): PreviewStoredAttempt | null;
	/** The stored record each launch of this page started from, oldest first. */
	history: PreviewStoredAttempt[];
	/**
	 * What the LMS held when the previous session ended (its last commit/terminate), or null. After a relaunch this is
	 * the ended session's data even when SCORM 2004 started a new attempt with a fresh data model.
	 */
	previous(): PreviewStoredAttempt | null;
	/** Resolves when the first launch has loaded the course frame. */
	ready: Promise<void>;
	/** Resolves when the current session's SCO has called Initialize / LMSInitialize. */
	whenInitialized(): Promise<void>;
}

declare global {
	interface Window {
		previewLms: PreviewLms;
	}
}
