/**
 * Links inside the course. The course uses hash routing (it must run from any LMS folder without server
 * rewrites), so every in-course link is a `#/…` fragment.
 */
export const link = {
	start: () => '#/',
	lesson: (slug: string) => `#/lesson/${slug}`,
	/** A lesson with one passage highlighted, and a way back to the question that sent the learner there. */
	passage: (slug: string, passage: string, fromQuestion?: number) => {
		const back = fromQuestion ? `&from=${fromQuestion}&lesson=${slug}` : '';
		// The introduction is on the start page, not in a lesson.
		return passage.startsWith('intro-')
			? `#/?passage=${encodeURIComponent(passage)}${back}`
			: `#/lesson/${slug}?passage=${encodeURIComponent(passage)}${back}`;
	},
	question: (slug: string, n: number) => `#/lesson/${slug}/quiz/${n}`,
	lessonScore: (slug: string) => `#/lesson/${slug}/score`,
	final: () => '#/final',
	finalQuestion: (n: number) => `#/final/${n}`,
	results: () => '#/results',
	/** "My plan": the one printable page to take home (patient sessions end here; every learner reaches it). */
	plan: () => '#/plan'
};

/** Query parameters inside the hash route (`#/lesson/x?passage=…`): the hash router keeps them out of the path. */
export function hashQuery(hash = location.hash): URLSearchParams {
	return new URLSearchParams(/\?(.*)/s.exec(hash)?.[1]);
}

/** The current in-course path (`/lesson/fun-fact`), used as the bookmark. */
export function currentPath(hash = location.hash): string {
	return /^#?(\/[^?]*)/.exec(hash)?.[1] ?? '/';
}
