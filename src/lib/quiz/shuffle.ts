/**
 * Seeded shuffling, so option and question order change per attempt but stay the same across reload and resume:
 * the seed is saved with the learner's progress. Pure, no Math.random.
 */

/** A string hashed to a 32-bit seed (FNV-1a): "attempt seed + item id + try" → a stable, well-spread number. */
export function hashSeed(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** mulberry32: small, fast, good enough to shuffle a handful of options. Returns numbers in [0, 1). */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Fisher–Yates over the unpinned positions only: an item with `pin: true` (e.g. "All of the above") keeps its
 * place. Returns a new array; the input is not changed.
 */
export function shuffle<T extends object>(items: readonly T[], seed: string): T[] {
	const out = [...items];
	const free = out.map((x, i) => ('pin' in x && x.pin ? -1 : i)).filter((i) => i >= 0);
	const next = random(hashSeed(seed));
	for (let k = free.length - 1; k > 0; k--) {
		const j = Math.floor(next() * (k + 1));
		const a = free[k]!;
		const b = free[j]!;
		[out[a], out[b]] = [out[b]!, out[a]!];
	}
	return out;
}

/** A fresh attempt seed (the only place randomness enters; everything after is derived from it). */
export function newSeed(): string {
	return Math.floor(Math.random() * 2 ** 32).toString(36);
}
