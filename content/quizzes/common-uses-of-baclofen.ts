/**
 * The quiz of Lesson 3, "Common Uses of Baclofen": its questions as data, each answer and explanation grounded in verbatim quotes of
 * the article (the build checks every quote). The item type comes from the project's one public place for content
 * types, `#lib/content/types.ts` (package.json "imports").
 *
 * Two questions a patient can use: whom it helps most, and what to expect for back or neck pain ("in some cases").
 */
import type { QuizItemInput } from '#lib/content/types.ts';

export default [
	{
		id: 'most_effective_for',
		type: 'single',
		prompt: 'Who is baclofen most likely to help?',
		options: [
			{ id: 'a', text: 'Someone with sore legs after a long walk' },
			{ id: 'b', text: 'Someone with a pulled muscle from sport' },
			{ id: 'c', text: 'Someone with muscle spasticity due to nerve or spinal cord damage' }
		],
		correct: 'c',
		explanation: 'Baclofen works best for stiff muscles caused by damage to the nerves or the spinal cord. Sore or pulled muscles are a different problem.',
		source: 'Baclofen is most effective for conditions involving muscle spasticity due to nerve or spinal cord damage.'
	},
	{
		id: 'back_pain_some_cases',
		type: 'single',
		prompt: 'You have long-lasting back pain. What does the lesson say about baclofen for back or neck pain?',
		options: [
			{ id: 'a', text: 'It is used in some cases, to ease muscle tension' },
			{ id: 'b', text: 'It works best for back pain, better than for nerve damage' },
			{ id: 'c', text: 'It is never used for back or neck pain' }
		],
		correct: 'a',
		explanation: 'For long-lasting back or neck pain, baclofen is used only in some cases. Then it eases muscle tension. It works best for stiffness from nerve or spinal cord damage.',
		source: 'Chronic Back or Neck Pain – in some cases, to relieve muscle tension.',
		forWrongChoices: ['Baclofen is most effective for conditions involving muscle spasticity due to nerve or spinal cord damage.']
	}
] satisfies QuizItemInput[];
