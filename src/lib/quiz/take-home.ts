import type { QuizItem } from '../content/types.ts';
import { correctResponse, describe } from './options.ts';

/**
 * What the take-home plan prints for a question to go over again: only what is true. For a true/false item the true
 * statement (the prompt when it is true, its `trueStatement` when it is false: never the false one); for any other
 * item the question and its correct answer.
 */
export interface TakeHome {
	/** A true/false item's true statement. */
	statement?: string;
	/** Any other item: its question… */
	question?: string;
	/** …and its correct answer, one line per part. */
	answer: string[];
}

export function takeHome(item: QuizItem): TakeHome {
	if (item.type === 'true-false') {
		const statement = item.correct ? item.prompt : (item.trueStatement ?? '');
		return { statement, answer: [] };
	}
	return { question: item.prompt, answer: describe(item, correctResponse(item)) };
}
