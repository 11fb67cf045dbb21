import course from 'virtual:course';
import type { Lesson } from './types.ts';

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
