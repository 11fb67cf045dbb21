import type { ChoiceOption, QuizItem } from '../content/types.ts';
import type { Response } from './scoring.ts';

/**
 * Every item type in this course is answered by choosing among options; true/false is two options.
 * These helpers let one form component serve all three types.
 */
export function optionsOf(item: QuizItem): ChoiceOption[] {
	return item.type === 'true-false'
		? [
				{ id: 'true', text: 'True' },
				{ id: 'false', text: 'False' }
			]
		: item.options;
}

export function allowsSeveral(item: QuizItem): boolean {
	return item.type === 'multiple';
}

/** The chosen option ids → the item's response; null when nothing is chosen. */
export function toResponse(item: QuizItem, chosen: readonly string[]): Response | null {
	if (chosen.length === 0) return null;
	if (item.type === 'true-false') return chosen[0] === 'true';
	if (item.type === 'single') return chosen[0]!;
	return optionsOf(item)
		.map((o) => o.id)
		.filter((id) => chosen.includes(id));
}

/** A response → the option ids it chose (for showing a saved answer). */
export function chosenIds(response: Response | undefined): string[] {
	if (response === undefined) return [];
	if (typeof response === 'boolean') return [String(response)];
	return typeof response === 'string' ? [response] : [...response];
}

export function correctIds(item: QuizItem): string[] {
	if (item.type === 'true-false') return [String(item.correct)];
	return item.type === 'single' ? [item.correct] : [...item.correct];
}
