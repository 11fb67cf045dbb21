import { describe, expect, it } from 'vitest';
import { hashSeed, shuffle } from './shuffle.ts';

const letters = 'abcdefgh'.split('').map((id) => ({ id }));

describe('seeded shuffle', () => {
	it('gives the same order for the same seed (reload and resume keep the order)', () => {
		expect(shuffle(letters, 'attempt1:q1:0')).toEqual(shuffle(letters, 'attempt1:q1:0'));
	});

	it('gives different orders for different attempts', () => {
		const orders = new Set(Array.from({ length: 20 }, (_, i) => shuffle(letters, `attempt${i}:q1:0`).map((x) => x.id).join('')));
		expect(orders.size).toBeGreaterThan(15);
	});

	it('keeps every item exactly once and does not change the input', () => {
		const copy = structuredClone(letters);
		const out = shuffle(letters, 'x');
		expect([...out].sort((a, b) => a.id.localeCompare(b.id))).toEqual(letters);
		expect(letters).toEqual(copy);
	});

	it('keeps pinned items in place ("All of the above" stays last)', () => {
		const withPin = [...letters.slice(0, 4), { id: 'all', pin: true }];
		for (let i = 0; i < 20; i++) expect(shuffle(withPin, `s${i}`).at(-1)).toEqual({ id: 'all', pin: true });
	});

	it('spreads seeds', () => {
		expect(hashSeed('a')).not.toBe(hashSeed('b'));
	});
});
