import course from 'virtual:course';
import type { Lesson, QuizItem } from './types.ts';

/** The course, compiled in at build time, with the look-ups routes need. Built once; routes only look up. */
export { course };

export const lessons: readonly Lesson[] = course.lessons;
export const allItems: readonly QuizItem[] = lessons.flatMap((l) => l.quiz);

const bySlug = new Map(lessons.map((l) => [l.slug, l]));

export function findLesson(slug: string): Lesson | undefined {
	return bySlug.get(slug);
}

export function nextLesson(lesson: Lesson): Lesson | undefined {
	return lessons[lesson.number];
}

export function lessonOfItem(itemId: string): Lesson | undefined {
	return lessons.find((l) => l.quiz.some((q) => q.id === itemId));
}
