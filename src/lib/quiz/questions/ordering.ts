import type { OrderingItem } from '../../content/types.ts';

/**
 * Ordering: every step id once, in the learner's order. All-or-nothing by default; with partial credit, the share
 * of steps in their right place.
 */
export const ordering = {
	isValid: (item: OrderingItem, r: unknown): r is string[] =>
		Array.isArray(r) &&
		r.length === item.options.length &&
		new Set(r).size === r.length &&
		r.every((id) => typeof id === 'string' && item.options.some((o) => o.id === id)),
	score(item: OrderingItem, order: string[]) {
		const inPlace = order.filter((id, i) => item.correct[i] === id).length;
		if (item.partialCredit) return inPlace / item.correct.length;
		return inPlace === item.correct.length ? 1 : 0;
	}
};
