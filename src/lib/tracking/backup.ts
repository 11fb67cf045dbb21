import { arrayOf, integer, literal, object, oneOf, string, tuple } from '../shared/json-guards.ts';
import { dataModel, type InteractionFields, type ScormVersion } from './scorm/data-model.ts';

/**
 * The local backup of an LMS session's progress: what this browser keeps while the LMS is not taking saves
 * (SetValue or Commit failing), so that closing the tab then loses nothing. It exists only while something has not
 * reached the LMS — the adapter removes it after the next complete save — and is keyed by course, SCORM version and
 * learner, so on a shared computer one learner's backup is never offered to another.
 *
 * On the next launch it is used instead of the LMS's suspend_data only if the LMS still holds what it held when the
 * backup was written (`base`): then the backup is the newer of the two. If the LMS holds something else, the learner
 * has saved from elsewhere since, and the LMS wins. No clocks are compared: device clocks disagree.
 *
 * Whatever is read back is untrusted (another script, a browser extension, an older version): it is validated and
 * dropped when it does not fit.
 */

export type InteractionField = keyof InteractionFields;

export interface LocalBackup {
	/** suspend_data and bookmark of the newest checkpoint. */
	saved: string;
	location: string;
	/** The suspend_data the LMS was known to hold (read at launch or last committed) when this was written. */
	base: string;
	/** Interaction records not yet committed, field by field (version-neutral names), oldest first. */
	interactions: Array<Array<[InteractionField, string]>>;
	/** When it was written (epoch ms): backups older than MAX_AGE_MS are ignored. */
	at: number;
}

/** A backup this old is from an attempt nobody is coming back to. */
export const MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** The interaction field names (version-neutral: both versions' tables have the same keys). */
const FIELDS = Object.keys(dataModel.scorm2004.interaction) as InteractionField[];

const isText = string(64_000);
const isBackup = object({
	v: literal(1),
	saved: isText,
	location: string(1000),
	base: isText,
	interactions: arrayOf(arrayOf(tuple(oneOf(FIELDS), string(4000))), 1000),
	at: integer(0, Number.MAX_SAFE_INTEGER)
});

export function backupKey(courseId: string, version: ScormVersion, learnerId: string): string {
	return `${courseId}:lms-backup:${version}:${learnerId}`;
}

/** The backup under `key`, or null when there is none, it is unreadable or too old. Never throws. */
export function readBackup(storage: Storage | null, key: string, now: number): LocalBackup | null {
	try {
		const raw = storage?.getItem(key);
		if (!raw) return null;
		const parsed: unknown = JSON.parse(raw);
		if (!isBackup(parsed)) return null;
		const { saved, location, base, interactions, at } = parsed;
		return now - at > MAX_AGE_MS ? null : { saved, location, base, interactions, at };
	} catch {
		return null;
	}
}

/** Writes the backup; false when the browser does not let us (storage blocked or full). */
export function writeBackup(storage: Storage | null, key: string, backup: LocalBackup): boolean {
	try {
		if (!storage) return false;
		storage.setItem(key, JSON.stringify({ v: 1, ...backup }));
		return true;
	} catch {
		return false;
	}
}

export function removeBackup(storage: Storage | null, key: string): void {
	try {
		storage?.removeItem(key);
	} catch {
		/* storage blocked: nothing was written either */
	}
}
