import type { QuizItemInput } from '../../src/lib/content/types.ts';

export default [
	{
		id: 'guidance_essential',
		type: 'true-false',
		prompt: 'Medical guidance is essential with baclofen, especially when starting or stopping it.',
		correct: true,
		explanation:
			'True. Because of its effects on the nervous system, medical guidance is essential, especially when starting or stopping the drug.',
		source: 'medical guidance is essential — especially when starting or stopping the drug'
	},
	{
		id: 'how_it_helps',
		type: 'single',
		prompt: 'By calming nerve signals, what does baclofen help patients to regain?',
		options: [
			{ id: 'a', text: 'Comfort, movement and a better quality of life' },
			{ id: 'b', text: 'Sleep, by acting as a sedative' },
			{ id: 'c', text: 'Nothing: it only treats epilepsy' }
		],
		correct: 'a',
		explanation: 'By calming nerve signals, baclofen helps patients regain comfort, movement and a better quality of life.',
		source: 'By calming nerve signals, it helps patients regain comfort, movement, and a better quality of life.'
	},
	{
		id: 'trusted_for',
		type: 'single',
		prompt: 'Baclofen is a trusted medicine for managing what?',
		options: [
			{ id: 'a', text: 'Muscle stiffness and spasm caused by neurological conditions' },
			{ id: 'b', text: 'Low blood pressure' },
			{ id: 'c', text: 'Epilepsy' }
		],
		correct: 'a',
		explanation: 'Baclofen is a trusted and effective medicine for managing muscle stiffness and spasm caused by neurological conditions.',
		source:
			'Baclofen is a trusted and effective medicine for managing muscle stiffness and spasm caused by neurological conditions.'
	}
] satisfies QuizItemInput[];
