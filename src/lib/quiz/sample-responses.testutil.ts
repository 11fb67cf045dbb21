/**
 * TEST-ONLY (never imported by course code): responses to real items — right, plausibly wrong, and the longest a
 * learner can give — shared by unit and browser tests so each does not re-derive answers per item type.
 */
import type { QuizItem } from '../content/types.ts';
import { correctResponse } from './options.ts';
import type { MatchPair } from './questions/matching.ts';
import { FILL_IN_MAX } from './questions/fill-in.ts';
import type { Response } from './scoring.ts';

/** The response a learner gives to answer an item right, or plausibly wrong. */
export function plannedResponse(item: QuizItem, right: boolean): Response {
	const key = correctResponse(item);
	if (right) return key;
	switch (item.type) {
		case 'single':
			return item.options.find((o) => o.id !== item.correct)!.id;
		case 'multiple':
			return item.correct.length > 1 ? item.correct.slice(0, 1) : [item.options.find((o) => !item.correct.includes(o.id))!.id];
		case 'true-false':
			return !item.correct;
		case 'ordering': {
			const [a, b, ...rest] = item.correct;
			return [b!, a!, ...rest];
		}
		case 'matching': {
			const pairs = item.correct.map(([l, r]) => [l, r] as MatchPair);
			pairs[0] = [pairs[0]![0], item.options.find((o) => o.id !== pairs[0]![1])!.id];
			return pairs;
		}
		case 'fill-in':
			return 'not sure';
	}
}

/** The longest valid response (what makes saved progress biggest). */
export function longestResponse(item: QuizItem): Response {
	switch (item.type) {
		case 'true-false':
			return false;
		case 'single':
			return item.options.at(-1)!.id;
		case 'multiple':
		case 'ordering':
			return item.options.map((o) => o.id);
		case 'matching':
			return item.prompts.map((p) => [p.id, item.options.at(-1)!.id] as MatchPair);
		case 'fill-in':
			// Quotes and backslashes double in JSON: the worst case for the serialized size.
			return '"'.repeat(FILL_IN_MAX);
	}
}
