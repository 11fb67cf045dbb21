import { describe, expect, it } from 'vitest';
import { arrayOf, boolean, either, integer, literal, object, oneOf, optional, recordOf, string, tuple } from './json-guards.ts';

describe('json guards: what saved progress must look like before it is trusted', () => {
	it('strings: length limit and pattern', () => {
		const seed = string(4, /^[a-z]+$/);
		expect(seed('abcd')).toBe(true);
		expect(seed('abcde')).toBe(false);
		expect(seed('ab1')).toBe(false);
		expect(seed(12)).toBe(false);
	});

	it('integers: whole numbers within range only', () => {
		const tries = integer(1, 10);
		expect([1, 10].map(tries)).toEqual([true, true]);
		expect([0, 11, 1.5, NaN, Infinity, '3', null].map(tries)).toEqual([false, false, false, false, false, false, false]);
	});

	it('tuples are exact: no missing or extra items', () => {
		const pair = tuple(string(), integer(0, 9));
		expect(pair(['a', 1])).toBe(true);
		expect(pair(['a'])).toBe(false);
		expect(pair(['a', 1, 2])).toBe(false);
		expect(pair({ 0: 'a', 1: 1, length: 2 })).toBe(false);
	});

	it('objects: every listed key must pass, optional keys may be missing, extra keys are ignored', () => {
		const saved = object({ v: literal(2), s: optional(string()), ok: boolean });
		expect(saved({ v: 2, ok: true })).toBe(true);
		expect(saved({ v: 2, ok: true, s: 'x', extra: 1 })).toBe(true);
		expect(saved({ v: 1, ok: true })).toBe(false);
		expect(saved({ v: 2, ok: true, s: 3 })).toBe(false);
		expect(saved({ v: 2 })).toBe(false);
		expect(saved(null)).toBe(false);
		expect(saved([2, true])).toBe(false);
	});

	it('records and arrays check every value; records are never arrays', () => {
		const answers = recordOf(either(string(), arrayOf(string(), 2)));
		expect(answers({ a: 'x', b: ['y', 'z'] })).toBe(true);
		expect(answers({ a: ['x', 'y', 'z'] })).toBe(false);
		expect(answers({ a: 1 })).toBe(false);
		expect(answers(['x'])).toBe(false);
		expect(oneOf(['id', 'type'])('type')).toBe(true);
		expect(oneOf(['id', 'type'])('toString')).toBe(false);
	});
});
