/**
 * The LMS preview's records: the call log, LMS notes, what it stores between sessions, the launch plan, the manifest
 * as read, and the loose shape of a scorm-again API object. Types only.
 */

import type { ScormVersion } from '../src/lib/tracking/scorm/data-model.ts';

export type { ScormVersion };

/** The data model as scorm-again renders it: nested objects read by path. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the data model is read by path, as an LMS does
export type Cmi = Record<string, any>;

/** `?mode=`: how the LMS launches (review and browse are for a learner looking back at an attempt). */
export type LaunchMode = 'normal' | 'review' | 'browse';

export interface LogEntry {
	/** 1-based position in the log. */
	n: number;
	/** Launches since this page loaded: 1 for the first, +1 per relaunch. */
	launch: number;
	/** The learner attempt (kept in storage). */
	attempt: number;
	/** The session within that attempt (kept in storage). */
	session: number;
	/** Milliseconds since the preview page loaded. */
	at: number;
	/** API method the SCO called, e.g. "LMSSetValue" or "SetValue". */
	method: string;
	args: string[];
	/** What the API returned to the SCO. */
	result: string;
	/** The API's last error after the call ("0" = none; always "0" for GetLastError/GetErrorString/GetDiagnostic). */
	errorCode: string;
	errorString?: string;
	diagnostic?: string;
	/** Refused by strict mode (a strict LMS's limit), not by scorm-again. */
	strict?: boolean;
	/** Refused by the LMS profile (a beacon past 64 KiB, a call after the LMS finished the session itself): why. */
	refusedBy?: string;
}

export interface LmsEvent {
	launch: number;
	at: number;
	level: 'info' | 'warning';
	message: string;
}

/** What this simulated LMS keeps in localStorage between sessions (format 1). */
export interface StoredAttempt {
	format: 1;
	version: ScormVersion;
	attempt: number;
	/** The session that saved it. */
	session: number;
	/** The data model at the last commit / terminate (as scorm-again renders it). */
	cmi: Cmi;
	/** LMS-held total time (session times added at each Terminate/LMSFinish). */
	totalTime: string;
	/** cmi.exit / cmi.core.exit at that point. */
	exit: string;
	/** Whether the session ended with Terminate/LMSFinish. */
	terminated: boolean;
	/** Who ended it: the SCO's Terminate/LMSFinish, or the LMS itself as its page unloaded (finishes-on-unload). */
	finishedBy?: 'sco' | 'lms';
	trigger: 'commit' | 'terminate';
	/** ISO date. */
	savedAt: string;
}

export interface LaunchPlan {
	entry: 'ab-initio' | 'resume' | '';
	attempt: number;
	session: number;
	/** Stored data continued into this session, or null for a fresh attempt. */
	carry: StoredAttempt | null;
	reason: string;
}

export interface ManifestInfo {
	title: string;
	identifier: string;
	schemaVersion: string;
	/** Relative to the package folder, with the item's parameters. */
	launchHref: string;
	/** 1.2 masteryscore (0–100) or 2004 minNormalizedMeasure (0–1), if declared. */
	mastery: number | null;
	masterySource: string;
	launchData: string;
	completionThreshold: string;
	/** 2004: objective ids from the item's sequencing (primary first). */
	objectiveIds: string[];
	/** 2004: each objective's minNormalizedMeasure (null when it has none), in manifest order (Moodle keeps the last). */
	objectiveMeasures: Array<number | null>;
	warnings: string[];
}

/** Strict mode's refusal of one SetValue. */
export interface StrictRejection {
	/** The error code GetLastError reports. */
	code: string;
	/** What GetDiagnostic reports: the element, the value's problem and the limit. */
	diagnostic: string;
}

/**
 * A scorm-again API instance (window.API or window.API_1484_11), as far as the preview uses it. Typed loosely: the
 * preview replaces its eight SCORM methods at run time to log every call.
 */
export interface LmsApi {
	[method: string]: unknown;
	lastErrorCode: string;
	/** scorm-again's data model object: the LMS sets its own values here (Moodle's changes at finish). */
	cmi: Cmi;
	loadFromJSON(json: Cmi, prefix: string): void;
	renderCMIToJSONObject(): Cmi;
	renderCommitCMI(terminateCommit: boolean): Cmi;
}

/** Writes a note to the LMS log (launches, missing Terminate, seeding problems, strict refusals). */
export type Note = (message: string, level?: 'info' | 'warning') => void;
