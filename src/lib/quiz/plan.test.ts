import { describe, expect, it } from 'vitest';
import type { CareTeamAdvice, Figure, QuizItem } from '../content/types.ts';
import { finalCopy } from './final.ts';
import { adviceFor, planGroups, reviewTopics } from './plan.ts';
import { recordAttempt, type Answers } from './scoring.ts';

/** "My plan": every safety rule once in its group, the care team's advice apart and marked, pictures once. */
const base = { explanation: 'e', passage: 'p' };
const stop: QuizItem = {
	...base,
	id: 'stop',
	prompt: 'Can you stop?',
	source: 'Never stop abruptly.',
	also: ['It must be tapered down.'],
	type: 'true-false',
	correct: false,
	trueStatement: 'You must not stop all at once.',
	mustKnow: true,
	safeRule: { group: 'dont', text: 'Never stop all at once.' }
};
const taper: QuizItem = { ...stop, id: 'taper', source: 'It must be tapered down.', also: [], safeRule: { group: 'dont', text: 'Lower the dose slowly.' } };
const dose: QuizItem = {
	...base,
	id: 'dose',
	prompt: 'How do you take it?',
	source: 'Take it exactly as prescribed.',
	type: 'single',
	options: [
		{ id: 'a', text: 'When you like' },
		{ id: 'b', text: 'Exactly as prescribed' }
	],
	correct: 'b',
	mustKnow: true,
	safeRule: { group: 'do', text: 'Take it exactly as prescribed.' }
};
const trivia: QuizItem = { ...base, id: 'trivia', prompt: 'It was first studied for epilepsy.', source: 'History.', type: 'true-false', correct: true };
const wording: QuizItem = { ...dose, id: 'wording', mustKnow: false, safeRule: undefined, prompt: 'Which form?' };
const lessons = [
	{ slug: 'one', title: 'One', quiz: [stop, taper, trivia] },
	{ slug: 'two', title: 'Two', quiz: [dose, wording] }
];
const careTeam: CareTeamAdvice[] = [
	{ id: 'refill', gap: 'Never stop abruptly.', advice: 'Do not run out.', items: ['dose'], group: 'do' },
	{ id: 'plan_only', gap: 'History.', advice: 'Tell your doctor about any side effect.', items: [], group: 'watch' },
	{ id: 'help', gap: 'Never stop abruptly.', advice: 'Call your doctor if you stopped.', items: ['stop'], group: 'watch' }
];
const figures = [{ id: 'taper-steps', quote: 'It must be tapered down.', caption: 'c', alt: 'a', block: 'b' }] as Figure[];

describe('planGroups', () => {
	const groups = planGroups(lessons, careTeam, figures);

	it("puts each safety rule once in its group, in course order, and the care team's advice after, marked as added", () => {
		expect(groups.dont.map((l) => [l.text, l.added])).toEqual([
			['Never stop all at once.', false],
			['Lower the dose slowly.', false]
		]);
		expect(groups.do.map((l) => [l.text, l.added])).toEqual([
			['Take it exactly as prescribed.', false],
			['Do not run out.', true]
		]);
		// Advice shown with no question (the plan only) comes last in its group.
		expect(groups.watch).toEqual([
			{ text: 'Call your doctor if you stopped.', added: true },
			{ text: 'Tell your doctor about any side effect.', added: true }
		]);
	});

	it('draws a picture beside the first rule its quote grounds, and only once', () => {
		expect(Object.values(groups).flat().filter((l) => l.figure).map((l) => [l.text, l.figure])).toEqual([['Never stop all at once.', 'taper-steps']]);
	});

	it('prints no question that is not a safety question', () => {
		expect(Object.values(groups).flat().map((l) => l.text)).not.toContain(trivia.prompt);
	});
});

describe('adviceFor', () => {
	it("finds a question's advice, also from its final-check copy", () => {
		expect(adviceFor(careTeam, stop).map((a) => a.id)).toEqual(['help']);
		expect(adviceFor(careTeam, finalCopy(stop)).map((a) => a.id)).toEqual(['help']);
		expect(adviceFor(careTeam, trivia)).toEqual([]);
	});
});

describe('reviewTopics', () => {
	const answer = (item: QuizItem, ...responses: unknown[]) =>
		responses.reduce<Answers[string] | undefined>((r, response) => recordAttempt(item, r, response as never), undefined)!;

	it('lists questions missed once, in the lesson or the final check, never a safety question (its rule is printed)', () => {
		const answers: Answers = {
			stop: answer(stop, true, false),
			trivia: answer(trivia, true),
			[finalCopy(wording).id]: answer(wording, 'a'),
			dose: answer(dose, 'a', 'b')
		};
		const topics = reviewTopics(lessons, answers, 'best');
		expect(topics.map((t) => t.item.id)).toEqual(['wording']);
		expect(topics[0]).toMatchObject({ question: 'Which form?', answer: ['Exactly as prescribed'] });
		// A question the course keeps off the plan is not listed, missed or not.
		expect(reviewTopics(lessons, answers, 'best', ['wording'])).toEqual([]);
	});

	it('prints the true statement of a true/false question, never its false prompt', () => {
		const falseOne: QuizItem = { ...trivia, id: 'false_one', prompt: 'You can stop at once.', correct: false, trueStatement: 'Never stop at once.' };
		const topics = reviewTopics([{ slug: 'x', title: 'X', quiz: [falseOne] }], { false_one: answer(falseOne, true) }, 'best');
		expect(topics).toMatchObject([{ statement: 'Never stop at once.' }]);
		const printed = topics.flatMap((t) => [t.statement, t.question, ...t.answer]);
		expect(printed).not.toContain('You can stop at once.');
	});
});
