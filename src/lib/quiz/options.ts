import type { ChoiceOption, MultipleChoiceItem, QuizItem, SingleChoiceItem, TrueFalseItem } from '../content/types.ts';
import type { MatchPair } from './questions/matching.ts';
import type { Response } from './scoring.ts';

/**
 * Helpers between items and what the screen shows: the options of choice items, and any response (or the answer
 * key) described in words for feedback and review.
 */
export type ChoiceItem = SingleChoiceItem | MultipleChoiceItem | TrueFalseItem;

export function isChoice(item: QuizItem): item is QuizItem & ChoiceItem {
	return item.type === 'single' || item.type === 'multiple' || item.type === 'true-false';
}

/** True/false is answered as two options. */
export function optionsOf(item: ChoiceItem): ChoiceOption[] {
	return item.type === 'true-false'
		? [
				{ id: 'true', text: 'True' },
				{ id: 'false', text: 'False' }
			]
		: item.options;
}

export function allowsSeveral(item: ChoiceItem): boolean {
	return item.type === 'multiple';
}

/** The chosen option ids → the item's response; null when nothing is chosen. */
export function toResponse(item: ChoiceItem, chosen: readonly string[]): Response | null {
	if (chosen.length === 0) return null;
	if (item.type === 'true-false') return chosen[0] === 'true';
	if (item.type === 'single') return chosen[0]!;
	return optionsOf(item)
		.map((o) => o.id)
		.filter((id) => chosen.includes(id));
}

/** A choice response → the option ids it chose (for showing a saved answer). */
export function chosenIds(response: Response | undefined): string[] {
	if (response === undefined) return [];
	if (typeof response === 'boolean') return [String(response)];
	if (typeof response === 'string') return [response];
	return response.filter((r): r is string => typeof r === 'string');
}

export function correctIds(item: ChoiceItem): string[] {
	return chosenIds(item.correct);
}

/** The item's answer key as a response (what a right answer looks like). The item's own: for reading only. */
export function correctResponse(item: QuizItem): Response {
	return item.correct;
}

/** A response in words, one line per part: option texts, steps in order, "prompt → option" pairs, typed text. */
export function describe(item: QuizItem, response: Response | undefined): string[] {
	if (response === undefined) return [];
	const text = (options: ChoiceOption[], id: string) => options.find((o) => o.id === id)?.text ?? id;
	if (isChoice(item)) {
		return optionsOf(item)
			.filter((o) => chosenIds(response).includes(o.id))
			.map((o) => o.text);
	}
	if (item.type === 'ordering') return (response as string[]).map((id, i) => `${i + 1}. ${text(item.options, id)}`);
	if (item.type === 'matching') return (response as MatchPair[]).map(([l, r]) => `${text(item.prompts, l)} → ${text(item.options, r)}`);
	return [String(response)];
}

/** Every answer text a question shows (choices, steps, both sides of a matching); none for true/false or typing. */
export function choiceTexts(item: QuizItem): string[] {
	if (item.type === 'matching') return [...item.prompts, ...item.options].map((o) => o.text);
	if (item.type === 'single' || item.type === 'multiple' || item.type === 'ordering') return item.options.map((o) => o.text);
	return [];
}
