/**
 * The quiz of Lesson 1, "What is Baclofen?": its questions as data, each answer and explanation grounded in verbatim quotes of
 * the article (the build checks every quote). The item type comes from the project's one public place for content
 * types, `#lib/content/types.ts` (package.json "imports").
 *
 * One question: what the medicine is for, so a patient knows what to expect of it. Its class, the body system it acts
 * on and its forms are taught by the lesson text and not asked (content/course.ts `notAsked` says why).
 */
import type { QuizItemInput } from '#lib/content/types.ts';

export default [
	{
		id: 'what_it_relieves',
		type: 'single',
		prompt: 'Your doctor prescribed baclofen for you. What is it commonly used to relieve?',
		options: [
			{ id: 'a', text: 'Feeling sleepy or tired' },
			{ id: 'b', text: 'Muscle stiffness, tightness and spasticity' },
			{ id: 'c', text: 'Nausea and headaches' }
		],
		correct: 'b',
		explanation: 'Baclofen is for stiff, tight muscles caused by some nerve conditions. Feeling sleepy or tired, nausea and headache are side effects it can have.',
		source: 'It’s commonly prescribed to relieve muscle spasticity, stiffness, and tightness caused by certain neurological conditions.',
		forWrongChoices: ['Drowsiness or dizziness', 'Weakness and fatigue', 'Nausea', 'Headache']
	}
] satisfies QuizItemInput[];
