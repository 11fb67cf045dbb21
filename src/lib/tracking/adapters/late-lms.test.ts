import { describe, expect, it, vi } from 'vitest';
import { chooseTracker } from '../choose-tracker.ts';
import type { LmsConnection, WindowLike } from '../scorm/find-api.ts';
import type { Checkpoint, LaunchData, Tracker } from '../tracker.ts';
import { faultyLms } from '../scorm-again.testutil.ts';
import { manualTimers } from '../test-doubles.testutil.ts';
import { LateLmsTracker } from './late-lms.ts';
import { ScormTracker } from './scorm.ts';
import { StandaloneTracker } from './standalone.ts';

const cp = (saved: string): Checkpoint => ({ saved, location: '/x', scorePercent: 0, progress: 0, completed: false, passed: false, lessons: [], mustKnow: null });

/** A tracker that records what it was asked. */
function recorder(kind: Tracker['kind'] = 'standalone') {
	const log: string[] = [];
	const tracker: Tracker = {
		kind,
		start: () => (log.push('start'), { saved: 'local', learnerName: null, mode: 'normal', passMark: null }),
		recordAnswer: (r) => void log.push(`answer ${r.item.id}`),
		save: (c) => (log.push(`save ${c.saved}`), null),
		bookmark: (c) => (log.push(`bookmark ${c.saved}`), null),
		flush: () => void log.push('flush'),
		setAside: (s) => void log.push(`aside ${s}`),
		reset: () => void log.push('reset'),
		quit: () => void log.push('quit')
	};
	return { tracker, log };
}

const answer = { item: { id: 'q1' }, lessonSlug: 'l', response: 'a', correct: true, shownAt: 0, answeredAt: 1 } as never;

describe('LateLmsTracker: an LMS API that appears after the course started', () => {
	it('starts at once as the web page, then hands over to an API that appears within the wait', () => {
		const clock = manualTimers();
		const standalone = recorder();
		const lms = recorder('scorm2004');
		let api: LmsConnection | null = null;
		const late = new LateLmsTracker({ find: () => api, standalone: standalone.tracker, connect: () => lms.tracker, timers: clock.timers });
		const launches: LaunchData[] = [];
		late.onLaunch((l) => launches.push(l));
		expect(late.start().saved).toBe('local');
		expect(late.kind).toBe('standalone');
		late.recordAnswer(answer);
		late.save(cp('meanwhile'));
		clock.advance(500);
		api = { version: 'scorm2004', api: {} as never };
		clock.advance(100);
		expect(late.kind).toBe('scorm2004');
		expect(lms.log).toEqual(['start', 'answer q1']);
		expect(launches).toHaveLength(1);
		// Nothing of the LMS learner's went to this browser's standalone storage.
		expect(standalone.log).toEqual(['start']);
		late.save(cp('after'));
		late.quit();
		expect(lms.log.slice(2)).toEqual(['save after', 'quit']);
	});

	it('with no API after the wait, the standalone tracker gets everything that happened meanwhile', () => {
		const clock = manualTimers();
		const standalone = recorder();
		const find = vi.fn(() => null);
		const late = new LateLmsTracker({ find, standalone: standalone.tracker, connect: () => recorder().tracker, timers: clock.timers });
		late.start();
		late.setAside('bad');
		late.save(cp('one'));
		late.bookmark(cp('two'));
		clock.advance(1900);
		expect(standalone.log).toEqual(['start']);
		clock.advance(100);
		expect(find).toHaveBeenCalledTimes(20);
		expect(standalone.log).toEqual(['start', 'aside bad', 'save one', 'bookmark two']);
		expect(clock.pending()).toEqual([]);
		late.save(cp('three'));
		expect(standalone.log.at(-1)).toBe('save three');
	});

	it('leaving before the wait is over settles on the web page, with nothing lost', () => {
		const clock = manualTimers();
		const standalone = recorder();
		const late = new LateLmsTracker({ find: () => null, standalone: standalone.tracker, connect: () => recorder().tracker, timers: clock.timers });
		late.start();
		late.save(cp('one'));
		late.quit();
		expect(standalone.log).toEqual(['start', 'save one', 'quit']);
		expect(clock.pending()).toEqual([]);
	});

	it('works with the real SCORM tracker: answers given before the API appeared reach the LMS', () => {
		const clock = manualTimers();
		const lms = faultyLms('scorm12');
		let api: LmsConnection | null = null;
		const late = new LateLmsTracker({
			find: () => api,
			standalone: new StandaloneTracker('c', null),
			connect: (found) => new ScormTracker(found.version, found.api, 80, { timers: clock.timers }),
			timers: clock.timers
		});
		late.start();
		late.recordAnswer({ item: { id: 'q1', type: 'true-false', correct: true, prompt: 'P' }, lessonSlug: 'l', response: true, correct: true, shownAt: 0, answeredAt: 1000 } as never);
		api = { version: 'scorm12', api: lms.api };
		clock.advance(100);
		expect(lms.calls.filter((c) => c.method === 'initialize')).toHaveLength(1);
		expect(lms.calls.some((c) => c.method === 'setValue' && c.args[0] === 'cmi.interactions.0.id' && c.args[1] === 'q1')).toBe(true);
	});
});

describe('chooseTracker', () => {
	const settings = { id: 'course', passMark: 80 };
	it('a top-level page nobody opened is the web page, at once', () => {
		const top: WindowLike = {};
		Object.assign(top, { parent: top, opener: null });
		expect(chooseTracker(settings, top)).toBeInstanceOf(StandaloneTracker);
	});

	it('a frame or popup with no API yet keeps looking for a moment', () => {
		const top: WindowLike = {};
		Object.assign(top, { parent: top, opener: null });
		const frame = { parent: top, opener: null };
		expect(chooseTracker(settings, frame)).toBeInstanceOf(LateLmsTracker);
		const popup: WindowLike = {};
		Object.assign(popup, { parent: popup, opener: top });
		expect(chooseTracker(settings, popup)).toBeInstanceOf(LateLmsTracker);
	});

	it('an API in sight is used at once', () => {
		const lms = faultyLms('scorm2004');
		const top = { API_1484_11: lms.raw } as unknown as WindowLike;
		Object.assign(top, { parent: top });
		const tracker = chooseTracker(settings, { parent: top, opener: null });
		expect(tracker).toBeInstanceOf(ScormTracker);
		expect(tracker.kind).toBe('scorm2004');
	});
});
