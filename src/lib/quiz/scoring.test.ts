import { describe, expect, it } from 'vitest';
import type { QuizItem } from '../content/types.ts';
import { courseScore, isPassed, isValidResponse, lessonScore, recordAttempt, recordScore, scoreItem, summarise, triesLeft, type ItemRecord } from './scoring.ts';

const base = { prompt: 'q', explanation: 'e', source: 's', passage: 'p' };
const single: QuizItem = {
	...base,
	id: 'single_item',
	type: 'single',
	options: [
		{ id: 'a', text: 'A' },
		{ id: 'b', text: 'B' }
	],
	correct: 'b'
};
const multiple: QuizItem = {
	...base,
	id: 'multiple_item',
	type: 'multiple',
	options: ['a', 'b', 'c'].map((id) => ({ id, text: id })),
	correct: ['a', 'c']
};
const trueFalse: QuizItem = { ...base, id: 'tf_item', type: 'true-false', correct: false };

describe('scoreItem', () => {
	it.each([
		['single right', single, 'b', 1],
		['single wrong', single, 'a', 0],
		['multiple right, any order', multiple, ['c', 'a'], 1],
		['multiple missing one', multiple, ['a'], 0],
		['multiple with an extra', multiple, ['a', 'b', 'c'], 0],
		['true/false right', trueFalse, false, 1],
		['true/false wrong', trueFalse, true, 0]
	] as const)('%s', (_name, item, response, expected) => {
		expect(scoreItem(item, response)).toBe(expected);
	});

	it.each([
		['unknown option', single, 'z'],
		['wrong type for single', single, ['b']],
		['string for true/false', trueFalse, 'false'],
		['duplicate choices', multiple, ['a', 'a', 'c']],
		['empty selection', multiple, []],
		['undefined', single, undefined],
		['object', multiple, { a: true }]
	])('scores a malformed response (%s) as 0 without throwing', (_name, item, response) => {
		expect(isValidResponse(item, response)).toBe(false);
		expect(scoreItem(item, response)).toBe(0);
	});
});

const once = (r: unknown) => ({ last: r, tries: 1, best: r }) as ItemRecord;

describe('lesson and course scores', () => {
	const lessons = [{ quiz: [single, multiple] }, { quiz: [trueFalse] }];

	it('counts answered items and rounds the percentage', () => {
		expect(lessonScore(lessons[0]!, { single_item: once('b') })).toEqual({ answered: 1, total: 2, points: 1, percent: 50 });
		expect(courseScore(lessons, { single_item: once('b'), multiple_item: once(['a']), tf_item: once(false) })).toEqual({
			answered: 3,
			total: 3,
			points: 2,
			percent: 67
		});
	});

	it('passes only when everything is answered and the pass mark is reached', () => {
		const all = { single_item: once('b'), multiple_item: once(['a', 'c']), tf_item: once(false) };
		expect(isPassed(courseScore(lessons, all), 80)).toBe(true);
		expect(isPassed(courseScore(lessons, { ...all, tf_item: once(true) }), 80)).toBe(false);
		expect(isPassed(courseScore(lessons, { single_item: once('b'), multiple_item: once(['a', 'c']) }), 60)).toBe(false);
	});
});

describe('retries', () => {
	it('keeps the best try or the last one, by setting', () => {
		const wrongThenRight = recordAttempt(single, recordAttempt(single, undefined, 'a'), 'b');
		const rightThenWrong = recordAttempt(single, recordAttempt(single, undefined, 'b'), 'a');
		expect(wrongThenRight).toEqual({ last: 'b', tries: 2, best: 'b' });
		expect(rightThenWrong).toEqual({ last: 'a', tries: 2, best: 'b' });
		expect(recordScore(single, rightThenWrong, 'best')).toBe(1);
		expect(recordScore(single, rightThenWrong, 'last')).toBe(0);
		expect(summarise([single], { single_item: rightThenWrong }, 'last').points).toBe(0);
	});

	it('counts tries left against the limit, or none for unlimited', () => {
		const twice = recordAttempt(single, recordAttempt(single, undefined, 'a'), 'a');
		expect(triesLeft(twice, 2)).toBe(0);
		expect(triesLeft(undefined, 2)).toBe(2);
		expect(triesLeft(twice, null)).toBeNull();
	});
});
