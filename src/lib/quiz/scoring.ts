import type { Lesson, QuizItem } from '../content/types.ts';

/**
 * Pure scoring: no DOM, no Svelte, no SCORM. A response is what the learner chose:
 * an option id (single), a list of option ids (multiple) or a boolean (true/false).
 */
export type Response = string | string[] | boolean;

export type Answers = Readonly<Record<string, Response>>;

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

export interface ScoreSummary {
	/** Items answered. */
	answered: number;
	/** Items in total. */
	total: number;
	/** Points earned (one per correct item). */
	points: number;
	/** Percentage of all items, 0–100, rounded to a whole number. */
	percent: number;
}

export function summarise(items: readonly QuizItem[], answers: Answers): ScoreSummary {
	let answered = 0;
	let points = 0;
	for (const item of items) {
		if (!(item.id in answers)) continue;
		answered++;
		points += scoreItem(item, answers[item.id]);
	}
	const total = items.length;
	return { answered, total, points, percent: total ? Math.round((points / total) * 100) : 0 };
}

export function lessonScore(lesson: Pick<Lesson, 'quiz'>, answers: Answers): ScoreSummary {
	return summarise(lesson.quiz, answers);
}

/** The course score counts every item of every lesson equally. */
export function courseScore(lessons: readonly Pick<Lesson, 'quiz'>[], answers: Answers): ScoreSummary {
	return summarise(
		lessons.flatMap((l) => l.quiz),
		answers
	);
}

export function isPassed(score: ScoreSummary, passMark: number): boolean {
	return score.answered === score.total && score.percent >= passMark;
}
