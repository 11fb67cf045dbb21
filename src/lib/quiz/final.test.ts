import { describe, expect, it } from 'vitest';
import type { QuizItem } from '../content/types.ts';
import { drawFinal, finalBank, sourceId } from './final.ts';

const base = { prompt: 'q', explanation: 'e', source: 's', passage: 'p' };
const tf = (id: string, mustKnow = false): QuizItem => ({ ...base, id, type: 'true-false', correct: true, mustKnow });
const lessons = ['a', 'b', 'c'].map((slug) => ({ slug, quiz: [1, 2, 3, 4].map((n) => tf(`${slug}${n}`, n === 1)) }));

describe('final assessment draw', () => {
	it('takes the configured number from every lesson', () => {
		const drawn = drawFinal(lessons, 2, 'seed1');
		expect(drawn).toHaveLength(6);
		for (const l of lessons) expect(drawn.filter((q) => sourceId(q.id).startsWith(l.slug))).toHaveLength(2);
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
