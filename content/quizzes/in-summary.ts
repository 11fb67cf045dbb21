/**
 * The quiz of Lesson 7, "In Summary": its questions as data, each answer and explanation grounded in verbatim quotes of
 * the article (the build checks every quote). The item type comes from the project's one public place for content
 * types, `#lib/content/types.ts` (package.json "imports").
 */
import type { QuizItemInput } from '#lib/content/types.ts';

export default [
	{
		id: 'guidance_essential',
		type: 'single',
		prompt: 'Baclofen has effects on the nervous system. When is medical guidance essential?',
		options: [
			{ id: 'a', text: 'Only when you first buy it' },
			{ id: 'b', text: 'Especially when starting or stopping it' },
			{ id: 'c', text: 'Never: you can change it on your own' }
		],
		correct: 'b',
		explanation:
			'Baclofen has effects on the nervous system. So medical guidance is essential, most of all when you start or stop it. Never stop baclofen abruptly.',
		source:
			'However, because of its effects on the nervous system, medical guidance is essential — especially when starting or stopping the drug.',
		also: ['Never stop Baclofen abruptly.']
	},
	{
		id: 'how_it_helps',
		type: 'single',
		prompt: 'By calming nerve signals, what does baclofen help patients regain?',
		options: [
			{ id: 'a', text: 'Comfort, movement and a better quality of life' },
			{ id: 'b', text: 'Muscle strength that was lost' },
			{ id: 'c', text: 'Nerves that heal from their damage' }
		],
		correct: 'a',
		explanation:
			'Baclofen calms nerve signals. That helps patients regain comfort, movement and a better quality of life. The lesson does not say it builds strength or heals nerves. In fact, weakness can be a side effect.',
		source: 'By calming nerve signals, it helps patients regain comfort, movement, and a better quality of life.',
		forWrongChoices: ['Weakness and fatigue']
	},
	{
		id: 'trusted_for',
		type: 'single',
		prompt: 'Baclofen is a trusted and effective medicine for managing what?',
		options: [
			{ id: 'a', text: 'Muscle stiffness and spasm caused by neurological conditions' },
			{ id: 'b', text: 'Tiredness and low energy' },
			{ id: 'c', text: 'Headaches' }
		],
		correct: 'a',
		explanation:
			'Baclofen is trusted for muscle stiffness and spasm. These come from neurological conditions. Tiredness (fatigue) and headache can be side effects of baclofen.',
		source:
			'Baclofen is a trusted and effective medicine for managing muscle stiffness and spasm caused by neurological conditions.',
		forWrongChoices: ['Weakness and fatigue', 'Headache']
	}
] satisfies QuizItemInput[];
