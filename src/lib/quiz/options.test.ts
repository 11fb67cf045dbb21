import { describe, expect, it } from 'vitest';
import type { QuizItem } from '../content/types.ts';
import { chosenIds, correctIds, toResponse } from './options.ts';
import { scoreItem } from './scoring.ts';

const base = { prompt: 'q', explanation: 'e', source: 's', passage: 'p' };
const options = ['a', 'b', 'c'].map((id) => ({ id, text: id.toUpperCase() }));
const items: QuizItem[] = [
	{ ...base, id: 's', type: 'single', options, correct: 'c' },
	{ ...base, id: 'm', type: 'multiple', options, correct: ['a', 'c'] },
	{ ...base, id: 't', type: 'true-false', correct: false }
];

describe('form choices ⇄ responses', () => {
	it.each(items)('choosing the correct options of a $type item scores 1', (item) => {
		expect(scoreItem(item, toResponse(item, correctIds(item)))).toBe(1);
	});

	it('keeps multiple-choice responses in option order, whatever the click order', () => {
		expect(toResponse(items[1]!, ['c', 'a'])).toEqual(['a', 'c']);
	});

	it('gives null when nothing is chosen, so the form can ask for an answer', () => {
		for (const item of items) expect(toResponse(item, [])).toBeNull();
	});

	it('round-trips a saved response back to chosen options', () => {
		for (const item of items) expect(chosenIds(toResponse(item, correctIds(item)) ?? undefined)).toEqual(correctIds(item));
	});
});
