/**
 * Links inside the course. The course uses hash routing (it must run from any LMS folder without server
 * rewrites), so every in-course link is a `#/…` fragment.
 */
export const link = {
	start: () => '#/',
	lesson: (slug: string) => `#/lesson/${slug}`,
	question: (slug: string, n: number) => `#/lesson/${slug}/quiz/${n}`,
	lessonScore: (slug: string) => `#/lesson/${slug}/score`,
	results: () => '#/results'
};

/** The current in-course path (`/lesson/fun-fact`), used as the bookmark. */
export function currentPath(hash = location.hash): string {
	const path = hash.replace(/^#/, '') || '/';
	return path.startsWith('/') ? path : '/';
}
