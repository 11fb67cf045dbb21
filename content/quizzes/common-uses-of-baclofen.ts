/**
 * The quiz of Lesson 3, "Common Uses of Baclofen": its questions as data, each answer and explanation grounded in verbatim quotes of
 * the article (the build checks every quote). The item type comes from the project's one public place for content
 * types, `#lib/content/types.ts` (package.json "imports").
 */
import type { QuizItemInput } from '#lib/content/types.ts';

export default [
	{
		id: 'most_effective_for',
		type: 'single',
		prompt: 'Baclofen is most effective for muscle spasticity with which cause?',
		options: [
			{ id: 'a', text: 'A pulled muscle from sport' },
			{ id: 'b', text: 'Damage to the nerves or the spinal cord' },
			{ id: 'c', text: 'Sore muscles after a long walk' }
		],
		correct: 'b',
		explanation: 'Baclofen works best for spasticity that comes from nerve or spinal cord damage. A pulled muscle or sore muscles are not that kind of problem.',
		source: 'Baclofen is most effective for conditions involving muscle spasticity due to nerve or spinal cord damage.'
	},
	{
		id: 'prescribed_for',
		type: 'multiple',
		prompt: 'For which conditions may a doctor prescribe baclofen?',
		options: [
			{ id: 'a', text: 'Multiple sclerosis (MS)' },
			{ id: 'b', text: 'Spinal cord injury or disease' },
			{ id: 'c', text: 'Stroke recovery' },
			{ id: 'e', text: 'Cerebral palsy' },
			{ id: 'd', text: 'Epilepsy' }
		],
		correct: ['a', 'b', 'c', 'e'],
		explanation:
			'Doctors may prescribe baclofen for MS, spinal cord injury or disease, cerebral palsy and stroke recovery. In some cases, they use it for chronic back or neck pain. Baclofen was first studied for epilepsy. But it is used for spasticity instead.',
		source: 'Multiple Sclerosis (MS) – to control involuntary muscle stiffness and cramps.',
		also: [
			'Spinal Cord Injury or Disease – to help patients move more comfortably.',
			'Cerebral Palsy – to reduce muscle tightness and improve mobility.',
			'Stroke Recovery – to manage post-stroke muscle spasticity.'
		],
		forWrongChoices: [
			'Baclofen was originally studied as a potential epilepsy drug, but researchers soon discovered its remarkable ability to relax muscles instead — leading to its widespread use for spasticity.'
		]
	},
	{
		id: 'after_stroke',
		type: 'single',
		prompt: 'How can baclofen help in stroke recovery?',
		options: [
			{ id: 'a', text: 'It helps to manage post-stroke muscle spasticity' },
			{ id: 'b', text: 'It stops another stroke from happening' },
			{ id: 'c', text: 'It repairs the part of the brain that was hurt' }
		],
		correct: 'a',
		explanation:
			'After a stroke, baclofen is used to manage muscle spasticity. The lesson does not say that it prevents strokes or repairs the brain.',
		source: 'Stroke Recovery – to manage post-stroke muscle spasticity.'
	},
	{
		id: 'back_pain_some_cases',
		type: 'true-false',
		prompt: 'Baclofen is used for every case of chronic back or neck pain.',
		correct: false,
		trueStatement: 'In some cases of chronic back or neck pain, baclofen can relieve muscle tension.',
		explanation: 'False. For long-lasting back or neck pain, it is used only in some cases. Then it is used to ease muscle tension.',
		source: 'Chronic Back or Neck Pain – in some cases, to relieve muscle tension.'
	},
	{
		id: 'match_condition_use',
		type: 'matching',
		prompt: 'Match each condition with what baclofen is used for.',
		prompts: [
			{ id: 'a', text: 'Multiple sclerosis (MS)' },
			{ id: 'b', text: 'Stroke recovery' },
			{ id: 'c', text: 'Spinal cord injury or disease' }
		],
		options: [
			{ id: '1', text: 'To control involuntary muscle stiffness and cramps' },
			{ id: '2', text: 'To manage muscle spasticity after a stroke' },
			{ id: '3', text: 'To help patients move more comfortably' }
		],
		correct: [
			['a', '1'],
			['b', '2'],
			['c', '3']
		],
		explanation:
			'In MS, it helps control muscle stiffness and cramps you cannot stop. After a stroke, it helps manage muscle spasticity. After a spinal cord injury or disease, it helps you move more comfortably.',
		source: 'Multiple Sclerosis (MS) – to control involuntary muscle stiffness and cramps.',
		also: [
			'Stroke Recovery – to manage post-stroke muscle spasticity.',
			'Spinal Cord Injury or Disease – to help patients move more comfortably.'
		]
	},
	{
		id: 'cerebral_palsy_use',
		type: 'single',
		prompt: 'How can baclofen help people with cerebral palsy?',
		options: [
			{ id: 'a', text: 'It can reduce muscle tightness and improve mobility' },
			{ id: 'b', text: 'It repairs the part of the brain that was hurt' },
			{ id: 'c', text: 'It builds up muscle strength' }
		],
		correct: 'a',
		explanation:
			'In cerebral palsy, baclofen can ease tight muscles. It can help you move about more easily. The lesson does not say it repairs the brain or builds strength.',
		source: 'Cerebral Palsy – to reduce muscle tightness and improve mobility.'
	}
] satisfies QuizItemInput[];
