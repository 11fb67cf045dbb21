import { describe, expect, it } from 'vitest';
import type { QuizItem } from '../content/types.ts';
import { finalCopy } from './final.ts';
import { safetyFacts } from './safety.ts';
import { isPassed, recordAttempt, type Answers, type ItemRecord } from './scoring.ts';

/** A safety fact asked twice, in its lesson and in the final check: the latest answer decides whether it is open. */
const base = { prompt: 'You feel better. Can you stop?', explanation: 'e', source: 's', passage: 'p' };
const stop: QuizItem = {
	...base,
	id: 'before_stopping',
	type: 'single',
	mustKnow: true,
	safeRule: { group: 'dont', text: 'Never stop all at once.' },
	options: [
		{ id: 'a', text: 'Yes, stop now' },
		{ id: 'b', text: 'No: lower the dose slowly, with your doctor' }
	],
	correct: 'b'
};
const other: QuizItem = { ...base, id: 'other', type: 'true-false', correct: true };
const lessons = [{ quiz: [stop, other] }];
const copy = finalCopy(stop);
const RIGHT = 'b';
const WRONG = 'a';

/** Answer records in the order given: the order course state keeps (latest try last). */
function inOrder(...tries: [QuizItem, string][]): Answers {
	let answers: Record<string, ItemRecord> = {};
	for (const [item, response] of tries) {
		const { [item.id]: previous, ...rest } = answers;
		answers = { ...rest, [item.id]: recordAttempt(item, previous, response) };
	}
	return answers;
}
const openIds = (answers: Answers, finalQuiz = [copy]) => safetyFacts(lessons, finalQuiz, answers).filter((f) => f.open).map((f) => f.item.id);

describe('safety facts: open until the latest answer, in the lesson or the final check, is right', () => {
	it('is open before any answer, and closed by a right answer in the lesson', () => {
		expect(openIds({})).toEqual(['before_stopping']);
		expect(openIds(inOrder([stop, RIGHT]))).toEqual([]);
	});

	it('a wrong answer in the final check opens it again, although the lesson answer was right', () => {
		expect(openIds(inOrder([stop, RIGHT], [copy, WRONG]))).toEqual(['before_stopping']);
	});

	it('a right answer in the final check closes it, although the lesson answer was wrong', () => {
		expect(openIds(inOrder([stop, WRONG], [copy, RIGHT]))).toEqual([]);
	});

	it('a later wrong retry in the lesson opens it again', () => {
		expect(openIds(inOrder([stop, WRONG], [copy, RIGHT], [stop, WRONG]))).toEqual(['before_stopping']);
	});

	it('judges the latest try, not the best one', () => {
		expect(openIds(inOrder([stop, RIGHT], [stop, WRONG]))).toEqual(['before_stopping']);
		expect(openIds(inOrder([stop, WRONG], [stop, RIGHT]))).toEqual([]);
	});

	it('ignores a final-check copy this attempt did not draw', () => {
		expect(openIds(inOrder([stop, RIGHT], [copy, WRONG]), [])).toEqual([]);
	});

	it('names both places it can be answered, and the one answered last', () => {
		const [fact] = safetyFacts(lessons, [copy], inOrder([copy, WRONG]));
		expect(fact!.copies.map((c) => c.id)).toEqual(['before_stopping', 'final_before_stopping']);
		expect(fact!.latest?.id).toBe('final_before_stopping');
	});

	it('an open safety fact blocks the pass at any score', () => {
		const score = { answered: 20, total: 20, points: 19, percent: 95 };
		expect(isPassed(score, 80, openIds(inOrder([stop, RIGHT], [copy, WRONG])).length)).toBe(false);
		expect(isPassed(score, 80, openIds(inOrder([stop, WRONG], [copy, RIGHT])).length)).toBe(true);
	});
});
