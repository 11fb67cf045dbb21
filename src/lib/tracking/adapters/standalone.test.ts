import { describe, expect, it } from 'vitest';
import type { Checkpoint } from '../tracker.ts';
import { memoryStorage } from '../test-doubles.testutil.ts';
import { StandaloneTracker } from './standalone.ts';

/** The plain web page: progress in this browser under `<courseId>:progress`, and a clear word when it cannot be kept. */

const cp = (saved: string): Checkpoint => ({ saved, location: '/x', scorePercent: 0, progress: 0, completed: false, passed: false, lessons: [], mustKnow: null });

/** Storage that refuses every write, as a full quota or blocked storage does. */
function fullStorage(): Storage {
	const storage = memoryStorage();
	storage.setItem = () => {
		throw new DOMException('full', 'QuotaExceededError');
	};
	return storage;
}

describe('StandaloneTracker', () => {
	it('saves each checkpoint and bookmark under one key, and the next launch reads it back', () => {
		const storage = memoryStorage();
		const first = new StandaloneTracker('course_x', storage);
		expect(first.start()).toEqual({ saved: null, learnerName: null, mode: 'normal', passMark: null });
		expect(first.save(cp('{"a":1}'))).toBeNull();
		expect(first.bookmark(cp('{"a":2}'))).toBeNull();
		expect(storage.dump()).toEqual({ 'course_x:progress': '{"a":2}' });
		expect(new StandaloneTracker('course_x', storage).start().saved).toBe('{"a":2}');
		expect(new StandaloneTracker('course_y', storage).start().saved).toBeNull();
	});

	it('tells the learner when the browser will not keep progress, and keeps working', () => {
		expect(new StandaloneTracker('c', null).save(cp('{}'))?.message).toMatch(/progress will be lost if you close this page/);
		const full = new StandaloneTracker('c', fullStorage());
		expect(full.start().saved).toBeNull();
		expect(full.save(cp('{}'))).toEqual({ level: 'warning', message: 'Your progress could not be saved in this browser. You can carry on, but keep this page open.' });
	});

	it('keeps unreadable progress aside instead of overwriting it, and a new attempt clears both', () => {
		const storage = memoryStorage();
		const tracker = new StandaloneTracker('c', storage);
		tracker.save(cp('garbage{'));
		tracker.setAside('garbage{');
		expect(storage.dump()).toEqual({ 'c:progress': 'garbage{', 'c:progress:unreadable': 'garbage{' });
		tracker.reset();
		expect(storage.dump()).toEqual({});
	});
});
