import type { QuizItemInput } from '../../src/lib/content/types.ts';

export default [
	{
		id: 'most_effective_for',
		type: 'single',
		prompt: 'Baclofen is most effective for muscle spasticity caused by what?',
		options: [
			{ id: 'a', text: 'Low blood pressure' },
			{ id: 'b', text: 'Nerve or spinal cord damage' },
			{ id: 'c', text: 'Drinking alcohol' }
		],
		correct: 'b',
		explanation: 'Baclofen is most effective for conditions involving muscle spasticity due to nerve or spinal cord damage.',
		source: 'Baclofen is most effective for conditions involving muscle spasticity due to nerve or spinal cord damage.'
	},
	{
		id: 'prescribed_for',
		type: 'multiple',
		prompt: 'Which of these conditions may a doctor prescribe baclofen for? Select all that apply.',
		options: [
			{ id: 'a', text: 'Multiple sclerosis (MS)' },
			{ id: 'b', text: 'Cerebral palsy' },
			{ id: 'c', text: 'Stroke recovery' },
			{ id: 'd', text: 'Epilepsy' }
		],
		correct: ['a', 'b', 'c'],
		explanation:
			'Doctors may prescribe baclofen for multiple sclerosis, spinal cord injury or disease, cerebral palsy, stroke recovery and, in some cases, chronic back or neck pain. It was once studied for epilepsy, but it is used for spasticity instead.',
		source: 'Doctors may prescribe it for:'
	},
	{
		id: 'after_stroke',
		type: 'single',
		prompt: 'After a stroke, what can baclofen help to manage?',
		options: [
			{ id: 'a', text: 'Post-stroke muscle spasticity' },
			{ id: 'b', text: 'Low blood pressure' },
			{ id: 'c', text: 'Headache' }
		],
		correct: 'a',
		explanation: 'In stroke recovery, baclofen is used to manage post-stroke muscle spasticity.',
		source: 'Stroke Recovery – to manage post-stroke muscle spasticity.'
	},
	{
		id: 'back_pain_some_cases',
		type: 'true-false',
		prompt: 'Baclofen is used for every case of chronic back or neck pain.',
		correct: false,
		explanation: 'False. For chronic back or neck pain it is used only in some cases, to relieve muscle tension.',
		source: 'Chronic Back or Neck Pain – in some cases, to relieve muscle tension.'
	},
	{
		id: 'match_condition_use',
		type: 'matching',
		prompt: 'Match each condition with what baclofen is used for.',
		prompts: [
			{ id: 'a', text: 'Multiple sclerosis (MS)' },
			{ id: 'b', text: 'Cerebral palsy' },
			{ id: 'c', text: 'Spinal cord injury or disease' }
		],
		options: [
			{ id: '1', text: 'To control involuntary muscle stiffness and cramps' },
			{ id: '2', text: 'To reduce muscle tightness and improve mobility' },
			{ id: '3', text: 'To help patients move more comfortably' }
		],
		correct: [
			['a', '1'],
			['b', '2'],
			['c', '3']
		],
		explanation:
			'In MS, baclofen helps control involuntary muscle stiffness and cramps. In cerebral palsy, it reduces muscle tightness and improves mobility. After spinal cord injury or disease, it helps patients move more comfortably.',
		source: 'Cerebral Palsy – to reduce muscle tightness and improve mobility.',
		also: [
			'Multiple Sclerosis (MS) – to control involuntary muscle stiffness and cramps.',
			'Spinal Cord Injury or Disease – to help patients move more comfortably.'
		]
	}
] satisfies QuizItemInput[];
