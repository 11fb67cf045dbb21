/**
 * The quiz of Lesson 6, "Fun Fact": its questions as data, each answer and explanation grounded in verbatim quotes of
 * the article (the build checks every quote). The item type comes from the project's one public place for content
 * types, `#lib/content/types.ts` (package.json "imports").
 */
import type { QuizItemInput } from '#lib/content/types.ts';

export default [
	{
		id: 'originally_studied',
		type: 'single',
		prompt: 'What was baclofen originally studied as?',
		options: [
			{ id: 'a', text: 'A potential epilepsy drug' },
			{ id: 'b', text: 'A cold medicine' },
			{ id: 'c', text: 'A heart medicine' }
		],
		correct: 'a',
		explanation: 'Baclofen was first studied as a possible drug for epilepsy. Then researchers found that it relaxes muscles.',
		source:
			'Baclofen was originally studied as a potential epilepsy drug, but researchers soon discovered its remarkable ability to relax muscles instead — leading to its widespread use for spasticity.'
	},
	{
		id: 'discovered_relaxes',
		type: 'true-false',
		prompt: 'Researchers soon found that baclofen can relax muscles. This led to its wide use for spasticity.',
		correct: true,
		explanation: 'True. Researchers soon found that it is very good at relaxing muscles. That is why it is now widely used for spasticity.',
		source:
			'Baclofen was originally studied as a potential epilepsy drug, but researchers soon discovered its remarkable ability to relax muscles instead — leading to its widespread use for spasticity.'
	}
] satisfies QuizItemInput[];
