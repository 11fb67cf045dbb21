import { error } from '@sveltejs/kit';
import { findLesson } from '#lib/content/index.ts';

export function load({ params }) {
	const lesson = findLesson(params.slug);
	if (!lesson) error(404, 'No such lesson');
	return { lesson };
}
