import { describe, expect, it } from 'vitest';
import type { QuizItem } from '../../content/types.ts';
import { isValidResponse, scoreItem } from '../scoring.ts';
import { normaliseAnswer } from './fill-in.ts';

const base = { prompt: 'q', explanation: 'e', source: 's', passage: 'p' };
const steps = ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id }));
const ordering: QuizItem = { ...base, id: 'o', type: 'ordering', options: steps, correct: ['b', 'a', 'd', 'c'] };
const orderingPartial: QuizItem = { ...ordering, partialCredit: true };
const matching: QuizItem = {
	...base,
	id: 'x',
	type: 'matching',
	prompts: steps.slice(0, 3),
	options: ['1', '2', '3'].map((id) => ({ id, text: id })),
	correct: [['a', '1'], ['b', '2'], ['c', '3']]
};
const matchingPartial: QuizItem = { ...matching, partialCredit: true };
const multiple: QuizItem = { ...base, id: 'm', type: 'multiple', options: steps, correct: ['a', 'b'] };
const multiplePartial: QuizItem = { ...multiple, partialCredit: true };
const fillIn: QuizItem = { ...base, id: 'f', type: 'fill-in', correct: 'GABA', accept: ['gamma-aminobutyric acid'] };

describe('ordering', () => {
	it.each([
		['right order', ordering, ['b', 'a', 'd', 'c'], 1],
		['one swap, all-or-nothing', ordering, ['a', 'b', 'd', 'c'], 0],
		['one swap, partial credit', orderingPartial, ['a', 'b', 'd', 'c'], 0.5],
		['reversed, partial credit', orderingPartial, ['c', 'd', 'a', 'b'], 0]
	] as const)('%s', (_n, item, response, expected) => expect(scoreItem(item, response)).toBe(expected));

	it.each([
		['a step missing', ['b', 'a', 'd']],
		['a step twice', ['b', 'a', 'a', 'c']],
		['an unknown step', ['b', 'a', 'd', 'z']],
		['not a list', 'badc']
	])('rejects a malformed response (%s)', (_n, response) => {
		expect(isValidResponse(ordering, response)).toBe(false);
		expect(scoreItem(ordering, response)).toBe(0);
	});
});

describe('matching', () => {
	const right = [['a', '1'], ['b', '2'], ['c', '3']];
	it.each([
		['all pairs right, any order', matching, [...right].reverse(), 1],
		['one pair wrong, all-or-nothing', matching, [['a', '1'], ['b', '3'], ['c', '3']], 0],
		['one pair wrong, partial credit', matchingPartial, [['a', '1'], ['b', '3'], ['c', '3']], 2 / 3]
	] as const)('%s', (_n, item, response, expected) => expect(scoreItem(item, response)).toBeCloseTo(expected));

	it.each([
		['a prompt unmatched', [['a', '1'], ['b', '2']]],
		['a prompt matched twice', [['a', '1'], ['a', '2'], ['c', '3']]],
		['an unknown option', [['a', '9'], ['b', '2'], ['c', '3']]],
		['pairs of the wrong shape', [['a'], ['b', '2'], ['c', '3']]]
	])('rejects a malformed response (%s)', (_n, response) => {
		expect(scoreItem(matching, response)).toBe(0);
	});
});

describe('multiple choice partial credit', () => {
	it.each([
		[['a', 'b'], 1],
		[['a'], 0.5],
		[['a', 'c'], 0],
		[['a', 'b', 'c', 'd'], 0]
	])('%j scores %d', (response, expected) => expect(scoreItem(multiplePartial, response)).toBe(expected));

	it('is all-or-nothing by default', () => expect(scoreItem(multiple, ['a'])).toBe(0));
});

describe('fill-in, tolerant matching', () => {
	it.each([
		['GABA', 1],
		['  gaba ', 1],
		['Gaba.', 1],
		['gamma aminobutyric   acid', 1],
		['Gamma-Aminobutyric Acid', 1],
		['GABA-B', 0],
		['dopamine', 0]
	])('"%s" scores %d', (text, expected) => expect(scoreItem(fillIn, text)).toBe(expected));

	it('rejects empty or over-long answers', () => {
		expect(isValidResponse(fillIn, '   ')).toBe(false);
		expect(isValidResponse(fillIn, 'x'.repeat(500))).toBe(false);
		expect(isValidResponse(fillIn, 'ga\nba')).toBe(false);
		expect(isValidResponse(fillIn, 42)).toBe(false);
	});

	it('normalises case, spaces, hyphens and a final full stop', () => {
		expect(normaliseAnswer('  Three   Times-Daily. ')).toBe('three times daily');
	});
});
