import { describe, expect, it } from 'vitest';
import { currentPath, hashQuery, link } from './links.ts';

/** In-course links are hash fragments; the bookmark is the path part, the query stays out of it. */

describe('links', () => {
	it('builds every screen as a #/ fragment', () => {
		expect([link.start(), link.lesson('fun-fact'), link.question('fun-fact', 2), link.lessonScore('fun-fact')]).toEqual(['#/', '#/lesson/fun-fact', '#/lesson/fun-fact/quiz/2', '#/lesson/fun-fact/score']);
		expect([link.final(), link.finalQuestion(3), link.results(), link.plan()]).toEqual(['#/final', '#/final/3', '#/results', '#/plan']);
	});

	it('opens a passage in its lesson, or on the start page for the introduction, with the way back', () => {
		expect(link.passage('fun-fact', 'fun-fact-p1')).toBe('#/lesson/fun-fact?passage=fun-fact-p1');
		expect(link.passage('fun-fact', 'fun-fact-p1', 2)).toBe('#/lesson/fun-fact?passage=fun-fact-p1&from=2&lesson=fun-fact');
		expect(link.passage('what-is-baclofen', 'intro-p1', 1)).toBe('#/?passage=intro-p1&from=1&lesson=what-is-baclofen');
	});

	it('reads the path (the bookmark) and the query of a hash', () => {
		expect(currentPath('#/lesson/fun-fact?passage=p&from=2')).toBe('/lesson/fun-fact');
		expect(currentPath('')).toBe('/');
		expect(currentPath('#/')).toBe('/');
		expect(hashQuery('#/lesson/fun-fact?passage=p%201&from=2').get('passage')).toBe('p 1');
		expect(hashQuery('#/lesson/x?a=1?b=2').get('a')).toBe('1?b=2');
		expect([...hashQuery('#/results')]).toEqual([]);
	});
});
