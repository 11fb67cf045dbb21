import { describe, expect, it } from 'vitest';
import { memoryStorage } from './test-doubles.testutil.ts';
import { backupKey, MAX_AGE_MS, readBackup, removeBackup, writeBackup, type LocalBackup } from './backup.ts';

const backup: LocalBackup = { saved: '{"v":2}', location: '/x', base: '', interactions: [[['id', 'q1'], ['result', 'correct']]], at: 1000 };

describe('local backup of LMS progress', () => {
	it('round-trips, keyed by course, version and learner', () => {
		const storage = memoryStorage();
		const key = backupKey('course', 'scorm12', 'jane');
		expect(key).toBe('course:lms-backup:scorm12:jane');
		expect(writeBackup(storage, key, backup)).toBe(true);
		expect(readBackup(storage, key, 2000)).toEqual(backup);
		expect(readBackup(storage, backupKey('course', 'scorm12', 'john'), 2000)).toBeNull();
		removeBackup(storage, key);
		expect(storage.dump()).toEqual({});
	});

	it.each([
		['not JSON', '{"v":1,'],
		['another shape', '{"v":1,"saved":5}'],
		['an unknown interaction field', JSON.stringify({ v: 1, ...backup, interactions: [[['onclick', 'x']]] })],
		['a future format', JSON.stringify({ ...backup, v: 2 })]
	])('ignores %s', (_name, raw) => {
		const storage = memoryStorage();
		storage.setItem('k', raw);
		expect(readBackup(storage, 'k', 2000)).toBeNull();
	});

	it('ignores a backup older than 30 days, and never throws on blocked storage', () => {
		const storage = memoryStorage();
		writeBackup(storage, 'k', backup);
		expect(readBackup(storage, 'k', backup.at + MAX_AGE_MS + 1)).toBeNull();
		const blocked = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('full'); }, removeItem: () => { throw new Error('blocked'); } } as unknown as Storage;
		expect(readBackup(blocked, 'k', 0)).toBeNull();
		expect(writeBackup(blocked, 'k', backup)).toBe(false);
		expect(() => removeBackup(blocked, 'k')).not.toThrow();
		expect(writeBackup(null, 'k', backup)).toBe(false);
	});
});
