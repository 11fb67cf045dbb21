import type { MultipleChoiceItem, SingleChoiceItem } from '../../content/types.ts';

/** Single choice: one option id. Right or wrong. */
export const single = {
	isValid: (item: SingleChoiceItem, r: unknown): r is string => typeof r === 'string' && item.options.some((o) => o.id === r),
	score: (item: SingleChoiceItem, r: string) => (r === item.correct ? 1 : 0)
};

/**
 * Multiple choice ("select all that apply"): a set of option ids. All-or-nothing by default; with partial credit,
 * each right choice earns a share and each wrong choice takes one back (never below 0), so ticking every box
 * cannot score.
 */
export const multiple = {
	isValid: (item: MultipleChoiceItem, r: unknown): r is string[] =>
		Array.isArray(r) &&
		r.length > 0 &&
		new Set(r).size === r.length &&
		r.every((id) => typeof id === 'string' && item.options.some((o) => o.id === id)),
	score(item: MultipleChoiceItem, chosen: string[]) {
		const right = chosen.filter((id) => item.correct.includes(id)).length;
		const wrong = chosen.length - right;
		if (item.partialCredit) return Math.max(0, (right - wrong) / item.correct.length);
		return right === item.correct.length && wrong === 0 ? 1 : 0;
	}
};
