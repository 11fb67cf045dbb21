import type { MatchingItem } from '../../content/types.ts';

export type MatchPair = [prompt: string, option: string];

/**
 * Matching: one [prompt, option] pair per prompt. All-or-nothing by default; with partial credit, the share of
 * prompts matched rightly.
 */
export const matching = {
	isValid: (item: MatchingItem, r: unknown): r is MatchPair[] =>
		Array.isArray(r) &&
		r.length === item.prompts.length &&
		r.every(
			(p) =>
				Array.isArray(p) &&
				p.length === 2 &&
				item.prompts.some((o) => o.id === p[0]) &&
				item.options.some((o) => o.id === p[1])
		) &&
		new Set(r.map((p: MatchPair) => p[0])).size === r.length,
	score(item: MatchingItem, pairs: MatchPair[]) {
		const right = pairs.filter(([l, r]) => item.correct.some(([cl, cr]) => cl === l && cr === r)).length;
		if (item.partialCredit) return right / item.correct.length;
		return right === item.correct.length ? 1 : 0;
	}
};
