import { describe, expect, it } from 'vitest';
import { miniCourse as course } from '../../../../tests/fixtures/conformance/mini-course.ts';
import { plannedResponse } from '../../quiz/sample-responses.testutil.ts';
import { courseScore, lessonScore, scoreItem, type Response } from '../../quiz/scoring.ts';
import { chooseTracker } from '../choose-tracker.ts';
import { readParams } from '../cmi5/launch.ts';
import { manualTimers, memoryStorage } from '../test-doubles.testutil.ts';
import type { Checkpoint, LaunchData, SaveStatus } from '../tracker.ts';
import { Cmi5Tracker, STATE_ID } from './cmi5.ts';
import { MESSAGES } from './scorm-messages.ts';

/** Run on the mini fixture course (tests/fixtures/conformance): 2 lessons, 5 questions. */
const items = course.lessons.flatMap((l) => l.quiz);
const ENDPOINT = 'https://lms.example/xapi/';
const ACTIVITY = 'https://lms.example/activity/au0';
const REGISTRATION = '760e3480-ba55-4991-94b0-01820dbd23a2';
const ACTOR = { objectType: 'Agent', name: 'Jane Doe', account: { homePage: 'https://lms.example', name: '1625378' } };
const TEMPLATE = {
	contextActivities: { grouping: [{ id: 'urn:x-patient-education:mini:au' }] },
	extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'session-1' }
};
const launchSearch = (extra = '') =>
	`?endpoint=${encodeURIComponent(ENDPOINT)}&fetch=${encodeURIComponent('https://lms.example/token?k=1')}&actor=${encodeURIComponent(JSON.stringify(ACTOR))}` +
	`&registration=${REGISTRATION}&activityId=${encodeURIComponent(ACTIVITY)}${extra}`;

type Statement = { verb: { id: string }; object: { id: string }; result?: Record<string, unknown>; context: { registration: string; contextActivities: { category?: { id: string }[] } } };

/**
 * An LRS behind the cmi5 endpoint, in memory: the token, LMS.LaunchData, state documents, statements. `fail(n, status)`
 * answers the next n statement or state writes with that status (0: the network drops).
 */
function fakeLrs(launchData: Record<string, unknown> = { launchMode: 'Normal', masteryScore: 0.8, moveOn: 'CompletedAndPassed', returnURL: 'https://lms.example/back', contextTemplate: TEMPLATE }) {
	const states = new Map<string, string>([['LMS.LaunchData', JSON.stringify(launchData)]]);
	const statements: Statement[] = [];
	const calls: string[] = [];
	let failures: { left: number; status: number } = { left: 0, status: 0 };
	const fetchFn = async (input: string | URL | Request, init?: RequestInit) => {
		const url = new URL(String(input));
		const method = init?.method ?? 'GET';
		const stateId = url.searchParams.get('stateId');
		calls.push(`${method} ${url.pathname.split('/').pop()}${stateId ? ` ${stateId}` : ''}${url.searchParams.get('profileId') ? ` ${url.searchParams.get('profileId')}` : ''}`);
		if (url.pathname === '/token') return Response.json({ 'auth-token': 'dG9rZW4=' });
		if ((init?.headers as Record<string, string>).Authorization !== 'Basic dG9rZW4=') return new Response(null, { status: 401 });
		if (method !== 'GET' && failures.left > 0) {
			failures.left--;
			if (failures.status === 0) throw new TypeError('Failed to fetch');
			return new Response(null, { status: failures.status });
		}
		if (url.pathname.endsWith('/statements')) {
			statements.push(...(JSON.parse(String(init!.body)) as Statement[]));
			return Response.json([]);
		}
		if (url.pathname.endsWith('/activities/state')) {
			if (method === 'PUT') {
				states.set(stateId!, String(init!.body));
				return new Response(null, { status: 204 });
			}
			const doc = states.get(stateId!);
			return doc ? new Response(doc, { headers: { 'Content-Type': 'application/json' } }) : new Response(null, { status: 404 });
		}
		return new Response(null, { status: 404 });
	};
	return {
		fetch: fetchFn as typeof fetch,
		statements,
		calls,
		states,
		verbs: () => statements.map((s) => s.verb.id.split('/').pop()),
		doc: () => JSON.parse(states.get(STATE_ID) ?? 'null') as { saved: string; location: string; sent: Record<string, boolean> } | null,
		fail: (left: number, status: number) => void (failures = { left, status })
	};
}

const settle = async () => {
	for (let i = 0; i < 30; i++) await new Promise((r) => setImmediate(r));
};

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

/** A launched tracker, past its launch sequence, with what it told the course. */
async function launched(lrs: ReturnType<typeof fakeLrs>, options: { storage?: Storage } = {}) {
	const clock = manualTimers();
	const left: string[] = [];
	const statuses: SaveStatus[] = [];
	const tracker = new Cmi5Tracker(readParams(launchSearch())!, { courseId: 'mini', fetch: lrs.fetch, storage: options.storage ?? null, timers: clock.timers, now: clock.now, navigate: (url) => left.push(url) });
	let launch: LaunchData | null = null;
	tracker.onLaunch((l) => (launch = l));
	tracker.onStatus((s) => statuses.push(s));
	const first = tracker.start();
	await settle();
	return { tracker, first, launch: launch as LaunchData | null, clock, left, statuses };
}

/** Answers every item, the first `wrong` of them wrongly, recording and saving each like the course does. */
async function takeCourse(tracker: Cmi5Tracker, wrong: number) {
	const answers: Record<string, Response> = {};
	for (const [i, item] of items.entries()) {
		const response = plannedResponse(item, i >= wrong);
		answers[item.id] = response;
		tracker.recordAnswer({ item, lessonSlug: 'x', response, correct: scoreItem(item, response) === 1, shownAt: 1_000_000, answeredAt: 1_002_500 });
		tracker.save(checkpoint(answers));
		await settle();
	}
	return answers;
}

describe('readParams (the cmi5 launch address)', () => {
	it('reads the five parameters in any order, and nothing else is a cmi5 launch', () => {
		const params = readParams(launchSearch())!;
		expect(params).toMatchObject({ endpoint: ENDPOINT, registration: REGISTRATION, activityId: ACTIVITY, actor: ACTOR });
		const reversed = `?${[...new URLSearchParams(launchSearch())].reverse().map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
		expect(readParams(reversed)).toEqual(params);
		expect(readParams(launchSearch().replace(/&registration=[^&]+/, ''))).toBeNull();
		expect(readParams(launchSearch().replace(encodeURIComponent(JSON.stringify(ACTOR)), encodeURIComponent('{"name":"no account"}')))).toBeNull();
		expect(readParams(launchSearch().replace(encodeURIComponent(JSON.stringify(ACTOR)), 'not%20json'))).toBeNull();
		expect(readParams('?v=scorm2004')).toBeNull();
	});

	it('chooseTracker takes the cmi5 tracker for a cmi5 launch address', () => {
		expect(chooseTracker({ id: 'mini', passMark: 80 }, { location: { search: launchSearch() } } as never).kind).toBe('cmi5');
		expect(chooseTracker({ id: 'mini', passMark: 80 }, { location: { search: '' } } as never).kind).toBe('standalone');
	});
});

describe('Cmi5Tracker against an LRS', () => {
	it('launches as cmi5 says: token once, LMS.LaunchData, learner preferences, its state, then initialized', async () => {
		const lrs = fakeLrs();
		const { first, launch } = await launched(lrs);
		expect(first).toMatchObject({ saved: null, learnerName: 'Jane Doe', mode: 'normal' });
		expect(lrs.calls).toEqual(['POST token', 'GET state LMS.LaunchData', 'GET profile cmi5LearnerPreferences', `GET state ${STATE_ID}`, 'POST statements']);
		expect(lrs.verbs()).toEqual(['initialized']);
		// masteryScore 0.8 is the pass mark in force; returnURL means the learner can Exit.
		expect(launch).toMatchObject({ saved: null, learnerName: 'Jane Doe', mode: 'normal', passMark: 80, canExit: true });
		const [initialized] = lrs.statements;
		expect(initialized!.object.id).toBe(ACTIVITY);
		expect(initialized!.context).toMatchObject({ ...TEMPLATE, registration: REGISTRATION, contextActivities: { grouping: TEMPLATE.contextActivities.grouping, category: [{ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }] } });
	});

	it('a passed course: one answered per answer, completed and passed once with score and duration, the state kept, terminated last, then returnURL', async () => {
		const lrs = fakeLrs();
		const { tracker, left } = await launched(lrs);
		await takeCourse(tracker, 1);
		// Saving again (a bookmark, review) sends no verdict a second time.
		tracker.save(checkpoint(Object.fromEntries(items.map((i) => [i.id, plannedResponse(i, true)]))));
		await tracker.exit();
		expect(lrs.verbs()).toEqual(['initialized', ...items.map(() => 'answered'), 'completed', 'passed', 'terminated']);
		const passed = lrs.statements.find((s) => s.verb.id.endsWith('/passed'))!;
		expect(passed.result).toMatchObject({ success: true, score: { scaled: 0.8, raw: 80, min: 0, max: 100 }, duration: expect.stringMatching(/^PT/) });
		expect(passed.context.contextActivities.category!.map((c) => c.id)).toEqual(['https://w3id.org/xapi/cmi5/context/categories/cmi5', 'https://w3id.org/xapi/cmi5/context/categories/moveon']);
		const answered = lrs.statements.filter((s) => s.verb.id.endsWith('/answered'));
		expect(answered.map((s) => s.result!.success)).toEqual(items.map((_, i) => i >= 1));
		expect(answered[0]!.object.id).toBe(`${ACTIVITY}/${items[0]!.id}`);
		expect(answered[0]!.context.contextActivities.category).toBeUndefined();
		expect(lrs.doc()).toMatchObject({ location: '/lesson/x', sent: { completed: true, passed: true } });
		expect(left).toEqual(['https://lms.example/back']);
		// Nothing after terminated.
		tracker.save(checkpoint({}));
		await settle();
		expect(lrs.verbs().at(-1)).toBe('terminated');
	});

	it('failed, then passed in the same session: the pass waits for the next launch (never passed and failed in one session)', async () => {
		const lrs = fakeLrs();
		const { tracker } = await launched(lrs);
		const wrong = await takeCourse(tracker, 3);
		expect(lrs.verbs().slice(-2)).toEqual(['completed', 'failed']);
		const allRight = { ...wrong, ...Object.fromEntries(items.map((i) => [i.id, plannedResponse(i, true)])) };
		tracker.save(checkpoint(allRight));
		tracker.quit();
		await settle();
		expect(lrs.verbs().filter((v) => v === 'passed')).toEqual([]);

		const next = await launched(lrs);
		expect(next.launch!.saved).toBe(checkpoint(allRight).saved);
		next.tracker.save(checkpoint(allRight));
		await settle();
		// completed is not sent again in the registration; passed now is.
		expect(lrs.verbs().slice(-2)).toEqual(['initialized', 'passed']);
		expect(lrs.verbs().filter((v) => v === 'completed')).toHaveLength(1);
	});

	it('Browse: initialized and terminated only — no answers, verdicts or state written', async () => {
		const lrs = fakeLrs({ launchMode: 'Browse', contextTemplate: TEMPLATE });
		const { tracker, launch } = await launched(lrs);
		expect(launch).toMatchObject({ mode: 'browse', passMark: null, canExit: false, notice: { message: MESSAGES.browse } });
		await takeCourse(tracker, 0);
		tracker.quit();
		await settle();
		expect(lrs.verbs()).toEqual(['initialized', 'terminated']);
		expect(lrs.doc()).toBeNull();
	});

	it('a dropped network and a busy LRS: retried with backoff, in order, nothing lost; the learner sees the status line', async () => {
		const lrs = fakeLrs();
		const storage = memoryStorage();
		const { tracker, clock, statuses } = await launched(lrs, { storage });
		lrs.fail(2, 0);
		await takeCourse(tracker, 0);
		expect(statuses.at(-1)).toEqual({ state: 'retrying', message: MESSAGES.status.retrying });
		// Meanwhile the newest progress is kept in this browser.
		expect(Object.keys(storage.dump())).toEqual([`mini:lms-backup:cmi5:${REGISTRATION}`]);
		lrs.fail(1, 503);
		clock.advance(1000);
		await settle();
		clock.advance(2000);
		await settle();
		expect(statuses.at(-1)).toEqual({ state: 'saved', message: MESSAGES.status.saved });
		expect(lrs.verbs()).toEqual(['initialized', ...items.map(() => 'answered'), 'completed', 'passed']);
		expect(lrs.doc()!.sent).toEqual({ completed: true, passed: true });
		expect(storage.dump()).toEqual({});
	});

	it('a refusal for good (4xx) is not sent again; the progress stays in the state document', async () => {
		const lrs = fakeLrs();
		const { tracker, statuses } = await launched(lrs);
		lrs.fail(1, 400);
		await takeCourse(tracker, 0);
		expect(statuses[0]).toEqual({ state: 'local', message: MESSAGES.status.local });
		expect(lrs.doc()!.saved).toBe(checkpoint(Object.fromEntries(items.map((i) => [i.id, plannedResponse(i, true)]))).saved);
	});

	it('progress that never reached the LRS comes back from this browser at the next launch', async () => {
		const lrs = fakeLrs();
		const storage = memoryStorage();
		const { tracker } = await launched(lrs, { storage });
		lrs.fail(100, 0);
		tracker.save(checkpoint({ [items[0]!.id]: plannedResponse(items[0]!, true) }, '/lesson/a/quiz/2'));
		tracker.quit();
		await settle();
		lrs.fail(0, 0);
		const next = await launched(lrs, { storage });
		expect(next.launch).toMatchObject({ saved: checkpoint({ [items[0]!.id]: plannedResponse(items[0]!, true) }).saved, resave: true, notice: { message: MESSAGES.restored } });
	});

	it('an LRS that cannot be reached at launch: the course is told, and it connects on a retry', async () => {
		const lrs = fakeLrs();
		let down = true;
		const flaky = (async (input: RequestInfo | URL, init?: RequestInit) => {
			if (down && String(input).includes('activities/state')) throw new TypeError('Failed to fetch');
			return lrs.fetch(input, init);
		}) as typeof fetch;
		const clock = manualTimers();
		const statuses: SaveStatus[] = [];
		let launch: LaunchData | null = null;
		const tracker = new Cmi5Tracker(readParams(launchSearch())!, { courseId: 'mini', fetch: flaky, storage: null, timers: clock.timers, now: clock.now });
		tracker.onStatus((s) => statuses.push(s));
		tracker.onLaunch((l) => (launch = l));
		tracker.start();
		await settle();
		expect(statuses).toEqual([{ state: 'local', message: MESSAGES.notConnected }]);
		expect(lrs.statements).toEqual([]);
		down = false;
		clock.advance(1000);
		await settle();
		expect(launch).toMatchObject({ mode: 'normal', passMark: 80 });
		// The token was fetched once (the fetch URL is one-time).
		expect(lrs.calls.filter((c) => c === 'POST token')).toHaveLength(1);
		expect(lrs.verbs()).toEqual(['initialized']);
	});
});
