import type { QuizItemInput } from '../../src/lib/content/types.ts';

export default [
	{
		id: 'originally_studied',
		type: 'single',
		prompt: 'What was baclofen originally studied as?',
		options: [
			{ id: 'a', text: 'A potential epilepsy drug' },
			{ id: 'b', text: 'A treatment for low blood pressure' },
			{ id: 'c', text: 'A sedative' }
		],
		correct: 'a',
		explanation: 'Baclofen was originally studied as a potential epilepsy drug.',
		source: 'Baclofen was originally studied as a potential epilepsy drug'
	},
	{
		id: 'discovered_relaxes',
		type: 'true-false',
		prompt: 'Researchers found that baclofen can relax muscles, which led to its wide use for spasticity.',
		correct: true,
		explanation:
			'True. Researchers soon discovered its remarkable ability to relax muscles, leading to its widespread use for spasticity.',
		source: 'researchers soon discovered its remarkable ability to relax muscles instead — leading to its widespread use for spasticity'
	}
] satisfies QuizItemInput[];
