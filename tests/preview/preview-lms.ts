/**
 * The shape of `window.previewLms`, the test hook of the LMS preview page (preview/preview.js).
 * Import the types in browser tests: `import type { PreviewLms } from '../preview/preview-lms.ts'`.
 */

export type ScormVersion = 'scorm12' | 'scorm2004';

export interface PreviewLogEntry {
	/** 1-based position in the log. */
	n: number;
	/** Launches since the preview page loaded: 1 for the first, +1 per relaunch (see PreviewLaunch.number). */
	launch: number;
	/** The learner attempt and the session within it, as stored (they survive page reloads). */
	attempt: number;
	session: number;
	/** Milliseconds since the preview page loaded. */
	at: number;
	/** The API method the SCO called: LMSInitialize, LMSSetValue… (1.2) or Initialize, SetValue… (2004). */
	method: string;
	args: string[];
	/** What the API returned to the SCO ("true"/"false" or the value read). */
	result: string;
	/** The API's error code after the call, as a string; "0" = no error. Always "0" for GetLastError/GetErrorString/GetDiagnostic. */
	errorCode: string;
	errorString?: string;
	diagnostic?: string;
}

export interface PreviewLmsEvent {
	launch: number;
	at: number;
	level: 'info' | 'warning';
	message: string;
}

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

export interface PreviewStoredAttempt {
	format: 1;
	version: ScormVersion;
	attempt: number;
	session: number;
	cmi: Record<string, unknown>;
	totalTime: string;
	exit: string;
	terminated: boolean;
	trigger: 'commit' | 'terminate';
	savedAt: string;
}

export interface PreviewManifest {
	title: string;
	identifier: string;
	schemaVersion: string;
	launchHref: string;
	mastery: number | null;
	masterySource: string;
	launchData: string;
	completionThreshold: string;
	objectiveIds: string[];
	warnings: string[];
}

export interface PreviewLms {
	version: ScormVersion;
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
