import { describe, expect, it } from 'vitest';
import type { QuizItem } from '../content/types.ts';
import { drawFinal, finalBank, finalMakeup, finalSize, sourceId } from './final.ts';

const base = { prompt: 'q', explanation: 'e', source: 's', passage: 'p' };
const tf = (id: string, mustKnow = false): QuizItem => ({ ...base, id, type: 'true-false', correct: true, mustKnow });
// Lesson a has one safety question (a1), b has none, c has two (c1, c2); each has four questions.
const lessons = [
	{ slug: 'a', quiz: [tf('a1', true), tf('a2'), tf('a3'), tf('a4')] },
	{ slug: 'b', quiz: [tf('b1'), tf('b2'), tf('b3'), tf('b4')] },
	{ slug: 'c', quiz: [tf('c1', true), tf('c2', true), tf('c3'), tf('c4')] }
];
const seeds = Array.from({ length: 40 }, (_, i) => `seed${i}`);
const fromLesson = (drawn: QuizItem[], slug: string) => drawn.map((q) => sourceId(q.id)).filter((id) => id.startsWith(slug));

describe('final assessment draw', () => {
	it('always includes every safety (must-know) question, whatever the seed', () => {
		for (const seed of seeds) {
			const ids = drawFinal(lessons, 1, seed).map((q) => q.id);
			expect(ids).toEqual(expect.arrayContaining(['final_a1', 'final_c1', 'final_c2']));
		}
	});

	it('gives each lesson perLesson questions, its safety questions counted first', () => {
		for (const seed of seeds) {
			const drawn = drawFinal(lessons, 2, seed);
			expect(drawn).toHaveLength(6);
			// a: a1 and one other; b: two of its four; c: its two safety questions and nothing else.
			expect(fromLesson(drawn, 'a')).toContain('a1');
			expect(fromLesson(drawn, 'a')).toHaveLength(2);
			expect(fromLesson(drawn, 'b')).toHaveLength(2);
			expect(fromLesson(drawn, 'c').sort()).toEqual(['c1', 'c2']);
		}
		// With one per lesson, c still brings both its safety questions: 1 + 1 + 2.
		expect(drawFinal(lessons, 1, 'x')).toHaveLength(4);
		expect(finalSize(lessons, 1)).toBe(4);
		expect(finalSize(lessons, 2)).toBe(6);
		expect(finalSize(lessons, 0)).toBe(0);
		expect(drawFinal(lessons, 0, 'x')).toEqual([]);
	});

	it('draws the other questions evenly: over many attempts each of b\'s questions comes up', () => {
		const seen = new Set(seeds.flatMap((seed) => fromLesson(drawFinal(lessons, 1, seed), 'b')));
		expect([...seen].sort()).toEqual(['b1', 'b2', 'b3', 'b4']);
	});

	it('is stable for a seed and differs between attempts', () => {
		expect(drawFinal(lessons, 2, 'seed1')).toEqual(drawFinal(lessons, 2, 'seed1'));
		const draws = new Set(Array.from({ length: 10 }, (_, i) => drawFinal(lessons, 2, `s${i}`).map((q) => q.id).join()));
		expect(draws.size).toBeGreaterThan(5);
	});

	it('copies questions under their own ids, without counting must-know twice', () => {
		const bank = finalBank(lessons);
		expect(bank.map((q) => q.id)).toContain('final_a1');
		expect(bank.some((q) => q.mustKnow)).toBe(false);
		expect(sourceId('final_a1')).toBe('a1');
	});
});

describe('finalMakeup', () => {
	it('counts what the draw holds: questions, safety questions and the lessons they come from', () => {
		// a: 1 safety question, b: none, c: 2 → 1 + 1 + 2 drawn, 3 of them safety questions.
		for (const seed of seeds) expect(finalMakeup(drawFinal(lessons, 1, seed), lessons)).toEqual({ total: 4, safety: 3, lessons: 3 });
		expect(finalMakeup(drawFinal(lessons.slice(1), 2, 'x'), lessons)).toEqual({ total: 4, safety: 2, lessons: 2 });
	});
});
