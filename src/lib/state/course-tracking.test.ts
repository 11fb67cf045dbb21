import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../../scripts/content/build-course.ts';
import { plannedResponse } from '../quiz/sample-responses.testutil.ts';
import type { Checkpoint, LaunchData, SaveStatus, Tracker } from '../tracking/tracker.ts';
import { CourseState } from './course.svelte.ts';
import { once, serializeProgress } from './progress.ts';

/** How the course state meets a tracker that recovers: statuses, a late LMS launch, progress restored from a backup. */

const { course } = await loadCourse('content');
const items = course.lessons.flatMap((l) => l.quiz);
const slugOf = (id: string) => course.lessons.find((l) => l.quiz.some((q) => q.id === id))!.slug;

function tracker(kind: Tracker['kind'], launch: Partial<LaunchData> = {}) {
	const saved: Checkpoint[] = [];
	let onLaunch: ((l: LaunchData) => void) | null = null;
	let onStatus: ((s: SaveStatus) => void) | null = null;
	const t: Tracker & { kind: Tracker['kind'] } = {
		kind,
		start: () => ({ saved: null, learnerName: null, mode: 'normal', passMark: null, ...launch }),
		recordAnswer: () => {},
		save: (c) => (saved.push(c), null),
		bookmark: () => null,
		flush: () => {},
		setAside: () => {},
		reset: () => {},
		quit: () => {},
		onLaunch: (l) => void (onLaunch = l),
		onStatus: (s) => void (onStatus = s)
	};
	return { t, saved, launch: (l: LaunchData) => onLaunch!(l), status: (s: SaveStatus) => onStatus!(s) };
}

describe('CourseState with a recovering tracker', () => {
	it('shows save status changes from the tracker', () => {
		const { t, status } = tracker('scorm2004');
		const state = new CourseState(course, t);
		expect(state.saveStatus).toBeNull();
		status({ state: 'retrying', message: 'Progress not saved yet — retrying.' });
		expect(state.saveStatus?.state).toBe('retrying');
	});

	it('writes progress restored from a local backup back at once', () => {
		const answers = { [items[0]!.id]: once(plannedResponse(items[0]!, true)) };
		const saved = serializeProgress({ answers, location: '/lesson/x', startedAt: 5, finishedAt: null, seed: 'abc' }, course.fingerprint);
		const { t, saved: checkpoints } = tracker('scorm12', { saved, resave: true });
		const state = new CourseState(course, t);
		expect(Object.keys(state.answers)).toEqual([items[0]!.id]);
		expect(checkpoints).toHaveLength(1);
		expect(checkpoints[0]!.saved).toBe(saved);
	});

	it('never writes back a backup it cannot read', () => {
		const { t, saved } = tracker('scorm12', { saved: '{"v":2,"a":', resave: true });
		const state = new CourseState(course, t);
		expect(state.notice).toMatch(/could not read your saved progress/);
		expect(saved).toEqual([]);
	});

	it('an LMS reached late: its record plus the answers given meanwhile, saved at once, on the same screen', () => {
		const { t, saved, launch } = tracker('standalone', { notice: { level: 'warning', message: 'could not connect' } });
		const state = new CourseState(course, t);
		expect(state.notice).toBe('could not connect');
		expect(state.attempts).toBe(course.settings.quiz.attempts.standalone);
		const [a, b] = [items[0]!, items[1]!];
		state.answer(slugOf(a.id), a, plannedResponse(a, false), Date.now());
		state.visit('/lesson/somewhere/quiz/2');
		const seed = state.seed;

		// The LMS held an earlier answer to another question, and to the same one.
		const lmsAnswers = { [b.id]: once(plannedResponse(b, true)), [a.id]: once(plannedResponse(a, true)) };
		(t as { kind: Tracker['kind'] }).kind = 'scorm2004';
		launch({ saved: serializeProgress({ answers: lmsAnswers, location: '/lesson/other', startedAt: 5, finishedAt: null, seed: 'lmsseed' }, course.fingerprint), learnerName: 'Jane Doe', mode: 'normal', passMark: 90 });

		expect(state.notice).toBeNull();
		expect(state.learnerName).toBe('Jane Doe');
		expect(state.passMark).toBe(90);
		expect(state.attempts).toBe(course.settings.quiz.attempts.lms);
		expect(state.standalone).toBe(false);
		expect(state.answers[b.id]).toEqual(lmsAnswers[b.id]);
		// Both tries at `a` count: the LMS's right one stays the best, this page's wrong one is the last.
		expect(state.answers[a.id]).toMatchObject({ tries: 2, best: plannedResponse(a, true), last: plannedResponse(a, false) });
		expect(state.location).toBe('/lesson/somewhere/quiz/2');
		expect(state.seed).toBe(seed);
		expect(JSON.parse(saved.at(-1)!.saved).a).toHaveProperty(a.id);
		expect(JSON.parse(saved.at(-1)!.saved).a).toHaveProperty(b.id);
	});

	it('"Start again" forgets the answers given on this page too', () => {
		const { t, launch } = tracker('standalone');
		const state = new CourseState(course, t);
		state.answer(slugOf(items[0]!.id), items[0]!, plannedResponse(items[0]!, true), Date.now());
		state.reset();
		launch({ saved: null, learnerName: null, mode: 'normal', passMark: null });
		expect(state.answers).toEqual({});
	});
});
