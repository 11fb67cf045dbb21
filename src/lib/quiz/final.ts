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

/** This attempt's final questions: `perLesson` from each lesson, in a seeded order. */
export function drawFinal(lessons: readonly Pick<Lesson, 'quiz' | 'slug'>[], perLesson: number, seed: string): QuizItem[] {
	const drawn = lessons.flatMap((l) => shuffle(l.quiz, `${seed}:final:${l.slug}`).slice(0, perLesson));
	return shuffle(drawn, `${seed}:final`).map(finalCopy);
}

/** The lesson question a final question was copied from. */
export function sourceId(finalId: string): string {
	return finalId.startsWith(FINAL_PREFIX) ? finalId.slice(FINAL_PREFIX.length) : finalId;
}
