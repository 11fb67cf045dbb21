import { describe, expect, it } from 'vitest';
import { Preferences } from './preferences.svelte.ts';

/** An in-memory Storage, like the browser's localStorage. */
function memoryStorage(entries: Record<string, string> = {}): Storage {
	const map = new Map(Object.entries(entries));
	return {
		get length() {
			return map.size;
		},
		key: (i) => [...map.keys()][i] ?? null,
		getItem: (k) => map.get(k) ?? null,
		setItem: (k, v) => void map.set(k, String(v)),
		removeItem: (k) => void map.delete(k),
		clear: () => map.clear()
	};
}

describe('reading preferences', () => {
	it('are kept under one key per course and read back', () => {
		const storage = memoryStorage();
		new Preferences('course_a', storage).set({ textSize: 'larger', theme: 'contrast' });
		expect(JSON.parse(storage.getItem('course_a:preferences')!)).toEqual({ v: 1, text: 'larger', theme: 'contrast' });
		const again = new Preferences('course_a', storage);
		expect([again.textSize, again.theme, again.patient]).toEqual(['larger', 'contrast', false]);
		expect(new Preferences('course_b', storage).textSize).toBe('standard');
	});

	it('fall back to the defaults, field by field, when the stored value is unknown or unreadable', () => {
		const odd = new Preferences('c', memoryStorage({ 'c:preferences': '{"v":1,"text":"huge","theme":"dark","patient":"yes"}' }));
		expect([odd.textSize, odd.theme, odd.patient]).toEqual(['standard', 'dark', false]);
		const broken = new Preferences('c', memoryStorage({ 'c:preferences': '{oops' }));
		expect([broken.textSize, broken.theme]).toEqual(['standard', 'auto']);
		expect(() => new Preferences('c', null).set({ theme: 'dark' })).not.toThrow();
	});

	it('a patient session makes the text one step larger, unless the reader chose a size', () => {
		const prefs = new Preferences('c', memoryStorage());
		prefs.startPatientSession();
		expect([prefs.patient, prefs.textSize]).toEqual([true, 'large']);
		const chosen = new Preferences('c', memoryStorage());
		chosen.set({ textSize: 'largest' });
		chosen.startPatientSession();
		expect(chosen.textSize).toBe('largest');
	});

	it('"Next patient" removes everything the course keeps, and nothing else', () => {
		const storage = memoryStorage({ 'c:progress': '{}', 'c:progress:unreadable': 'x', 'c:preferences': '{}', 'other:progress': '{}' });
		const prefs = new Preferences('c', storage);
		prefs.set({ patient: true, theme: 'dark' });
		prefs.clearDevice();
		expect([prefs.patient, prefs.theme, prefs.textSize]).toEqual([false, 'auto', 'standard']);
		expect(Array.from({ length: storage.length }, (_, i) => storage.key(i))).toEqual(['other:progress']);
	});
});
