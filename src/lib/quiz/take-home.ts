import type { QuizItem } from '../content/types.ts';
import { sharesWord } from '../content/words.ts';
import { correctResponse, describe } from './options.ts';

/**
 * What the take-home sheet prints for a question to go over again: only what is true. For a true/false item the true
 * statement (the prompt when it is true, its `trueStatement` when it is false: never the false one); for any other
 * item the question and its correct answer. Beside it, the whole sentences of the article that ground the answer:
 * the item's `source`, and those further quotes that speak of the answer (not the ones kept to explain a wrong
 * choice, such as "Headache" beside the serious side effects).
 */
export interface TakeHome {
	/** A true/false item's true statement. */
	statement?: string;
	/** Any other item: its question… */
	question?: string;
	/** …and its correct answer, one line per part. */
	answer: string[];
	quotes: string[];
}

export function takeHome(item: QuizItem): TakeHome {
	if (item.type === 'true-false') {
		const statement = item.correct ? item.prompt : (item.trueStatement ?? '');
		return { statement, answer: [], quotes: groundingQuotes(item, statement) };
	}
	const answer = describe(item, correctResponse(item));
	return { question: item.prompt, answer, quotes: groundingQuotes(item, answer.join('\n')) };
}

function groundingQuotes(item: QuizItem, answer: string): string[] {
	return [item.source, ...(item.also ?? []).filter((q) => sharesWord(q, answer))];
}
