import type { QuizItemInput } from '../../src/lib/content/types.ts';

export default [
	{
		id: 'before_stopping',
		mustKnow: true,
		type: 'single',
		prompt: 'What should you do before stopping baclofen?',
		options: [
			{ id: 'a', text: 'Stop taking it all at once' },
			{ id: 'b', text: 'Taper it down gradually, under medical supervision' },
			{ id: 'c', text: 'Take it only when your muscles feel stiff' }
		],
		correct: 'b',
		explanation:
			'Never stop baclofen abruptly. It must be tapered down gradually under medical supervision to avoid withdrawal symptoms such as anxiety, tremors or rebound spasticity.',
		source: 'It must be tapered down gradually under medical supervision',
		also: ['Never stop Baclofen abruptly.']
	},
	{
		id: 'stopped_suddenly',
		mustKnow: true,
		type: 'single',
		prompt: 'Serious side effects such as hallucinations or seizures are rare. When are they especially likely?',
		options: [
			{ id: 'a', text: 'When baclofen is taken with food' },
			{ id: 'b', text: 'When a missed dose is taken as soon as you remember' },
			{ id: 'c', text: 'When the drug is stopped suddenly' }
		],
		correct: 'c',
		explanation:
			'Serious side effects (confusion, hallucinations, difficulty breathing or seizures) are rare, but happen especially if the drug is stopped suddenly.',
		source:
			'Serious side effects (rare): confusion, hallucinations, difficulty breathing, or seizures — especially if the drug is stopped suddenly.'
	},
	{
		id: 'mild_side_effects',
		type: 'multiple',
		prompt: 'Which of these are usually mild side effects of baclofen that should be monitored? Select all that apply.',
		options: [
			{ id: 'a', text: 'Drowsiness or dizziness' },
			{ id: 'b', text: 'Nausea' },
			{ id: 'c', text: 'Headache' },
			{ id: 'd', text: 'Rebound spasticity' }
		],
		correct: ['a', 'b', 'c'],
		explanation:
			'Usual side effects are drowsiness or dizziness, weakness and fatigue, nausea, headache and low blood pressure. Rebound spasticity is a withdrawal symptom of stopping abruptly.',
		source: 'These are usually mild but should be monitored:',
		also: ['Like any medication, Baclofen can have side effects.', 'Drowsiness or dizziness', 'Weakness and fatigue', 'Nausea', 'Headache', 'Low blood pressure']
	},
	{
		id: 'withdrawal_symptoms',
		type: 'multiple',
		prompt: 'Tapering down gradually helps to avoid withdrawal symptoms. Which are named? Select all that apply.',
		options: [
			{ id: 'a', text: 'Anxiety' },
			{ id: 'b', text: 'Tremors' },
			{ id: 'c', text: 'Rebound spasticity' },
			{ id: 'd', text: 'Low blood pressure' }
		],
		correct: ['a', 'b', 'c'],
		explanation: 'Withdrawal symptoms include anxiety, tremors and rebound spasticity. Low blood pressure is listed as a side effect.',
		source: 'to avoid withdrawal symptoms such as anxiety, tremors, or rebound spasticity'
	},
	{
		id: 'serious_are_rare',
		type: 'true-false',
		prompt: 'Serious side effects of baclofen are common.',
		correct: false,
		explanation: 'False. Side effects are usually mild; serious side effects are rare.',
		source: 'Serious side effects (rare)'
	}
] satisfies QuizItemInput[];
