import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadCourse } from '../../../../scripts/content/build-course.ts';
import { plannedResponse } from '../../quiz/sample-responses.testutil.ts';
import { courseScore, lessonScore, scoreItem, type Response } from '../../quiz/scoring.ts';
import { backupKey, readBackup, writeBackup } from '../backup.ts';
import type { ScormVersion } from '../scorm/data-model.ts';
import { interactionPath } from '../scorm/data-model.ts';
import type { Checkpoint, LaunchData, SaveStatus } from '../tracker.ts';
import { faultyLms, type Fault, type Method } from '../scorm-again.testutil.ts';
import { manualTimers, memoryStorage } from '../test-doubles.testutil.ts';
import { MESSAGES } from './scorm-messages.ts';
import { RETRY_DELAYS, ScormTracker } from './scorm.ts';

/**
 * The SCORM adapter against a scorm-again LMS that fails on purpose: every error code that can come back from
 * SetValue and Commit, throwing APIs, an LMS that refuses Initialize, and the local backup across launches.
 * The browser-level version of these scenarios is tests/e2e/faults.spec.ts.
 */

const { course } = await loadCourse('content');
const items = course.lessons.flatMap((l) => l.quiz);
const COURSE_ID = course.settings.id;

beforeEach(() => {
	// The adapter logs every LMS failure with the LMS's own words; the tests check behaviour, not the console.
	vi.spyOn(console, 'warn').mockImplementation(() => {});
});

function checkpoint(responses: Record<string, Response>, location = '/lesson/x'): Checkpoint {
	const answers = Object.fromEntries(Object.entries(responses).map(([id, r]) => [id, { last: r, tries: 1, best: r }]));
	const score = courseScore(course.lessons, answers);
	return {
		saved: JSON.stringify({ a: answers, l: location }),
		location,
		scorePercent: score.percent,
		progress: score.answered / score.total,
		completed: score.answered === score.total,
		passed: false,
		lessons: course.lessons.map((l) => {
			const s = lessonScore(l, answers);
			return { slug: l.slug, title: l.title, answered: s.answered, total: s.total, scorePercent: s.percent };
		}),
		mustKnow: null
	};
}

/** An LMS, a tracker on it with hand-moved timers and memory storage, and a learner who answers questions. */
function setup(version: ScormVersion, seed: Record<string, unknown> = {}, storage = memoryStorage()) {
	const lms = faultyLms(version, seed);
	const clock = manualTimers();
	const tracker = new ScormTracker(version, lms.api, 80, { courseId: COURSE_ID, storage, now: clock.now, timers: clock.timers });
	const statuses: SaveStatus['state'][] = [];
	tracker.onStatus((s) => statuses.push(s.state));
	const given: Record<string, Response> = {};
	let shown = 0;
	const answer = (n: number) => {
		const item = items[n]!;
		const response = plannedResponse(item, true);
		given[item.id] = response;
		const lesson = course.lessons.find((l) => l.quiz.includes(item))!;
		tracker.recordAnswer({ item, lessonSlug: lesson.slug, response, correct: scoreItem(item, response) === 1, shownAt: clock.now() + shown, answeredAt: clock.now() + shown + 1500 });
		shown += 2000;
		const cp = checkpoint({ ...given }, `/lesson/${lesson.slug}/quiz/${n + 1}`);
		tracker.save(cp);
		return cp;
	};
	const key = () => backupKey(COURSE_ID, version, version === 'scorm12' ? String((lms.cmi().core as Record<string, unknown>).student_id ?? '') : String(lms.cmi().learner_id ?? ''));
	return { lms, clock, tracker, statuses, answer, given, storage, key };
}

/** The LMS's interactions as [id, result] pairs. */
function interactionIds(cmi: Record<string, unknown>): string[] {
	return Object.values((cmi.interactions ?? {}) as Record<string, { id: string }>).map((i) => i.id);
}

const on = (method: Method, fault: Fault, match?: RegExp) => (m: Method, args: string[]) => (m === method && (!match || match.test(args[0] ?? '')) ? fault : null);

const GENERAL = { scorm12: '101', scorm2004: '101' } as const;
const COMMIT_FAILURE = { scorm12: '101', scorm2004: '391' } as const;
const SET_FAILURE = { scorm12: '101', scorm2004: '351' } as const;
const TYPE_MISMATCH = { scorm12: '405', scorm2004: '406' } as const;

describe.each(['scorm12', 'scorm2004'] as const)('ScormTracker (%s) with a failing LMS', (version) => {
	// Transient failures: the same save can pass later, so it is retried with backoff and the learner is told.
	const transient: Array<[string, Method, Fault, RegExp?]> = [
		[`Commit false ${COMMIT_FAILURE[version]} (general commit failure)`, 'commit', { code: COMMIT_FAILURE[version] }],
		[`Commit false ${GENERAL[version]} (general exception)`, 'commit', { code: GENERAL[version] }],
		['Commit throwing', 'commit', 'throw'],
		[`SetValue false ${SET_FAILURE[version]} on every element`, 'setValue', { code: SET_FAILURE[version] }],
		[`SetValue false ${SET_FAILURE[version]} on suspend_data only`, 'setValue', { code: SET_FAILURE[version] }, /suspend_data/],
		['SetValue throwing', 'setValue', 'throw']
	];
	if (version === 'scorm12') transient.push(['LMSSetValue false 301 (not initialized: the LMS lost the session)', 'setValue', { code: '301' }]);
	if (version === 'scorm2004') transient.push(['Commit false 142 (commit before initialization: LMS state confused)', 'commit', { code: '142' }]);

	it.each(transient)('%s: retries with backoff, keeps a local backup, and recovers with every answer', (_name, method, fault, match) => {
		const { lms, clock, tracker, statuses, answer, storage, key } = setup(version);
		tracker.start();
		lms.fail(on(method, fault, match));
		const cp = answer(0);
		expect(statuses).toEqual(['retrying']);
		expect(clock.pending()).toEqual([1000]);
		expect(readBackup(storage, key(), clock.now())).toMatchObject({ saved: cp.saved, base: '' });

		clock.advance(1000); // still failing: next wait is 2 s
		expect(clock.pending()).toEqual([2000]);
		const latest = answer(1); // a checkpoint while retrying tries at once but does not restart the backoff
		expect(clock.pending()).toEqual([2000]);

		lms.fail(null);
		clock.advance(2000);
		expect(statuses).toEqual(['retrying', 'saved']);
		expect(clock.pending()).toEqual([]);
		expect(storage.getItem(key())).toBeNull();
		const cmi = lms.cmi();
		expect(cmi.suspend_data).toBe(latest.saved);
		expect(interactionIds(cmi)).toEqual([items[0]!.id, items[1]!.id]);
		// No LMS error once it works again: fields reached it in order (2004: id and type first, else 408).
		expect(lms.calls.filter((c) => !c.faulty && c.error !== '0' && c.method !== 'getValue')).toEqual([]);
	});

	it('gives up retrying after the bounded schedule, then tries at each checkpoint, and says progress is kept locally', () => {
		const { lms, clock, tracker, statuses, answer } = setup(version);
		tracker.start();
		lms.fail(on('commit', { code: COMMIT_FAILURE[version] }));
		answer(0);
		const waits: number[] = [];
		while (clock.pending().length) {
			waits.push(clock.pending()[0]!);
			clock.advance(clock.pending()[0]!);
		}
		expect(waits).toEqual([...RETRY_DELAYS]);
		expect(statuses).toEqual(['retrying', 'local']);
		expect(lms.calls.filter((c) => c.method === 'commit')).toHaveLength(1 + RETRY_DELAYS.length);
		answer(1);
		expect(lms.calls.filter((c) => c.method === 'commit')).toHaveLength(2 + RETRY_DELAYS.length);
		expect(clock.pending()).toEqual([]);
		lms.fail(null);
		answer(2);
		expect(statuses).toEqual(['retrying', 'local', 'saved']);
	});

	it(`a value refused for good (${TYPE_MISMATCH[version]} type mismatch) is not sent again and does not block saving`, () => {
		const { lms, clock, tracker, statuses, answer } = setup(version);
		tracker.start();
		const response = new RegExp(`interactions\\.0\\.${version === 'scorm12' ? 'student' : 'learner'}_response`);
		lms.fail(on('setValue', { code: TYPE_MISMATCH[version] }, response));
		answer(0);
		answer(1);
		expect(statuses).toEqual([]);
		expect(clock.pending()).toEqual([]);
		expect(lms.calls.filter((c) => c.method === 'setValue' && response.test(c.args[0]!))).toHaveLength(1);
		expect(interactionIds(lms.cmi())).toEqual([items[0]!.id, items[1]!.id]);
	});

	it('suspend_data refused for good: no retry storm, the learner is told it is kept in this browser', () => {
		const { lms, clock, tracker, statuses, answer, storage, key } = setup(version);
		tracker.start();
		lms.fail(on('setValue', { code: TYPE_MISMATCH[version] }, /suspend_data/));
		const cp = answer(0);
		expect(statuses).toEqual(['local']);
		expect(clock.pending()).toEqual([]);
		expect(readBackup(storage, key(), clock.now())?.saved).toBe(cp.saved);
	});

	it('while the LMS is down, values wait in line instead of flooding it', () => {
		const { lms, tracker, answer } = setup(version);
		tracker.start();
		lms.fail(on('setValue', { code: SET_FAILURE[version] }));
		const before = lms.calls.length;
		answer(0);
		// 3 tries in the checkpoint, 3 more in the commit's resend: the LMS is not hammered with ~30 calls.
		expect(lms.calls.slice(before).filter((c) => c.method === 'setValue').length).toBeLessThanOrEqual(6);
	});

	it('quitting while a retry is pending: one Terminate, no call and no timer afterwards, the backup stays', () => {
		const { lms, clock, tracker, answer, storage, key } = setup(version);
		tracker.start();
		lms.fail(on('setValue', { code: SET_FAILURE[version] }, /suspend_data/));
		answer(0);
		tracker.quit();
		const after = lms.calls.length;
		expect(clock.pending()).toEqual([]);
		clock.advance(60_000);
		tracker.save(checkpoint({}));
		tracker.flush();
		tracker.quit();
		expect(lms.calls.length).toBe(after);
		expect(lms.calls.filter((c) => c.method === 'terminate')).toHaveLength(1);
		expect(lms.calls.filter((c) => c.method === 'initialize')).toHaveLength(1);
		expect(storage.getItem(key())).not.toBeNull();
	});

	it('a Terminate the LMS accepts saves what Commit could not: the backup goes', () => {
		const { lms, tracker, answer, storage, key } = setup(version);
		tracker.start();
		lms.fail(on('commit', { code: COMMIT_FAILURE[version] }));
		answer(0);
		expect(storage.getItem(key())).not.toBeNull();
		tracker.quit();
		expect(storage.getItem(key())).toBeNull();
	});

	it('next launch: a local backup newer than the LMS is used, written back, and its interactions reported', () => {
		const storage = memoryStorage();
		const first = setup(version, {}, storage);
		first.tracker.start();
		first.answer(0); // reaches the LMS
		const committed = first.lms.cmi();
		first.lms.fail(() => ({ code: GENERAL[version] })); // then nothing does, not even Terminate
		const latest = first.answer(1);
		first.tracker.quit();

		// The LMS relaunches from what it had committed.
		const seed = { ...committed, ...(version === 'scorm12' ? { core: { ...(committed.core as object), entry: 'resume' } } : { entry: 'resume' }) };
		const second = setup(version, seed, storage);
		const launch = second.tracker.start();
		expect(launch).toMatchObject({ saved: latest.saved, resave: true, notice: { message: MESSAGES.restored } });
		// The course writes the restored progress back at once (CourseState does this on `resave`).
		second.tracker.save(latest);
		const cmi = second.lms.cmi();
		expect(cmi.suspend_data).toBe(latest.saved);
		expect(interactionIds(cmi)).toEqual([items[0]!.id, items[1]!.id]);
		expect(storage.getItem(second.key())).toBeNull();
	});

	it('next launch: a backup is ignored when the LMS moved on since (saved elsewhere), and for another learner', () => {
		const storage = memoryStorage();
		const { lms, tracker, key, clock } = setup(version, version === 'scorm12' ? { suspend_data: 'newer', core: { student_id: 'jane' } } : { suspend_data: 'newer', learner_id: 'jane' }, storage);
		writeBackup(storage, key(), { saved: 'older', location: '/', base: 'oldest', interactions: [], at: clock.now() });
		const other = backupKey(COURSE_ID, version, 'john');
		writeBackup(storage, other, { saved: 'johns', location: '/', base: 'newer', interactions: [], at: clock.now() });
		expect(tracker.start().saved).toBe('newer');
		expect(storage.getItem(key())).toBeNull();
		expect(storage.getItem(other)).not.toBeNull();
		expect(lms.calls.filter((c) => c.method === 'commit')).toEqual([]);
	});

	it('an LMS that refuses Initialize: usable course, retries with backoff, then merges and reports what was answered', () => {
		const { lms, clock, tracker, statuses, answer } = setup(version);
		lms.fail(on('initialize', { code: GENERAL[version] }));
		const launches: LaunchData[] = [];
		tracker.onLaunch((l) => launches.push(l));
		expect(tracker.start().notice?.message).toBe(MESSAGES.notConnected);
		answer(0); // tries Initialize once more, in vain
		expect(lms.calls.filter((c) => c.method === 'initialize')).toHaveLength(2);
		expect(clock.pending()).toEqual([1000]);
		lms.fail(null);
		clock.advance(1000);
		// Connected: the answer given meanwhile is an interaction at once; progress waits for the course's merge.
		expect(interactionIds(lms.cmi())).toEqual([items[0]!.id]);
		expect(lms.cmi().suspend_data ?? '').toBe('');
		clock.advance(0);
		expect(launches).toHaveLength(1);
		expect(launches[0]).toMatchObject({ saved: null, mode: 'normal' });
		tracker.save(checkpoint({ [items[0]!.id]: plannedResponse(items[0]!, true) }));
		expect(lms.cmi().suspend_data).toContain(items[0]!.id);
		expect(statuses).toEqual(['saved']);
		expect(lms.calls.filter((c) => c.method === 'initialize' && c.result === 'true')).toHaveLength(1);
	});

	it.each([
		['review', MESSAGES.review],
		['browse', MESSAGES.browse]
	])('%s mode: the learner is told, nothing scored is written', (mode, message) => {
		const { lms, tracker, answer } = setup(version, version === 'scorm12' ? { core: { lesson_mode: mode } } : { mode });
		expect(tracker.start()).toMatchObject({ mode, notice: { level: 'info', message } });
		answer(0);
		expect(lms.calls.filter((c) => c.method === 'setValue' && /score|status|interactions|objectives/.test(c.args[0]!))).toEqual([]);
	});

	it('no-credit: the learner is told the attempt does not count, and progress is still saved', () => {
		const { lms, tracker, answer } = setup(version, version === 'scorm12' ? { core: { credit: 'no-credit' } } : { credit: 'no-credit' });
		expect(tracker.start().notice?.message).toBe(MESSAGES.noCredit);
		const cp = answer(0);
		expect(lms.cmi().suspend_data).toBe(cp.saved);
	});

	it('keeps unreadable suspend_data in this browser (the notice says a copy was kept), and a new attempt erases it', () => {
		const { tracker, storage, key } = setup(version);
		tracker.start();
		tracker.setAside('{"v":2,"a":');
		expect(storage.getItem(`${key()}:unreadable`)).toBe('{"v":2,"a":');
		tracker.reset();
		expect(storage.dump()).toEqual({});
	});

	it('an interaction field that keeps failing keeps its record in the backup until it is committed', () => {
		const { lms, clock, tracker, answer, storage, key } = setup(version);
		tracker.start();
		const result = interactionPath(version, 0, 'result')!;
		lms.fail(on('setValue', { code: SET_FAILURE[version] }, new RegExp(result.replaceAll('.', '\\.'))));
		answer(0);
		expect(readBackup(storage, key(), clock.now())?.interactions.map((r) => r.find(([f]) => f === 'id')?.[1])).toEqual([items[0]!.id]);
		lms.fail(null);
		clock.advance(1000);
		expect(storage.getItem(key())).toBeNull();
		expect((lms.cmi().interactions as Record<string, { result: string }>)['0']!.result).toBe('correct');
	});
});
