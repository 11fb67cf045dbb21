import { error } from '@sveltejs/kit';
import { findLesson } from '#lib/content/index.ts';

export function load({ params }) {
	const lesson = findLesson(params.slug);
	const n = Number(params.n);
	const item = Number.isInteger(n) ? lesson?.quiz[n - 1] : undefined;
	if (!lesson || !item) error(404, 'No such question');
	return { lesson, item, n };
}
