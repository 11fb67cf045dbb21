import { error } from '@sveltejs/kit';
import { findLesson } from '#lib/content/index.ts';

export function load({ params }) {
	const lesson = findLesson(params.slug);
	const n = Number(params.n);
	if (!lesson || !Number.isInteger(n) || n < 1 || n > lesson.quiz.length) error(404, 'No such question');
	return { lesson, n };
}
