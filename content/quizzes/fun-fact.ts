/**
 * The quiz of Lesson 6, "Fun Fact": its questions as data, each answer and explanation grounded in verbatim quotes of
 * the article (the build checks every quote). The item type comes from the project's one public place for content
 * types, `#lib/content/types.ts` (package.json "imports").
 *
 * One question (a history lesson needs no more): the story in the order the article's one sentence tells it.
 */
import type { QuizItemInput } from '#lib/content/types.ts';

export default [
	{
		id: 'originally_studied',
		type: 'ordering',
		prompt: 'Put the story of baclofen in order, first to last.',
		options: [
			{ id: 'a', text: 'It was first studied as a potential epilepsy drug' },
			{ id: 'b', text: 'Researchers soon discovered that it can relax muscles' },
			{ id: 'c', text: 'It came into widespread use for spasticity' }
		],
		correct: ['a', 'b', 'c'],
		explanation: 'First it was studied for epilepsy. Then researchers found that it relaxes muscles. That led to its wide use for spasticity.',
		source:
			'Baclofen was originally studied as a potential epilepsy drug, but researchers soon discovered its remarkable ability to relax muscles instead — leading to its widespread use for spasticity.'
	}
] satisfies QuizItemInput[];
