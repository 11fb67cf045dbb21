import { error } from '@sveltejs/kit';

export function load({ params }) {
	const n = Number(params.n);
	if (!Number.isInteger(n) || n < 1) error(404, 'No such question');
	return { n };
}
