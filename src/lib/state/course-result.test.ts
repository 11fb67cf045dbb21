import { describe, expect, it } from 'vitest';
import { miniCourse } from '../../../tests/fixtures/conformance/mini-course.ts';
import type { Answers } from '../quiz/scoring.ts';
import { courseResult, reportedPercent, toCheckpoint } from './course-result.ts';

/** The learner's standing from the answers alone, on the mini fixture course (2 lessons, 5 questions, final 1 + 1). */

const right = { single: 'b', multiple: ['a', 'c'], trueFalse: true, ordering: ['a', 'b', 'c'], matching: [['a', '2'], ['b', '1']] } as const;
const record = (response: unknown) => ({ last: response, tries: 1, best: response }) as Answers[string];

/** Every lesson question answered right, plus the two final-check copies given as `finals`. */
function answers(finals: Record<string, unknown>, wrongTrueFalse = false): Answers {
	const all: Record<string, Answers[string]> = {
		mini_single: record(right.single),
		mini_multiple: record(right.multiple),
		mini_true_false: record(wrongTrueFalse ? false : right.trueFalse),
		mini_ordering: record(right.ordering),
		mini_matching: record(right.matching)
	};
	for (const [id, response] of Object.entries(finals)) all[id] = record(response);
	return all;
}

describe('courseResult', () => {
	const seed = 'abc';
	const finalIds = courseResult(miniCourse, {}, seed, 80).finalQuiz.map((q) => q.id);

	it('draws one final question per lesson with the attempt seed, the same on every call', () => {
		expect(finalIds).toHaveLength(2);
		expect(finalIds.every((id) => id.startsWith('final_'))).toBe(true);
		expect(courseResult(miniCourse, {}, seed, 80).finalQuiz.map((q) => q.id)).toEqual(finalIds);
	});

	it('nothing answered: 0 of 7, not completed, not passed, the must-know question open', () => {
		const result = courseResult(miniCourse, {}, seed, 80);
		expect(result.score).toEqual({ answered: 0, total: 7, points: 0, percent: 0 });
		expect(result).toMatchObject({ completed: false, passed: false });
		expect(result.openMustKnow.map((f) => f.item.id)).toEqual(['mini_true_false']);
	});

	it('scores the course from the final check alone, and holds the pass while a must-know question is open', () => {
		const key: Record<string, keyof typeof right> = { final_mini_single: 'single', final_mini_multiple: 'multiple', final_mini_true_false: 'trueFalse', final_mini_ordering: 'ordering', final_mini_matching: 'matching' };
		const finals = Object.fromEntries(finalIds.map((id) => [id, right[key[id]!]]));
		const passed = courseResult(miniCourse, answers(finals), seed, 80);
		expect(passed.score).toEqual({ answered: 7, total: 7, points: 2, percent: 100 });
		expect(passed).toMatchObject({ completed: true, passed: true, openMustKnow: [] });

		// The must-know question is always drawn; answered wrongly in the final check (after the lesson), it holds the pass.
		const held = courseResult(miniCourse, answers({ ...finals, final_mini_true_false: false }), seed, 80);
		expect(held.score.percent).toBe(50);
		expect(held).toMatchObject({ completed: true, passed: false });
		expect(held.openMustKnow.map((f) => f.item.id)).toEqual(['mini_true_false']);

		// Wrong in the lesson but right in the final check, answered later: known, passed.
		const fixed = courseResult(miniCourse, answers(finals, true), seed, 80);
		expect(fixed).toMatchObject({ completed: true, passed: true, openMustKnow: [] });
	});
});

describe('toCheckpoint', () => {
	it('reports each lesson, the final check as one more lesson, and the must-know standing', () => {
		const given = { mini_single: record('a'), mini_true_false: record(true) };
		const result = courseResult(miniCourse, given, 'abc', 80);
		const cp = toCheckpoint({ course: miniCourse, result, answers: given, keep: 'best', passMark: 80, saved: '{"v":2}', location: '/lesson/first-lesson/quiz/3', triesLeft: () => 1 });
		expect(cp).toEqual({
			saved: '{"v":2}',
			location: '/lesson/first-lesson/quiz/3',
			scorePercent: 0,
			progress: 2 / 7,
			completed: false,
			passed: false,
			lessons: [
				{ slug: 'first-lesson', title: 'First lesson', answered: 2, total: 3, scorePercent: 33 },
				{ slug: 'second-lesson', title: 'Second lesson', answered: 0, total: 2, scorePercent: 0 },
				{ slug: 'final', title: 'Final check', answered: 0, total: 2, scorePercent: 0 }
			],
			mustKnow: { total: 1, known: 1, blocked: 0 }
		});
	});

	it('counts a must-know question with no tries left as blocked', () => {
		const given = { mini_true_false: { last: false, tries: 2, best: false } as Answers[string] };
		const result = courseResult(miniCourse, given, 'abc', 80);
		const cp = toCheckpoint({ course: miniCourse, result, answers: given, keep: 'best', passMark: 80, saved: '', location: '/', triesLeft: () => 0 });
		expect(cp.mustKnow).toEqual({ total: 1, known: 0, blocked: 1 });
	});
});

describe('reportedPercent', () => {
	it('caps the score just below the pass mark while a must-know question is open, and only then', () => {
		expect(reportedPercent(96, 80, 1)).toBe(79);
		expect(reportedPercent(60, 80, 1)).toBe(60);
		expect(reportedPercent(96, 80, 0)).toBe(96);
		expect(reportedPercent(90, 66.5, 2)).toBe(66);
	});
});
