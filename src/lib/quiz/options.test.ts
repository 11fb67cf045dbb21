import { describe as group, expect, it } from 'vitest';
import type { QuizItem } from '../content/types.ts';
import { chosenIds, correctIds, correctResponse, describe, isChoice, toResponse, type ChoiceItem } from './options.ts';
import { scoreItem } from './scoring.ts';

const base = { prompt: 'q', explanation: 'e', source: 's', passage: 'p' };
const options = ['a', 'b', 'c'].map((id) => ({ id, text: id.toUpperCase() }));
const choice: (QuizItem & ChoiceItem)[] = [
	{ ...base, id: 's', type: 'single', options, correct: 'c' },
	{ ...base, id: 'm', type: 'multiple', options, correct: ['a', 'c'] },
	{ ...base, id: 't', type: 'true-false', correct: false }
];
const others: QuizItem[] = [
	{ ...base, id: 'o', type: 'ordering', options, correct: ['c', 'a', 'b'] },
	{ ...base, id: 'x', type: 'matching', prompts: options, options: [{ id: '1', text: 'one' }, { id: '2', text: 'two' }], correct: [['a', '1'], ['b', '2'], ['c', '1']] },
	{ ...base, id: 'f', type: 'fill-in', correct: 'GABA' }
];

group('form choices ⇄ responses', () => {
	it.each(choice)('choosing the correct options of a $type item scores 1', (item) => {
		expect(scoreItem(item, toResponse(item, correctIds(item)))).toBe(1);
	});

	it('keeps multiple-choice responses in option order, whatever the click order', () => {
		expect(toResponse(choice[1]!, ['c', 'a'])).toEqual(['a', 'c']);
	});

	it('gives null when nothing is chosen, so the form can ask for an answer', () => {
		for (const item of choice) expect(toResponse(item, [])).toBeNull();
	});

	it('round-trips a saved response back to chosen options', () => {
		for (const item of choice) expect(chosenIds(toResponse(item, correctIds(item)) ?? undefined)).toEqual(correctIds(item));
	});
});

group('answer keys and words', () => {
	it.each([...choice, ...others])('the answer key of a $type item scores 1', (item) => {
		expect(scoreItem(item, correctResponse(item))).toBe(1);
	});

	it('describes responses in words for feedback and review', () => {
		expect(describe(choice[1]!, ['a', 'c'])).toEqual(['A', 'C']);
		expect(describe(others[0]!, ['c', 'a', 'b'])).toEqual(['1. C', '2. A', '3. B']);
		expect(describe(others[1]!, [['a', '1'], ['b', '2'], ['c', '1']])).toEqual(['A → one', 'B → two', 'C → one']);
		expect(describe(others[2]!, 'gaba')).toEqual(['gaba']);
		expect(describe(others[2]!, undefined)).toEqual([]);
	});

	it('tells choice items apart', () => {
		expect(choice.every(isChoice)).toBe(true);
		expect(others.some(isChoice)).toBe(false);
	});
});
