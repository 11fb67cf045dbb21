import { describe, expect, it } from 'vitest';
import type { QuizItem } from '../content/types.ts';
import { blocksText, questionText, sentences } from './speech.ts';

describe('what read aloud says', () => {
	it('gives every line its own sentence', () => {
		expect(sentences(['What is it?', 'A tablet', 'Note: '])).toBe('What is it?\nA tablet.\nNote:');
	});

	it('reads a lesson: paragraphs, each list item, and a callout marked as important', () => {
		const text = blocksText([
			{ id: 'p', kind: 'paragraph', text: 'It helps.' },
			{ id: 'l', kind: 'list', items: ['Nausea', 'Headache'] },
			{ id: 'c', kind: 'callout', emoji: '⚠️', text: 'Never stop abruptly.' }
		]);
		expect(text).toBe('It helps.\nNausea.\nHeadache.\nImportant: Never stop abruptly.');
	});

	it('reads a question with its choices in the authored order when nothing is shuffled', () => {
		const item = {
			id: 'q',
			type: 'single',
			prompt: 'How is it taken?',
			options: [
				{ id: 'a', text: 'By mouth' },
				{ id: 'b', text: 'By injection' }
			],
			correct: 'a',
			explanation: '',
			source: '',
			passage: 'p'
		} satisfies QuizItem;
		expect(questionText(item, null)).toBe('How is it taken?\nBy mouth.\nBy injection.');
		expect(questionText({ ...item, type: 'true-false', correct: true } as unknown as QuizItem, 'seed')).toBe('How is it taken?\nTrue.\nFalse.');
	});
});
