import { safeLocalStorage } from '../../shared/safe-storage.ts';
import type { Checkpoint, LaunchData, Tracker, TrackerNotice } from '../tracker.ts';

/**
 * No LMS: progress lives in this browser's localStorage. Only course progress is stored, under one key.
 * Storage can be missing or full (private browsing, quotas): the course keeps working in memory and says so.
 */
export class StandaloneTracker implements Tracker {
	readonly kind = 'standalone';
	readonly #key: string;
	readonly #storage: Storage | null;

	constructor(courseId: string, storage: Storage | null = safeLocalStorage()) {
		this.#key = `${courseId}:progress`;
		this.#storage = storage;
	}

	start(): LaunchData {
		let saved: string | null = null;
		try {
			saved = this.#storage?.getItem(this.#key) ?? null;
		} catch {
			/* storage blocked: start fresh; save() will tell the learner */
		}
		return { saved, learnerName: null, mode: 'normal', passMark: null };
	}

	recordAnswer(): void {
		// The answer is part of the progress string saved at the same checkpoint; nothing else to record.
	}

	save(checkpoint: Checkpoint): TrackerNotice | null {
		if (!this.#storage) return { level: 'warning', message: 'This browser is not letting the course save, so your progress will be lost if you close this page.' };
		try {
			this.#storage.setItem(this.#key, checkpoint.saved);
			return null;
		} catch {
			return { level: 'warning', message: 'Your progress could not be saved in this browser. You can carry on, but keep this page open.' };
		}
	}

	bookmark(checkpoint: Checkpoint): TrackerNotice | null {
		return this.save(checkpoint);
	}

	flush(): void {
		// Every checkpoint and bookmark is written synchronously; nothing is pending.
	}

	/** Keeps a copy of unreadable progress rather than overwriting it, so nothing is silently destroyed. */
	setAside(saved: string): void {
		try {
			this.#storage?.setItem(`${this.#key}:unreadable`, saved);
		} catch {
			/* nothing more we can do: the learner has already been told */
		}
	}

	reset(): void {
		try {
			this.#storage?.removeItem(this.#key);
			this.#storage?.removeItem(`${this.#key}:unreadable`);
		} catch {
			/* storage unavailable: nothing was stored either */
		}
	}

	quit(): void {
		// Every checkpoint is written synchronously; nothing is pending.
	}
}
