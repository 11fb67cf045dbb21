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

describe('word meanings read aloud with the text', () => {
	const glossary = [{ term: 'taper', forms: ['tapered'], meaning: 'lower the dose a little at a time' }];

	it('reads a meaning after the block that first uses the word, and only there', () => {
		const text = blocksText(
			[
				{ id: 'p', kind: 'paragraph', text: 'It must be tapered down.' },
				{ id: 'q', kind: 'paragraph', text: 'Taper it slowly.' }
			],
			glossary,
			[{ id: 'taper-steps', block: 'p', quote: 'It must be tapered down.', caption: 'c', alt: 'Steps going down.' }]
		);
		expect(text).toBe('It must be tapered down.\ntaper means: lower the dose a little at a time.\nPicture: Steps going down.\nTaper it slowly.');
	});

	it('reads the meanings of a question\'s words after its choices', () => {
		const item = { id: 'q', type: 'true-false', prompt: 'Taper it.', correct: true, explanation: '', source: '', passage: 'p' } satisfies QuizItem;
		expect(questionText(item, null, glossary)).toBe('Taper it.\nTrue.\nFalse.\ntaper means: lower the dose a little at a time.');
	});
});

it('says "Select all that apply" once for a multiple-choice question', () => {
	const item = {
		id: 'm',
		type: 'multiple',
		prompt: 'What should you avoid?',
		options: [
			{ id: 'a', text: 'Alcohol' },
			{ id: 'b', text: 'Food' }
		],
		correct: ['a'],
		explanation: '',
		source: '',
		passage: 'p'
	} satisfies QuizItem;
	expect(questionText(item, null)).toBe('What should you avoid?\nSelect all that apply.\nAlcohol.\nFood.');
});
