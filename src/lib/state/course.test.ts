import { describe, expect, it } from 'vitest';
import { miniCourse } from '../../../tests/fixtures/conformance/mini-course.ts';
import type { Course, QuizItem } from '../content/types.ts';
import { plannedResponse } from '../quiz/sample-responses.testutil.ts';
import type { Checkpoint, LaunchData, Tracker } from '../tracking/tracker.ts';
import { CourseState } from './course.svelte.ts';

/** The mini fixture course: two lessons (first-lesson: mini_single, mini_multiple, mini_true_false — the one must-know
 * question; second-lesson: mini_ordering, mini_matching), a final check of one question per lesson. */
const course = miniCourse as Course;
const items = course.lessons.flatMap((l) => l.quiz);

/** A tracker that remembers what the course asked it to do. */
function fakeTracker(kind: Tracker['kind'] = 'standalone', launch: Partial<LaunchData> = {}) {
	const saved: Checkpoint[] = [];
	const answers: string[] = [];
	const tracker: Tracker = {
		kind,
		start: () => ({ saved: null, learnerName: null, mode: 'normal', passMark: null, ...launch }),
		recordAnswer: (r) => void answers.push(r.item.id),
		save: (c) => {
			saved.push(c);
			return null;
		},
		bookmark: () => null,
		flush: () => {},
		setAside: () => {},
		reset: () => {},
		quit: () => {}
	};
	return { tracker, saved, answers };
}

/** Answers every lesson question (right unless `wrong` says so) and the whole final check. */
function finish(state: CourseState, wrong: (id: string) => boolean = () => false) {
	for (const item of [...items, ...state.finalQuiz]) {
		const lesson = course.lessons.find((l) => l.quiz.some((q) => q.id === item.id));
		state.answer(lesson?.slug ?? 'final', item, plannedResponse(item, !wrong(item.id)), Date.now());
	}
}

describe('CourseState', () => {
	it('passes a learner who answers everything right, and reports it', () => {
		const { tracker, saved } = fakeTracker();
		const state = new CourseState(course, tracker);
		finish(state);
		expect(state.passed).toBe(true);
		expect(saved.at(-1)).toMatchObject({ completed: true, passed: true, scorePercent: 100 });
		expect(saved.at(-1)!.mustKnow).toEqual({ total: 1, known: 1, blocked: 0 });
	});

	it('does not pass while a must-know question is wrong, even at a 100 % score', () => {
		const state = new CourseState(course, fakeTracker().tracker);
		finish(state, (id) => id === 'final_mini_true_false');
		expect(state.score.percent).toBe(50);
		expect(state.passed).toBe(false);
		expect(state.openMustKnow.map((f) => f.item.id)).toEqual(['mini_true_false']);
	});

	it('after finishing, lets the learner review without changing anything — but fix a must-know question', () => {
		const { tracker, answers } = fakeTracker();
		const state = new CourseState(course, tracker);
		finish(state, (id) => id === 'final_mini_true_false' || id === 'mini_single');
		expect(state.reviewing).toBe(true);

		const other = items.find((i) => i.id === 'mini_single')!;
		expect(state.canTry(other)).toBe(false);
		state.answer('first-lesson', other, plannedResponse(other, true), Date.now());
		expect(state.isCorrect(other)).toBe(false);

		// The safety question was right in its lesson, then wrong in the final check: the final copy can be fixed.
		expect(state.canTry(items.find((i) => i.id === 'mini_true_false')!)).toBe(false);
		const mustKnow = state.finalQuiz.find((i) => i.id === 'final_mini_true_false')!;
		expect(state.canTry(mustKnow)).toBe(true);
		const before = answers.length;
		state.answer('first-lesson', mustKnow, plannedResponse(mustKnow, true), Date.now());
		expect(answers.length).toBe(before + 1);
		expect(state.passed).toBe(true);
	});

	it('keeps answer records in the order of their latest try, through a save and a resume', () => {
		const { tracker, saved } = fakeTracker();
		const state = new CourseState(course, tracker);
		const [first, second] = items as [QuizItem, QuizItem];
		state.answer('first-lesson', first, plannedResponse(first, false), Date.now());
		state.answer('first-lesson', second, plannedResponse(second, true), Date.now());
		state.answer('first-lesson', first, plannedResponse(first, true), Date.now());
		expect(Object.keys(state.answers)).toEqual([second.id, first.id]);
		const resumed = new CourseState(course, fakeTracker('standalone', { saved: saved.at(-1)!.saved }).tracker);
		expect(Object.keys(resumed.answers)).toEqual([second.id, first.id]);
	});

	it('in LMS review or browse mode, answers nothing and saves nothing scored', () => {
		for (const mode of ['review', 'browse'] as const) {
			const { tracker, saved, answers } = fakeTracker('scorm2004', { mode });
			const state = new CourseState(course, tracker);
			expect(state.reviewing).toBe(true);
			state.answer('first-lesson', items[0]!, plannedResponse(items[0]!, true), Date.now());
			expect(answers).toEqual([]);
			expect(saved).toEqual([]);
		}
	});

	it('limits tries in an LMS (two) and not on the plain web page', () => {
		const lms = new CourseState(course, fakeTracker('scorm12').tracker);
		const web = new CourseState(course, fakeTracker('standalone').tracker);
		const item = items[0]!;
		for (const state of [lms, web]) {
			state.answer('first-lesson', item, plannedResponse(item, false), Date.now());
			state.answer('first-lesson', item, plannedResponse(item, false), Date.now());
		}
		expect(lms.canTry(item)).toBe(false);
		expect(lms.answers[item.id]!.tries).toBe(2);
		expect(web.canTry(item)).toBe(true);
	});

	it("takes the pass mark the LMS sets over the course's own", () => {
		const state = new CourseState(course, fakeTracker('scorm2004', { passMark: 95 }).tracker);
		expect(state.passMark).toBe(95);
	});
});
