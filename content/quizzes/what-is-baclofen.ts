import type { QuizItemInput } from '../../src/lib/content/types.ts';

export default [
	{
		id: 'what_kind_of_medicine',
		type: 'single',
		prompt: 'What kind of medicine is baclofen?',
		options: [
			{ id: 'a', text: 'A muscle relaxant and antispastic agent' },
			{ id: 'b', text: 'A natural neurotransmitter made by the brain' },
			{ id: 'c', text: 'A sedative' }
		],
		correct: 'a',
		explanation: 'Baclofen is a muscle relaxant and antispastic agent. It acts on the central nervous system (CNS).',
		source: 'Baclofen is a muscle relaxant and antispastic agent that acts on the central nervous system (CNS).'
	},
	{
		id: 'what_it_relieves',
		type: 'single',
		prompt: 'What is baclofen commonly prescribed to relieve?',
		options: [
			{ id: 'a', text: 'Headache and nausea' },
			{ id: 'b', text: 'Muscle spasticity, stiffness and tightness' },
			{ id: 'c', text: 'Anxiety and tremors' }
		],
		correct: 'b',
		explanation:
			'Baclofen is commonly prescribed to relieve muscle spasticity, stiffness and tightness caused by certain neurological conditions.',
		source: 'commonly prescribed to relieve muscle spasticity, stiffness, and tightness caused by certain neurological conditions'
	},
	{
		id: 'available_forms',
		type: 'multiple',
		prompt: 'Which of these are true about how baclofen is given? Select all that apply.',
		options: [
			{ id: 'a', text: 'It is available as a tablet' },
			{ id: 'b', text: 'For severe cases, it can be given as an injection into the spinal fluid (intrathecal)' },
			{ id: 'c', text: 'It is only available as an injection' }
		],
		correct: ['a', 'b'],
		explanation:
			'Baclofen comes as a tablet and as an intrathecal injection, which is delivered directly into the spinal fluid for severe cases.',
		source: 'available in both tablet form and as an intrathecal injection (delivered directly into the spinal fluid for severe cases)'
	},
	{
		id: 'who_it_helps',
		type: 'multiple',
		prompt: 'For people with which conditions does baclofen often stand out for its effectiveness? Select all that apply.',
		options: [
			{ id: 'a', text: 'Spinal injuries' },
			{ id: 'b', text: 'Multiple sclerosis' },
			{ id: 'c', text: 'Chronic back pain' },
			{ id: 'd', text: 'Low blood pressure' }
		],
		correct: ['a', 'b', 'c'],
		explanation:
			'Muscle stiffness and spasms can make even simple movements painful and exhausting. For people with conditions like spinal injuries, multiple sclerosis or chronic back pain, baclofen often stands out for its effectiveness.',
		source:
			'For people with conditions like spinal injuries, multiple sclerosis, or chronic back pain, one medication often stands out for its effectiveness — Baclofen.',
		also: ['Muscle stiffness and spasms can make even simple movements painful and exhausting.']
	}
] satisfies QuizItemInput[];
