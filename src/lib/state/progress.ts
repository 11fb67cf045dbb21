import * as v from 'valibot';
import type { QuizItem } from '../content/types.ts';
import { isValidResponse, type Response } from '../quiz/scoring.ts';

/**
 * The learner's progress and its compact, versioned string form. The same string is the standalone build's
 * localStorage value and (later) SCORM's suspend_data, so it is kept small and self-validating.
 */
export interface Progress {
	/** Responses by item id: first answers are final, so they are what the score is built from. */
	answers: Record<string, Response>;
	/** Hash path of the last screen, e.g. `/lesson/fun-fact/quiz/2`. */
	location: string;
	/** When the learner first started (epoch ms), for "time taken". */
	startedAt: number;
}

export const FORMAT_VERSION = 1;

const Saved = v.object({
	v: v.literal(FORMAT_VERSION),
	f: v.string(),
	a: v.record(v.string(), v.union([v.string(), v.array(v.string()), v.boolean()])),
	l: v.pipe(v.string(), v.maxLength(255), v.regex(/^\/[\w/-]*$/)),
	t: v.pipe(v.number(), v.integer(), v.minValue(0))
});

export function emptyProgress(now = Date.now()): Progress {
	return { answers: {}, location: '/', startedAt: now };
}

export function serializeProgress(progress: Progress, fingerprint: string): string {
	return JSON.stringify({ v: FORMAT_VERSION, f: fingerprint, a: progress.answers, l: progress.location, t: progress.startedAt });
}

export type RestoreResult =
	| { status: 'empty'; progress: Progress }
	| { status: 'restored'; progress: Progress }
	/** Saved by a different version of the content: answers to items that still exist were kept. */
	| { status: 'migrated'; progress: Progress; dropped: number }
	/** Unreadable: the course starts fresh and tells the learner. */
	| { status: 'corrupt'; progress: Progress };

/** Reads saved progress without ever throwing: whatever comes back from storage or an LMS is untrusted. */
export function restoreProgress(saved: string | null | undefined, fingerprint: string, items: readonly QuizItem[]): RestoreResult {
	if (!saved) return { status: 'empty', progress: emptyProgress() };
	let json: unknown;
	try {
		json = JSON.parse(saved);
	} catch {
		return { status: 'corrupt', progress: emptyProgress() };
	}
	const parsed = v.safeParse(Saved, json);
	if (!parsed.success) return { status: 'corrupt', progress: emptyProgress() };

	const byId = new Map(items.map((i) => [i.id, i]));
	const answers: Record<string, Response> = {};
	let dropped = 0;
	for (const [id, response] of Object.entries(parsed.output.a)) {
		const item = byId.get(id);
		if (item && isValidResponse(item, response)) answers[id] = response;
		else dropped++;
	}
	const progress: Progress = { answers, location: parsed.output.l, startedAt: parsed.output.t };
	if (parsed.output.f !== fingerprint) return { status: 'migrated', progress: { ...progress, location: '/' }, dropped };
	if (dropped) return { status: 'migrated', progress, dropped };
	return { status: 'restored', progress };
}
