/**
 * Links inside the course. The course uses hash routing (it must run from any LMS folder without server
 * rewrites), so every in-course link is a `#/…` fragment.
 */
export const link = {
	start: () => '#/',
	lesson: (slug: string) => `#/lesson/${slug}`,
	/** A lesson with one passage highlighted, and a way back to the question that sent the learner there. */
	passage: (slug: string, passage: string, fromQuestion?: number) =>
		`#/lesson/${slug}?passage=${encodeURIComponent(passage)}${fromQuestion ? `&from=${fromQuestion}` : ''}`,
	question: (slug: string, n: number) => `#/lesson/${slug}/quiz/${n}`,
	lessonScore: (slug: string) => `#/lesson/${slug}/score`,
	final: () => '#/final',
	finalQuestion: (n: number) => `#/final/${n}`,
	results: () => '#/results'
};

/** Query parameters inside the hash route (`#/lesson/x?passage=…`): the hash router keeps them out of the path. */
export function hashQuery(hash = location.hash): URLSearchParams {
	const at = hash.indexOf('?');
	return new URLSearchParams(at >= 0 ? hash.slice(at + 1) : '');
}

/** The current in-course path (`/lesson/fun-fact`), used as the bookmark. */
export function currentPath(hash = location.hash): string {
	const path = hash.replace(/^#/, '').replace(/\?.*$/, '') || '/';
	return path.startsWith('/') ? path : '/';
}
