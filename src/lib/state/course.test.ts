import { describe, expect, it } from 'vitest';
import { loadCourse } from '../content/build-course.ts';
import { plannedResponse } from '../quiz/sample-responses.testutil.ts';
import type { Checkpoint, LaunchData, Tracker } from '../tracking/tracker.ts';
import { CourseState } from './course.svelte.ts';

const { course } = await loadCourse('content');
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
		expect(saved.at(-1)!.mustKnow).toEqual({ total: 6, known: 6, blocked: 0 });
	});

	it('does not pass while a must-know question is wrong, even at a 100 % score', () => {
		const state = new CourseState(course, fakeTracker().tracker);
		finish(state, (id) => id === 'before_stopping');
		expect(state.score.percent).toBe(100);
		expect(state.passed).toBe(false);
		expect(state.openMustKnow.map((i) => i.id)).toEqual(['before_stopping']);
	});

	it('after finishing, lets the learner review without changing anything — but fix a must-know question', () => {
		const { tracker, answers } = fakeTracker();
		const state = new CourseState(course, tracker);
		finish(state, (id) => id === 'before_stopping' || id === 'what_kind_of_medicine');
		expect(state.reviewing).toBe(true);

		const other = items.find((i) => i.id === 'what_kind_of_medicine')!;
		expect(state.canTry(other)).toBe(false);
		state.answer('what-is-baclofen', other, plannedResponse(other, true), Date.now());
		expect(state.isCorrect(other)).toBe(false);

		const mustKnow = items.find((i) => i.id === 'before_stopping')!;
		expect(state.canTry(mustKnow)).toBe(true);
		const before = answers.length;
		state.answer('side-effects-of-baclofen', mustKnow, plannedResponse(mustKnow, true), Date.now());
		expect(answers.length).toBe(before + 1);
		expect(state.passed).toBe(true);
	});

	it('in LMS review or browse mode, answers nothing and saves nothing scored', () => {
		for (const mode of ['review', 'browse'] as const) {
			const { tracker, saved, answers } = fakeTracker('scorm2004', { mode });
			const state = new CourseState(course, tracker);
			expect(state.reviewing).toBe(true);
			state.answer('what-is-baclofen', items[0]!, plannedResponse(items[0]!, true), Date.now());
			expect(answers).toEqual([]);
			expect(saved).toEqual([]);
		}
	});

	it('limits tries in an LMS (two) and not on the plain web page', () => {
		const lms = new CourseState(course, fakeTracker('scorm12').tracker);
		const web = new CourseState(course, fakeTracker('standalone').tracker);
		const item = items[0]!;
		for (const state of [lms, web]) {
			state.answer('what-is-baclofen', item, plannedResponse(item, false), Date.now());
			state.answer('what-is-baclofen', item, plannedResponse(item, false), Date.now());
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
