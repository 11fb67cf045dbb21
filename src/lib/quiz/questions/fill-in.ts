import type { FillInItem } from '../../content/types.ts';

/** The longest answer kept: enough for any expected answer, short enough for SCORM fill-in limits (250). */
export const FILL_IN_MAX = 200;

/**
 * Tolerant matching for typed answers: people with tremor mistype spaces and capitals, so case, repeated or
 * surrounding spaces, hyphens vs spaces and a trailing full stop do not matter; listed synonyms count as right.
 */
export function normaliseAnswer(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[‐-―-]/g, ' ')
		.trim()
		.replace(/[.!?]+$/u, '')
		.replace(/\s+/g, ' ')
		.trim();
}

export const fillIn = {
	isValid: (_item: FillInItem, r: unknown): r is string => typeof r === 'string' && r.trim().length > 0 && r.length <= FILL_IN_MAX,
	score(item: FillInItem, text: string) {
		const given = normaliseAnswer(text);
		return [item.correct, ...(item.accept ?? [])].some((a) => normaliseAnswer(a) === given) ? 1 : 0;
	}
};
