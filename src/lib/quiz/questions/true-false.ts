import type { TrueFalseItem } from '../../content/types.ts';

/** True/false: a valid response is a boolean; it scores 1 when it matches the statement's truth. */
export const trueFalse = {
	isValid: (_item: TrueFalseItem, r: unknown): r is boolean => typeof r === 'boolean',
	score: (item: TrueFalseItem, r: boolean) => (r === item.correct ? 1 : 0)
};
