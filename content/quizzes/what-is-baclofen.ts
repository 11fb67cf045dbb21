/**
 * The quiz of Lesson 1, "What is Baclofen?": its questions as data, each answer and explanation grounded in verbatim quotes of
 * the article (the build checks every quote). The item type comes from the project's one public place for content
 * types, `#lib/content/types.ts` (package.json "imports").
 */
import type { QuizItemInput } from '#lib/content/types.ts';

export default [
	{
		id: 'what_kind_of_medicine',
		type: 'single',
		prompt: 'What kind of medicine is baclofen?',
		options: [
			{ id: 'a', text: 'A muscle relaxant and antispastic agent' },
			{ id: 'b', text: 'An antibiotic, a medicine that fights germs' },
			{ id: 'c', text: 'A vitamin' }
		],
		correct: 'a',
		explanation:
			'Baclofen is a muscle relaxant and antispastic agent. It helps tight muscles relax. It works against spasticity, too.',
		source: 'Baclofen is a muscle relaxant and antispastic agent that acts on the central nervous system (CNS).'
	},
	{
		id: 'acts_on_cns',
		type: 'single',
		prompt: 'Which part of the body does baclofen act on?',
		options: [
			{ id: 'a', text: 'The central nervous system (CNS)' },
			{ id: 'b', text: 'The skin' },
			{ id: 'c', text: 'The bones' }
		],
		correct: 'a',
		explanation: 'Baclofen acts on the central nervous system, or CNS. The CNS is the brain and the spinal cord.',
		source: 'Baclofen is a muscle relaxant and antispastic agent that acts on the central nervous system (CNS).'
	},
	{
		id: 'what_it_relieves',
		type: 'single',
		prompt: 'Baclofen is commonly prescribed to relieve which problems?',
		options: [
			{ id: 'a', text: 'Headache and nausea' },
			{ id: 'b', text: 'Muscle spasticity, stiffness and tightness' },
			{ id: 'c', text: 'Anxiety and tremors' }
		],
		correct: 'b',
		explanation:
			'Baclofen is used for muscle spasticity, stiffness and tightness. They come from certain neurological conditions. Headache and nausea can be side effects of baclofen. Anxiety and tremors can come if it is stopped abruptly. Never stop baclofen abruptly.',
		source: 'It’s commonly prescribed to relieve muscle spasticity, stiffness, and tightness caused by certain neurological conditions.',
		forWrongChoices: [
			'It must be tapered down gradually under medical supervision to avoid withdrawal symptoms such as anxiety, tremors, or rebound spasticity.',
			'Never stop Baclofen abruptly.'
		]
	},
	{
		id: 'available_forms',
		type: 'multiple',
		prompt: 'In which forms does baclofen come?',
		options: [
			{ id: 'a', text: 'As a tablet' },
			{ id: 'b', text: 'For severe cases, as an intrathecal injection, delivered directly into the spinal fluid' },
			{ id: 'c', text: 'Only as an injection, never as a tablet' }
		],
		correct: ['a', 'b'],
		explanation:
			'Baclofen comes as a tablet. For severe cases, it also comes as an intrathecal injection. That means it goes right into the spinal fluid. So it is not only an injection.',
		source: 'It’s available in both tablet form and as an intrathecal injection (delivered directly into the spinal fluid for severe cases).'
	},
	{
		id: 'stiffness_makes_life_hard',
		type: 'true-false',
		prompt: 'Stiff muscles and spasms can make even simple moves painful and very tiring.',
		correct: true,
		explanation: 'True. Stiff muscles and spasms can make even simple moves hurt. They can also make you very tired. Baclofen is used for stiffness and spasms caused by some nerve conditions.',
		source: 'Muscle stiffness and spasms can make even simple movements painful and exhausting.'
	},
	{
		id: 'who_it_helps',
		type: 'multiple',
		prompt: 'Baclofen is one medication that often works well for people with which conditions?',
		options: [
			{ id: 'a', text: 'Spinal injuries' },
			{ id: 'b', text: 'Multiple sclerosis' },
			{ id: 'c', text: 'Epilepsy' }
		],
		correct: ['a', 'b'],
		explanation:
			'Baclofen often stands out for people with spinal injuries or multiple sclerosis. For chronic back pain, it is used only in some cases. It was first studied as a drug for epilepsy. But it turned out to relax muscles, so it is used for spasticity instead.',
		source:
			'For people with conditions like spinal injuries, multiple sclerosis, or chronic back pain, one medication often stands out for its effectiveness — Baclofen.',
		forWrongChoices: [
			'Chronic Back or Neck Pain – in some cases, to relieve muscle tension.',
			'Baclofen was originally studied as a potential epilepsy drug, but researchers soon discovered its remarkable ability to relax muscles instead — leading to its widespread use for spasticity.'
		]
	}
] satisfies QuizItemInput[];
