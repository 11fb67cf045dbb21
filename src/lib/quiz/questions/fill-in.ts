import type { FillInItem } from '../../content/types.ts';

/**
 * The longest answer kept: well above any expected answer (a word or two), and short enough that every typed
 * answer together still fits SCORM 1.2's 4096-character suspend_data (checked by `npm run check:scorm`).
 */
export const FILL_IN_MAX = 60;

/** Typed text as kept: control characters (pasted tabs, line breaks) become spaces; length capped. */
export function cleanTyped(text: string): string {
	// eslint-disable-next-line no-control-regex -- removing control characters is the point
	return text.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, FILL_IN_MAX);
}

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
	isValid: (_item: FillInItem, r: unknown): r is string =>
		typeof r === 'string' && r.trim().length > 0 && r.length <= FILL_IN_MAX && cleanTyped(r) === r,
	score(item: FillInItem, text: string) {
		const given = normaliseAnswer(text);
		return [item.correct, ...(item.accept ?? [])].some((a) => normaliseAnswer(a) === given) ? 1 : 0;
	}
};
