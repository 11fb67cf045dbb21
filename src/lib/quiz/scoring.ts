import type { Lesson, QuizItem } from '../content/types.ts';

import { multiple, single } from './questions/choice.ts';
import { fillIn } from './questions/fill-in.ts';
import { matching, type MatchPair } from './questions/matching.ts';
import { ordering } from './questions/ordering.ts';
import { trueFalse } from './questions/true-false.ts';

/**
 * Pure scoring: no DOM, no Svelte, no SCORM. A response is what the learner gave: an option id (single, fill-in
 * text), a list of ids (multiple, ordering), a boolean (true/false) or [prompt, option] pairs (matching).
 * Each type's rules live in questions/<type>.ts; this module dispatches and adds up.
 */
export type Response = string | string[] | boolean | MatchPair[];

/** One question's history: what counts for the score depends on the course's `keep` rule. */
export interface ItemRecord {
	/** The latest response. */
	last: Response;
	/** How many times the learner submitted an answer. */
	tries: number;
	/** The highest-scoring response so far (the earliest one on a tie). */
	best: Response;
}

export type Answers = Readonly<Record<string, ItemRecord>>;

/** Which attempt counts: the best one (default) or the last one. */
export type KeepRule = 'best' | 'last';

/** Each type's validity and score rules, by item type. */
const rules = {
	single,
	multiple,
	'true-false': trueFalse,
	ordering,
	matching,
	'fill-in': fillIn
} as const;

type Rule = { isValid(item: QuizItem, r: unknown): boolean; score(item: QuizItem, r: unknown): number };

/** Whether a response has the shape its item expects and names only real options. */
export function isValidResponse(item: QuizItem, response: unknown): response is Response {
	return !!(rules[item.type] as Rule | undefined)?.isValid(item, response);
}

/** The item's score for a response, 0–1 (1 = right; fractions only with partial credit; malformed = 0). */
export function scoreItem(item: QuizItem, response: unknown): number {
	return isValidResponse(item, response) ? (rules[item.type] as Rule).score(item, response) : 0;
}

/** Adds one submitted response to an item's history. */
export function recordAttempt(item: QuizItem, previous: ItemRecord | undefined, response: Response): ItemRecord {
	const best = previous && scoreItem(item, previous.best) >= scoreItem(item, response) ? previous.best : response;
	return { last: response, tries: (previous?.tries ?? 0) + 1, best };
}

/** The score that counts for one item under the keep rule; 0 when unanswered. */
export function recordScore(item: QuizItem, record: ItemRecord | undefined, keep: KeepRule): number {
	return scoreItem(item, record?.[keep]);
}

/** Tries left for an item, or null when unlimited. */
export function triesLeft(record: ItemRecord | undefined, attempts: number | null): number | null {
	return attempts === null ? null : Math.max(0, attempts - (record?.tries ?? 0));
}

export interface ScoreSummary {
	/** Items answered at least once. */
	answered: number;
	/** Items in total. */
	total: number;
	/** Points earned (one per correct item; fractions with partial credit). */
	points: number;
	/** Percentage of all items, 0–100, rounded to a whole number. */
	percent: number;
}

export function summarise(items: readonly QuizItem[], answers: Answers, keep: KeepRule = 'best'): ScoreSummary {
	let answered = 0;
	let points = 0;
	for (const item of items) {
		const record = answers[item.id];
		if (!record) continue;
		answered++;
		points += recordScore(item, record, keep);
	}
	const total = items.length;
	return { answered, total, points: Math.round(points * 100) / 100, percent: total ? Math.round((points / total) * 100) : 0 };
}

export function lessonScore(lesson: Pick<Lesson, 'quiz'>, answers: Answers, keep: KeepRule = 'best'): ScoreSummary {
	return summarise(lesson.quiz, answers, keep);
}

/** The course score counts every item of every lesson equally. */
export function courseScore(lessons: readonly Pick<Lesson, 'quiz'>[], answers: Answers, keep: KeepRule = 'best'): ScoreSummary {
	return summarise(
		lessons.flatMap((l) => l.quiz),
		answers,
		keep
	);
}

/** Passed: everything answered, at or above the pass mark, and (when required) every must-know item known. */
export function isPassed(score: ScoreSummary, passMark: number, openMustKnowCount = 0): boolean {
	return score.answered === score.total && score.percent >= passMark && openMustKnowCount === 0;
}
