import type { QuizItem } from '../content/types.ts';
import { isValidResponse, type ItemRecord, type Response } from '../quiz/scoring.ts';
import { newSeed } from '../quiz/shuffle.ts';
import { arrayOf, boolean, either, integer, literal, object, optional, recordOf, string, tuple } from '../shared/json-guards.ts';

/**
 * The learner's progress and its compact, versioned string form. The same string is the standalone build's
 * localStorage value and SCORM's suspend_data (≤ 4096 characters in 1.2), so it is small and self-validating:
 * whatever comes back is checked against the schema and the current items before it is used.
 */
export interface Progress {
	/**
	 * By item id, in the order of each record's latest try (the most recent last): the safety rule reads "which copy
	 * was answered last" from it (quiz/safety.ts). JSON keeps the order, so saving and restoring keep it too.
	 */
	answers: Record<string, ItemRecord>;
	/** Hash path of the last screen, e.g. `/lesson/fun-fact/quiz/2`. */
	location: string;
	/** When the learner first started (epoch ms), for "time taken". */
	startedAt: number;
	/** When every question was first answered (epoch ms), for "time taken"; null until then. */
	finishedAt: number | null;
	/** Shuffle seed of this attempt: option and question order derive from it, so they survive reload and resume. */
	seed: string;
}

export const FORMAT_VERSION = 2;

const isResponse = either(string(), arrayOf(string()), boolean, arrayOf(tuple(string(), string())));
const isLocation = string(255, /^\/[\w/-]*$/);
/** Epoch ms within the range a Date can show (8.64e15): a bigger number is not a time, whatever its shape. */
const isTime = integer(0, 8.64e15);
/** Tries per question: an LMS allows a handful; anything huge is damage, not progress. */
const isTries = integer(1, 10_000);

/** What both formats share: content fingerprint, bookmark, start time. */
const common = { f: string(), l: isLocation, t: isTime };

/** v2: each answer is `[last, tries]` or `[last, tries, best]` when the best try is not the last. */
const isSavedV2 = object({
	...common,
	v: literal(2),
	a: recordOf(either(tuple(isResponse, isTries), tuple(isResponse, isTries, isResponse))),
	s: optional(string(16, /^[0-9a-z]{1,16}$/)),
	e: optional(isTime)
});

/** v1 (first release): one final response per item. Still read, so nobody loses answers on update. */
const isSavedV1 = object({ ...common, v: literal(1), a: recordOf(isResponse) });

export function emptyProgress(): Progress {
	return { answers: {}, location: '/', startedAt: Date.now(), finishedAt: null, seed: newSeed() };
}

export function serializeProgress(progress: Progress, fingerprint: string): string {
	const a: Record<string, unknown[]> = {};
	for (const [id, r] of Object.entries(progress.answers)) {
		a[id] = JSON.stringify(r.best) === JSON.stringify(r.last) ? [r.last, r.tries] : [r.last, r.tries, r.best];
	}
	// `e` is left out (undefined) until the learner has finished.
	return JSON.stringify({ v: FORMAT_VERSION, f: fingerprint, a, l: progress.location, t: progress.startedAt, s: progress.seed, e: progress.finishedAt || undefined });
}

export type RestoreResult =
	| { status: 'empty'; progress: Progress }
	| { status: 'restored'; progress: Progress }
	/** Saved by a different version of the content or format: answers to items that still exist were kept. */
	| { status: 'migrated'; progress: Progress; dropped: number }
	/** Unreadable: the course starts fresh and tells the learner. */
	| { status: 'corrupt'; progress: Progress };

/** Reads saved progress without ever throwing: whatever comes back from storage or an LMS is untrusted. */
export function restoreProgress(saved: string | null | undefined, fingerprint: string, items: readonly QuizItem[]): RestoreResult {
	if (!saved) return { status: 'empty', progress: emptyProgress() };
	const data = parseJson(saved);
	const current = isSavedV2(data);
	if (!current && !isSavedV1(data)) return { status: 'corrupt', progress: emptyProgress() };

	const answers: Record<string, ItemRecord> = {};
	let dropped = 0;
	for (const [id, entry] of Object.entries(data.a)) {
		// A v1 answer is one try.
		const [last, tries = 1, best = last] = (current ? entry : [entry]) as [Response, number?, Response?];
		const item = items.find((i) => i.id === id);
		if (item && isValidResponse(item, last) && isValidResponse(item, best)) answers[id] = { last, tries, best };
		else dropped++;
	}
	const sameContent = data.f === fingerprint;
	// v1 had neither a finish time nor a seed: whatever a v1 save holds under those keys was never checked, so it is
	// not read.
	const { e, s } = current ? data : {};
	const progress: Progress = {
		answers,
		// Screens of other content may not exist any more.
		location: sameContent ? data.l : '/',
		startedAt: data.t,
		finishedAt: e || null,
		// A v1 learner saw authored order; a fresh seed now only affects questions not yet shown.
		seed: s || newSeed()
	};
	return sameContent && current && !dropped ? { status: 'restored', progress } : { status: 'migrated', progress, dropped };
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/** For tests and tools: a response as a one-try record. */
export function once(response: Response): ItemRecord {
	return { last: response, tries: 1, best: response };
}
