import type { Lesson, QuizItem } from '../content/types.ts';

/**
 * Pure scoring: no DOM, no Svelte, no SCORM. A response is what the learner chose:
 * an option id (single), a list of option ids (multiple) or a boolean (true/false).
 */
export type Response = string | string[] | boolean;

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

/** Whether a response has the shape its item expects and names only real options. */
export function isValidResponse(item: QuizItem, response: unknown): response is Response {
	switch (item.type) {
		case 'true-false':
			return typeof response === 'boolean';
		case 'single':
			return typeof response === 'string' && item.options.some((o) => o.id === response);
		case 'multiple':
			return (
				Array.isArray(response) &&
				response.length > 0 &&
				new Set(response).size === response.length &&
				response.every((r) => typeof r === 'string' && item.options.some((o) => o.id === r))
			);
	}
}

/** 1 for a correct response, 0 otherwise (all-or-nothing; a malformed response scores 0). */
export function scoreItem(item: QuizItem, response: unknown): number {
	if (!isValidResponse(item, response)) return 0;
	switch (item.type) {
		case 'true-false':
		case 'single':
			return response === item.correct ? 1 : 0;
		case 'multiple': {
			const chosen = response as string[];
			return chosen.length === item.correct.length && item.correct.every((c) => chosen.includes(c)) ? 1 : 0;
		}
	}
}

/** Adds one submitted response to an item's history. */
export function recordAttempt(item: QuizItem, previous: ItemRecord | undefined, response: Response): ItemRecord {
	if (!previous) return { last: response, tries: 1, best: response };
	const better = scoreItem(item, response) > scoreItem(item, previous.best);
	return { last: response, tries: previous.tries + 1, best: better ? response : previous.best };
}

/** The score that counts for one item under the keep rule; 0 when unanswered. */
export function recordScore(item: QuizItem, record: ItemRecord | undefined, keep: KeepRule): number {
	if (!record) return 0;
	return scoreItem(item, keep === 'best' ? record.best : record.last);
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
	/** Points earned (one per correct item). */
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
	return { answered, total, points, percent: total ? Math.round((points / total) * 100) : 0 };
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

/**
 * Must-know items not yet answered correctly at least once. Whatever the keep rule, one correct answer shows the
 * learner knows it: safety knowledge is about having got it right, not about the score.
 */
export function openMustKnow(items: readonly QuizItem[], answers: Answers): QuizItem[] {
	return items.filter((item) => item.mustKnow && scoreItem(item, answers[item.id]?.best) !== 1);
}

/** Passed: everything answered, at or above the pass mark, and (when required) every must-know item known. */
export function isPassed(score: ScoreSummary, passMark: number, openMustKnowCount = 0): boolean {
	return score.answered === score.total && score.percent >= passMark && openMustKnowCount === 0;
}
