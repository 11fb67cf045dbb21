import type { QuizItem } from '../../../src/lib/content/types.ts';
import { isValidResponse, type ItemRecord, type Response } from '../../../src/lib/quiz/scoring.ts';
import { finalSize } from '../../../src/lib/quiz/final.ts';
import type { Progress } from '../../../src/lib/state/progress.ts';
import type { ConformanceInput, ReportedItem } from './types.ts';

/**
 * The biggest saved progress a learner can produce: every question answered, each by its longest valid response, with
 * the best try kept apart from the last one (the serializer then writes both), the longest bookmark, the largest
 * numbers. Measured by running the real serializer on it, not by estimating.
 *
 * "Valid" is what the course itself accepts (`isValidResponse`, which is also what restoreProgress keeps), so the
 * worst case is found by trying candidates rather than by assuming what the longest answer looks like.
 */

/**
 * Characters tried for typed answers. JSON (the progress format) writes `"` and `\` as two characters and control
 * characters as six (`\u0001`). A text field drops only line breaks, so pasted text can hold the others.
 */
const TYPED = ['x', '"', '\\'];
const PASTED = [...TYPED, '\u0001', '\u001f'];

/** Longest epoch milliseconds in 13 digits (the year 2286): startedAt / finishedAt can be no longer before then. */
export const LATEST_TIME = 9_999_999_999_999;
/** The progress format's longest seed (`/^[0-9a-z]{1,16}$/`). */
export const LONGEST_SEED = 'z'.repeat(16);
/** Tries written when the LMS allows unlimited tries: any count is possible, this stands for "many". */
export const MANY_TRIES = 9999;
/** Longest typed answer tried when the course sets no limit of its own. */
const UNBOUNDED_TEXT = 100_000;

export type TextScenario = 'typed' | 'pasted';

/** How long a fill-in answer may be, by the item's own validity rule (binary search over lengths). */
export function longestTextLength(item: QuizItem): number {
	const ok = (n: number) => isValidResponse(item, 'x'.repeat(n));
	if (!ok(1)) return 0;
	if (ok(UNBOUNDED_TEXT)) return UNBOUNDED_TEXT;
	let lo = 1;
	let hi = UNBOUNDED_TEXT;
	while (hi - lo > 1) {
		const mid = Math.floor((lo + hi) / 2);
		if (ok(mid)) lo = mid;
		else hi = mid;
	}
	return lo;
}

/** Candidate responses to an item, valid or not (the caller keeps the valid ones). */
function candidates(item: QuizItem, scenario: TextScenario): Response[] {
	switch (item.type) {
		case 'true-false':
			return [true, false];
		case 'single':
			return item.options.map((o) => o.id);
		case 'multiple': {
			const ids = item.options.map((o) => o.id);
			return [ids, ...ids.map((left) => ids.filter((id) => id !== left)), ...ids.map((id) => [id])];
		}
		case 'ordering': {
			const ids = item.options.map((o) => o.id);
			return [ids, [...ids].reverse(), [...ids.slice(1), ...ids.slice(0, 1)], [...item.correct]];
		}
		case 'matching':
			return [
				item.correct.map(([l, r]) => [l, r] as [string, string]),
				...item.options.map((o) => item.prompts.map((p) => [p.id, o.id] as [string, string]))
			];
		case 'fill-in': {
			const n = longestTextLength(item);
			if (n === 0) return [];
			const chars = scenario === 'typed' ? TYPED : PASTED;
			return chars.flatMap((a) => chars.map((b) => a.repeat(n - 1) + b));
		}
	}
}

const size = (r: Response) => JSON.stringify(r).length;

/** The two longest distinct valid responses (the second is the first again when there is only one). */
export function longestResponses(item: QuizItem, scenario: TextScenario): [Response, Response] | null {
	const valid = candidates(item, scenario).filter((r) => isValidResponse(item, r));
	const seen = new Set<string>();
	const distinct = valid.filter((r) => {
		const key = JSON.stringify(r);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	distinct.sort((a, b) => size(b) - size(a));
	const [first, second] = distinct;
	if (first === undefined) return null;
	return [first, second ?? first];
}

/** The biggest record the course can keep for an item: two different tries when tries allow, else one. */
export function biggestRecord(item: QuizItem, tries: number, scenario: TextScenario): ItemRecord | null {
	const pair = longestResponses(item, scenario);
	if (!pair) return null;
	const [last, best] = pair;
	return tries >= 2 ? { last, tries, best } : { last, tries: 1, best: last };
}

export interface WorstCase {
	progress: Progress;
	/** Serialized size of each answer's record, largest first, for the report. */
	records: { id: string; chars: number }[];
	/** Items for which no valid response was found (they cannot be answered at all). */
	unanswerable: string[];
}

/**
 * Full progress at its largest: every lesson question, plus the final check's questions — as many of each lesson's
 * biggest as the draw takes from it (`perLesson`, or more when the lesson has more must-know questions, which are
 * always drawn), since the draw may pick exactly those.
 */
export function worstCaseProgress(input: ConformanceInput, scenario: TextScenario): WorstCase {
	const { settings } = input.course;
	const tries = settings.quiz.attempts.lms ?? MANY_TRIES;
	const answers: Record<string, ItemRecord> = {};
	const records: { id: string; chars: number }[] = [];
	const unanswerable: string[] = [];

	const recordOf = ({ item }: ReportedItem) => {
		const record = biggestRecord(item, tries, scenario);
		if (!record) unanswerable.push(item.id);
		return record;
	};
	const entrySize = (id: string, r: ItemRecord) => JSON.stringify({ [id]: [r.last, r.tries, r.best] }).length - 2;

	const lessonItems = input.items.filter((r) => r.drawnFrom === undefined);
	for (const reported of lessonItems) {
		const record = recordOf(reported);
		if (record) answers[reported.item.id] = record;
	}
	const drawnFrom = (slug: string) => {
		const lesson = input.course.lessons.find((l) => l.slug === slug);
		return lesson ? finalSize([lesson], settings.quiz.final.perLesson) : settings.quiz.final.perLesson;
	};
	const bySource = Map.groupBy(
		input.items.filter((r) => r.drawnFrom !== undefined),
		(r) => r.drawnFrom!
	);
	for (const [slug, group] of bySource) {
		const ranked = group
			.map((r) => ({ id: r.item.id, record: recordOf(r) }))
			.filter((x): x is { id: string; record: ItemRecord } => x.record !== null)
			.sort((a, b) => entrySize(b.id, b.record) - entrySize(a.id, a.record));
		for (const { id, record } of ranked.slice(0, drawnFrom(slug))) answers[id] = record;
	}
	for (const [id, r] of Object.entries(answers)) records.push({ id, chars: entrySize(id, r) });
	records.sort((a, b) => b.chars - a.chars);

	const location = input.routes.reduce((longest, route) => (route.length > longest.length ? route : longest), '/');
	return {
		progress: { answers, location, startedAt: LATEST_TIME, finishedAt: LATEST_TIME, seed: LONGEST_SEED },
		records,
		unanswerable
	};
}
