import course from 'virtual:course';
import { sourceId } from '../quiz/final.ts';
import type { Lesson, QuizItem } from './types.ts';

/** The course, compiled in at build time, with the look-ups routes need. Built once; routes only look up. */
export { course };

export const lessons: readonly Lesson[] = course.lessons;

export function findLesson(slug: string): Lesson | undefined {
	return lessons.find((l) => l.slug === slug);
}

export function nextLesson(lesson: Lesson): Lesson | undefined {
	return lessons[lesson.number];
}

export function lessonOfItem(itemId: string): Lesson | undefined {
	return lessons.find((l) => l.quiz.some((q) => q.id === itemId));
}

const allItems = lessons.flatMap((l) => l.quiz);

/** A safety (must-know) question, also as its final-check copy (which drops the flag so it is not counted twice). */
export function isSafety(item: QuizItem): boolean {
	return allItems.some((q) => q.id === sourceId(item.id) && q.mustKnow);
}
