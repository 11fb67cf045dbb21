import { describe, expect, it } from 'vitest';
import { miniCourse as course } from '../../../../tests/fixtures/conformance/mini-course.ts';
import { plannedResponse } from '../../quiz/sample-responses.testutil.ts';
import { courseScore, lessonScore, scoreItem, type Response } from '../../quiz/scoring.ts';
import type { ScormVersion } from '../scorm/data-model.ts';
import type { Checkpoint } from '../tracker.ts';
import { displayName } from './scorm-launch.ts';
import { ScormTracker } from './scorm.ts';
import { faultyLms } from '../scorm-again.testutil.ts';
import { manualTimers } from '../test-doubles.testutil.ts';

const items = course.lessons.flatMap((l) => l.quiz);

/** Run on the mini fixture course (tests/fixtures/conformance): 2 lessons, 5 questions, one must-know.
 * A scorm-again LMS with every API call recorded (method names the same in both versions: setValue, terminate…). */
const lms = (version: ScormVersion, seed: Record<string, unknown> = {}) => faultyLms(version, seed);

function checkpoint(responses: Record<string, Response>, location = '/lesson/x'): Checkpoint {
	const answers = Object.fromEntries(Object.entries(responses).map(([id, r]) => [id, { last: r, tries: 1, best: r }]));
	const score = courseScore(course.lessons, answers);
	return {
		saved: JSON.stringify({ a: answers }),
		location,
		scorePercent: score.percent,
		progress: score.answered / score.total,
		completed: score.answered === score.total,
		passed: score.answered === score.total && score.percent >= 80,
		lessons: course.lessons.map((l) => {
			const s = lessonScore(l, answers);
			return { slug: l.slug, title: l.title, answered: s.answered, total: s.total, scorePercent: s.percent };
		}),
		mustKnow: null
	};
}

/** Answers every item, the first `wrong` of them wrongly, recording each like the course does. */
function takeCourse(tracker: ScormTracker, wrong: number) {
	const answers: Record<string, Response> = {};
	items.forEach((item, i) => {
		const response = plannedResponse(item, i >= wrong);
		answers[item.id] = response;
		const lesson = course.lessons.find((l) => l.quiz.includes(item))!;
		tracker.recordAnswer({ item, lessonSlug: lesson.slug, response, correct: scoreItem(item, response) === 1, shownAt: 1_000_000 + i * 1000, answeredAt: 1_000_000 + i * 1000 + 2500 });
		tracker.save(checkpoint(answers));
	});
	return answers;
}

describe.each(['scorm12', 'scorm2004'] as const)('ScormTracker (%s) against scorm-again', (version) => {
	it('reports status, score, one interaction per answer and one objective per lesson, with no LMS error', () => {
		const { api, calls, cmi } = lms(version);
		const tracker = new ScormTracker(version, api, 80);
		expect(tracker.start()).toMatchObject({ saved: null, mode: 'normal', passMark: null });
		takeCourse(tracker, 1);
		tracker.quit();

		// 403 on GetValue is SCORM 2004's "no value yet" answer (e.g. no suspend_data on a first launch), not a fault.
		expect(calls.filter((c) => c.error !== '0' && !(c.method === 'getValue' && c.error === '403'))).toEqual([]);
		const data = cmi();
		// The mini course: 5 questions, the first answered wrong.
		const percent = 80;
		const interactions = Object.values(data.interactions as Record<string, Record<string, unknown>>);
		expect(interactions).toHaveLength(items.length);
		expect(interactions.map((i) => i.id)).toEqual(items.map((i) => i.id));
		expect(interactions.filter((i) => i.result === 'correct')).toHaveLength(4);
		const objectives = Object.values(data.objectives as Record<string, Record<string, unknown>>);
		expect(objectives.map((o) => o.id)).toEqual(course.lessons.map((l) => `lesson_${l.slug.replaceAll('-', '_')}`));

		if (version === 'scorm12') {
			const core = data.core as Record<string, Record<string, string> & Record<string, string>>;
			expect(core.lesson_status).toBe('passed');
			expect(core.score).toMatchObject({ raw: String(percent), min: '0', max: '100' });
			expect(core.exit).toBe('');
			expect(core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
			expect(interactions[0]).toMatchObject({ type: 'choice', student_response: 'a', result: 'wrong', time: '00:16:40' });
		} else {
			expect(data).toMatchObject({ completion_status: 'completed', success_status: 'passed', exit: 'normal' });
			expect(data.score).toMatchObject({ raw: String(percent), min: '0', max: '100', scaled: String(percent / 100) });
			expect(interactions[0]).toMatchObject({ type: 'choice', learner_response: 'a', result: 'incorrect' });
			expect(interactions[0]!.timestamp).toMatch(/^1970-01-01T00:16:40(\.0{1,2})?Z$/);
		}
	});

	it('reports no score while the attempt is unfinished, so no LMS can fail it or grade it mid-course', () => {
		const { api, calls, cmi } = lms(version);
		const tracker = new ScormTracker(version, api, 80);
		tracker.start();
		const item = items[0]!;
		tracker.recordAnswer({ item, lessonSlug: course.lessons[0]!.slug, response: plannedResponse(item, false), correct: false, shownAt: 0, answeredAt: 1 });
		tracker.save(checkpoint({ [item.id]: plannedResponse(item, false) }));
		tracker.quit();
		expect(calls.filter((c) => c.method === 'setValue' && /^cmi\.(core\.)?score\./.test(c.args[0]!))).toEqual([]);
		const data = cmi();
		if (version === 'scorm12') {
			expect((data.core as Record<string, string>).lesson_status).toBe('incomplete');
			expect((data.core as Record<string, string>).exit).toBe('suspend');
		} else {
			expect(data).toMatchObject({ completion_status: 'incomplete', success_status: 'unknown', exit: 'suspend' });
		}
	});

	it('a new attempt after a finished one, in the same session: 1.2 clears the old score (no empty score in 2004)', () => {
		const { api, cmi } = lms(version);
		const tracker = new ScormTracker(version, api, 80);
		tracker.start();
		takeCourse(tracker, 0);
		tracker.save(checkpoint({}));
		const data = cmi();
		if (version === 'scorm12') {
			expect((data.core as Record<string, Record<string, string>>).score!.raw).toBe('');
			expect((data.core as Record<string, string>).lesson_status).toBe('incomplete');
		} else {
			expect((data.score as Record<string, string>).raw).toBe('100');
			expect(data).toMatchObject({ completion_status: 'incomplete', success_status: 'unknown' });
		}
	});

	it('closes the session with Terminate alone: no Commit just before it (one request from a closing page)', () => {
		const { api, calls } = lms(version);
		const tracker = new ScormTracker(version, api, 80);
		tracker.start();
		tracker.bookmark(checkpoint({}, '/lesson/y'));
		const before = calls.length;
		tracker.quit();
		const closing = calls.slice(before).map((c) => c.method);
		expect(closing.filter((m) => m !== 'setValue')).toEqual(['terminate']);
	});

	it('keeps one interaction record per question: a second try rewrites it', () => {
		const { api, cmi } = lms(version);
		const tracker = new ScormTracker(version, api, 80);
		tracker.start();
		const [first, second] = items;
		const slug = course.lessons[0]!.slug;
		tracker.recordAnswer({ item: first!, lessonSlug: slug, response: plannedResponse(first!, false), correct: false, shownAt: 0, answeredAt: 1 });
		tracker.recordAnswer({ item: second!, lessonSlug: slug, response: plannedResponse(second!, true), correct: true, shownAt: 0, answeredAt: 1 });
		tracker.recordAnswer({ item: first!, lessonSlug: slug, response: plannedResponse(first!, true), correct: true, shownAt: 5000, answeredAt: 6000 });
		tracker.save(checkpoint({ [first!.id]: plannedResponse(first!, true), [second!.id]: plannedResponse(second!, true) }));
		const interactions = Object.values(cmi().interactions as Record<string, Record<string, unknown>>);
		expect(interactions.map((i) => [i.id, i.result])).toEqual([
			[first!.id, 'correct'],
			[second!.id, 'correct']
		]);
	});

	it('fails the course below the LMS pass mark, and reports it as the pass mark in force', () => {
		const seed = version === 'scorm12' ? { student_data: { mastery_score: '95' } } : { scaled_passing_score: '0.95' };
		const { api, cmi } = lms(version, seed);
		const tracker = new ScormTracker(version, api, 80);
		expect(tracker.start().passMark).toBe(95);
		const answers = takeCourse(tracker, 2);
		// The course state decides `passed` against the LMS pass mark; this checkpoint is what it would send.
		const cp = checkpoint(answers);
		tracker.save({ ...cp, passed: cp.scorePercent >= 95 });
		const data = cmi();
		if (version === 'scorm12') expect((data.core as Record<string, string>).lesson_status).toBe('failed');
		else expect(data.success_status).toBe('failed');
	});

	it('every checkpoint carries the session time so far, with exit suspend and the bookmark: an LMS that finishes the session itself stores them', () => {
		const { api, calls, cmi } = lms(version);
		let clock = 1_000_000;
		const tracker = new ScormTracker(version, api, 80, { now: () => clock });
		tracker.start();
		const path = version === 'scorm12' ? 'cmi.core.session_time' : 'cmi.session_time';
		const sessionTime = () => calls.filter((c) => c.method === 'setValue' && c.args[0] === path).map((c) => c.args[1]);
		const held = () => {
			const data = cmi();
			const core = data.core as Record<string, string> | undefined;
			return version === 'scorm12' ? [core!.session_time, core!.exit, core!.lesson_location] : [data.session_time, data.exit, data.location];
		};
		const since = (n: number) => calls.slice(n).map((c) => (c.method === 'setValue' ? c.args[0] : c.method));
		const time = (twelve: string, iso: string) => (version === 'scorm12' ? twelve : iso);

		// An answer 65 s in: its commit carries the session time beside the bookmark and exit suspend.
		clock += 65_000;
		let before = calls.length;
		tracker.save(checkpoint({ [items[0]!.id]: 'a' }, '/lesson/a/quiz/2'));
		expect(since(before)).toContain(path);
		expect(since(before).at(-1)).toBe('commit');
		expect(held()).toEqual([time('00:01:05', 'PT1M5S'), 'suspend', '/lesson/a/quiz/2']);

		// A new screen 30 s later moves the session time with the bookmark (no commit: the next checkpoint sends it).
		clock += 30_000;
		before = calls.length;
		tracker.bookmark(checkpoint({ [items[0]!.id]: 'a' }, '/lesson/b'));
		expect(since(before)).not.toContain('commit');
		expect(held()).toEqual([time('00:01:35', 'PT1M35S'), 'suspend', '/lesson/b']);

		// The page hidden 10 s later: a checkpoint of its own, committed.
		clock += 10_000;
		before = calls.length;
		tracker.flush();
		expect(since(before)).toEqual([path, 'commit']);
		expect(held()[0]).toBe(time('00:01:45', 'PT1M45S'));

		// Leaving: the last value, then Terminate alone. Each value is this session's whole time, never a sum of values.
		clock += 5_000;
		tracker.quit();
		expect(sessionTime()).toEqual(version === 'scorm12' ? ['00:01:05', '00:01:35', '00:01:45', '00:01:50'] : ['PT1M5S', 'PT1M35S', 'PT1M45S', 'PT1M50S']);
		expect(calls.filter((c) => c.error !== '0' && !(c.method === 'getValue' && c.error === '403'))).toEqual([]);
	});

	it('commits only when something changed and never writes a value the LMS already holds', () => {
		const { api, calls } = lms(version);
		// A clock that stands still: the session time is a value like any other, not written again unchanged.
		const tracker = new ScormTracker(version, api, 80, { now: () => 5_000 });
		tracker.start();
		const cp = checkpoint({ [items[0]!.id]: 'a' });
		tracker.save(cp);
		const before = calls.length;
		tracker.save(cp);
		tracker.flush();
		expect(calls.slice(before)).toEqual([]);
		const sets = calls.filter((c) => c.method === 'setValue').map((c) => c.args.join('='));
		expect(new Set(sets).size).toBe(sets.length);
	});

	it('terminates once and calls nothing afterwards', () => {
		const { api, calls } = lms(version);
		const tracker = new ScormTracker(version, api, 80);
		tracker.start();
		tracker.quit();
		const after = calls.length;
		tracker.quit();
		tracker.save(checkpoint({}));
		tracker.flush();
		expect(calls.length).toBe(after);
		expect(calls.filter((c) => c.method === 'terminate')).toHaveLength(1);
		expect(calls.filter((c) => c.method === 'initialize')).toHaveLength(1);
	});

	it('resumes: reads suspend_data, location and continues numbering interactions', () => {
		const first = lms(version);
		const t1 = new ScormTracker(version, first.api, 80);
		t1.start();
		const answers = { [items[0]!.id]: 'a' };
		t1.recordAnswer({ item: items[0]!, lessonSlug: course.lessons[0]!.slug, response: 'a', correct: true, shownAt: 0, answeredAt: 1000 });
		t1.save(checkpoint(answers, '/lesson/what-is-baclofen/quiz/2'));
		t1.quit();

		const saved = first.cmi();
		const second = lms(version, { ...saved, ...(version === 'scorm12' ? { core: { ...(saved.core as object), entry: 'resume' } } : { entry: 'resume' }) });
		const t2 = new ScormTracker(version, second.api, 80);
		expect(t2.start().saved).toBe(checkpoint(answers).saved);
		t2.recordAnswer({ item: items[2]!, lessonSlug: course.lessons[0]!.slug, response: true, correct: true, shownAt: 0, answeredAt: 1000 });
		t2.save(checkpoint({ ...answers, [items[2]!.id]: true }));
		const ids = second.calls.filter((c) => c.method === 'setValue' && /^cmi\.interactions\.\d+\.id$/.test(c.args[0]!));
		expect(ids.map((c) => c.args[0])).toEqual(['cmi.interactions.1.id']);

		// A new try at a question of the first session: 2004 finds its record by id and rewrites it; 1.2's records
		// are write-only, so it starts a new one.
		const before = second.calls.length;
		t2.recordAnswer({ item: items[0]!, lessonSlug: course.lessons[0]!.slug, response: 'b', correct: false, shownAt: 0, answeredAt: 1000 });
		const rewritten = second.calls.slice(before).filter((c) => c.method === 'setValue').map((c) => c.args[0]!.split('.')[2]);
		expect(new Set(rewritten)).toEqual(new Set([version === 'scorm12' ? '2' : '0']));
	});

	it('reports the safety essentials as an objective of their own: incomplete, failed once blocked, then passed', () => {
		const { api, calls } = lms(version);
		const tracker = new ScormTracker(version, api, 80);
		tracker.start();
		const cp = checkpoint({ [items[0]!.id]: 'a' });
		const safety = () => {
			const sets = calls.filter((c) => c.method === 'setValue' && c.args[0]!.startsWith('cmi.objectives.'));
			const n = sets.find((c) => c.args[1] === 'safety_essentials')!.args[0]!.split('.')[2];
			return Object.fromEntries(sets.filter((c) => c.args[0]!.startsWith(`cmi.objectives.${n}.`)).map((c) => [c.args[0]!.split('.').slice(3).join('.'), c.args[1]]));
		};
		const writes = (...fields: Array<[string, string]>) =>
			Object.fromEntries(fields.filter(([field]) => (version === 'scorm12' ? !/success_status|completion_status|scaled|progress|description/.test(field) : field !== 'status')));
		tracker.save({ ...cp, mustKnow: { total: 4, known: 1, blocked: 0 } });
		expect(safety()).toEqual(
			writes(['id', 'safety_essentials'], ['score.raw', '25'], ['score.scaled', '0.25'], ['status', 'incomplete'], ['completion_status', 'incomplete'], ['success_status', 'unknown'])
		);
		tracker.save({ ...cp, mustKnow: { total: 4, known: 1, blocked: 1 } });
		expect(safety()).toMatchObject(writes(['status', 'failed'], ['completion_status', 'completed'], ['success_status', 'failed']));
		tracker.save({ ...cp, mustKnow: { total: 3, known: 3, blocked: 0 } });
		expect(safety()).toMatchObject(writes(['score.raw', '100'], ['score.scaled', '1'], ['status', 'passed'], ['success_status', 'passed']));
		expect(calls.filter((c) => c.error !== '0' && !(c.method === 'getValue' && c.error === '403'))).toEqual([]);
	});

	it('writes nothing scored in review mode', () => {
		const { api, calls } = lms(version, version === 'scorm12' ? { core: { lesson_mode: 'review' } } : { mode: 'review' });
		const tracker = new ScormTracker(version, api, 80);
		expect(tracker.start().mode).toBe('review');
		tracker.recordAnswer({ item: items[0]!, lessonSlug: 'x', response: 'a', correct: true, shownAt: 0, answeredAt: 1 });
		tracker.save(checkpoint({ [items[0]!.id]: 'a' }));
		const scored = calls.filter((c) => c.method === 'setValue' && /score|status|interactions|objectives/.test(c.args[0]!));
		expect(scored).toEqual([]);
	});

	it('tells the learner when the LMS refuses to start, and keeps the course usable', () => {
		const { api } = lms(version);
		const broken = new Proxy(api as Record<string, unknown>, {
			get: (t, name: string) => (/Initialize/.test(name) ? () => 'false' : t[name])
		});
		const tracker = new ScormTracker(version, broken as never, 80, { timers: manualTimers().timers });
		const launch = tracker.start();
		expect(launch.notice?.message).toMatch(/could not connect to your learning system/);
		expect(() => tracker.save(checkpoint({}))).not.toThrow();
	});
});

it('shows LMS names as people write them', () => {
	expect(displayName('Doe, Jane')).toBe('Jane Doe');
	expect(displayName('Jane Doe')).toBe('Jane Doe');
	expect(displayName('  ')).toBeNull();
});
