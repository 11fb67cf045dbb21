import type { Lesson, QuizItem } from '../content/types.ts';
import { shuffle } from './shuffle.ts';

/**
 * The final assessment draws from a bank covering every lesson: `perLesson` questions from each, chosen and
 * ordered by the attempt's seed. Final questions are copies of lesson questions with their own id (`final_<id>`),
 * so their answers, scores and LMS interactions stay apart from the lesson quizzes.
 */
export const FINAL_PREFIX = 'final_';

export function finalCopy(item: QuizItem): QuizItem {
	// Must-know is judged on the lesson questions; a copy must not count it twice.
	const { mustKnow: _mustKnow, ...rest } = item;
	return { ...rest, id: `${FINAL_PREFIX}${item.id}` } as QuizItem;
}

/** Every question the final could ever draw (for reading saved answers back, whatever the seed was). */
export function finalBank(lessons: readonly Pick<Lesson, 'quiz'>[]): QuizItem[] {
	return lessons.flatMap((l) => l.quiz.map(finalCopy));
}

/**
 * This attempt's final questions, in a seeded order: every must-know (safety) question, always, and then from each
 * lesson as many of its other questions as it takes to give that lesson `perLesson` in all. So safety questions are
 * never left to chance, and a trivia lesson weighs no more than any other lesson.
 */
export function drawFinal(lessons: readonly Pick<Lesson, 'quiz' | 'slug'>[], perLesson: number, seed: string): QuizItem[] {
	if (perLesson <= 0) return [];
	const drawn = lessons.flatMap((l) => {
		const safety = l.quiz.filter((q) => q.mustKnow);
		const rest = shuffle(
			l.quiz.filter((q) => !q.mustKnow),
			`${seed}:final:${l.slug}`
		);
		return [...safety, ...rest.slice(0, Math.max(0, perLesson - safety.length))];
	});
	return shuffle(drawn, `${seed}:final`).map(finalCopy);
}

/** How many questions the final check has (the same for every seed). */
export function finalSize(lessons: readonly Pick<Lesson, 'quiz'>[], perLesson: number): number {
	if (perLesson <= 0) return 0;
	return lessons.reduce((n, l) => n + Math.min(l.quiz.length, Math.max(perLesson, l.quiz.filter((q) => q.mustKnow).length)), 0);
}

/** The lesson question a final question was copied from. */
export function sourceId(finalId: string): string {
	return finalId.startsWith(FINAL_PREFIX) ? finalId.slice(FINAL_PREFIX.length) : finalId;
}

/** A safety (must-know) question, also as its final-check copy (which drops the flag so it is not counted twice). */
export function isSafety(item: QuizItem, lessons: readonly Pick<Lesson, 'quiz'>[]): boolean {
	const id = sourceId(item.id);
	return lessons.some((l) => l.quiz.some((q) => q.id === id && q.mustKnow));
}

/** What a drawn final check holds, for the words that describe it: questions, safety questions, lessons drawn from. */
export function finalMakeup(quiz: readonly QuizItem[], lessons: readonly Pick<Lesson, 'quiz' | 'slug'>[]): { total: number; safety: number; lessons: number } {
	const from = quiz.map((q) => lessons.find((l) => l.quiz.some((i) => i.id === sourceId(q.id))));
	return { total: quiz.length, safety: quiz.filter((q) => isSafety(q, lessons)).length, lessons: new Set(from.filter(Boolean)).size };
}
