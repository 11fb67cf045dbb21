import type { TrueFalseItem } from '../../content/types.ts';

export const trueFalse = {
	isValid: (_item: TrueFalseItem, r: unknown): r is boolean => typeof r === 'boolean',
	score: (item: TrueFalseItem, r: boolean) => (r === item.correct ? 1 : 0)
};
