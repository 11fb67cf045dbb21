/**
 * What the simulated LMS keeps in localStorage: the stored attempt per version (`lms-preview:<version>`, format 1),
 * the Strict LMS toggle (`lms-preview:strict`) and the LMS profile chosen (`lms-preview:profile`). Every read and write survives storage being unavailable.
 */

import type { ScormVersion } from '../src/lib/tracking/scorm/data-model.ts';
import type { StoredAttempt } from './types.ts';

const STORAGE_PREFIX = 'lms-preview:';
const STRICT_KEY = `${STORAGE_PREFIX}strict`;
const PROFILE_KEY = `${STORAGE_PREFIX}profile`;

/** The key the attempt of a version is stored under. */
export const storageKeyFor = (version: ScormVersion): string => STORAGE_PREFIX + version;

/** The stored attempt, or null when there is none (or it is not one this LMS wrote). */
export function loadRecord(key: string): StoredAttempt | null {
	try {
		const raw = localStorage.getItem(key);
		const rec = raw ? JSON.parse(raw) : null;
		return rec && rec.format === 1 && rec.cmi ? rec : null;
	} catch {
		return null;
	}
}

/** Stores the attempt; throws when storage refuses (the caller notes it). */
export function saveRecord(key: string, record: StoredAttempt): void {
	localStorage.setItem(key, JSON.stringify(record));
}

export function forgetRecord(key: string): void {
	localStorage.removeItem(key);
}

export function readStrictSetting(): boolean {
	try {
		return localStorage.getItem(STRICT_KEY) === '1';
	} catch {
		return false;
	}
}

/** The LMS profile last chosen in the top bar (null: none). */
export function readProfileSetting(): string | null {
	try {
		return localStorage.getItem(PROFILE_KEY);
	} catch {
		return null;
	}
}

export function writeProfileSetting(profile: string): void {
	try {
		localStorage.setItem(PROFILE_KEY, profile);
	} catch {
		// Storage unavailable: the address (?lms=) still says which LMS plays.
	}
}

export function writeStrictSetting(on: boolean): void {
	try {
		localStorage.setItem(STRICT_KEY, on ? '1' : '0');
	} catch {
		// Storage unavailable: strict mode still applies to this page.
	}
}
