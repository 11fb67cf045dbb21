import type { QuizItemInput } from '../../src/lib/content/types.ts';

export default [
	{
		id: 'how_to_take',
		type: 'single',
		prompt: 'How should you take baclofen?',
		options: [
			{ id: 'a', text: 'Only when your muscles feel stiff' },
			{ id: 'b', text: 'Exactly as prescribed, usually 3 times a day, with or without food' },
			{ id: 'c', text: 'Always on an empty stomach' }
		],
		correct: 'b',
		explanation: 'Take baclofen exactly as prescribed: usually 3 times daily, with or without food.',
		source: 'Take Baclofen exactly as prescribed — usually 3 times daily with or without food.'
	},
	{
		id: 'avoid_alcohol_sedatives',
		mustKnow: true,
		type: 'multiple',
		prompt: 'What should you avoid while taking baclofen? Select all that apply.',
		options: [
			{ id: 'a', text: 'Alcohol' },
			{ id: 'b', text: 'Sedatives' },
			{ id: 'c', text: 'Food' }
		],
		correct: ['a', 'b'],
		explanation: 'Avoid alcohol and sedatives: they can increase drowsiness. Baclofen can be taken with or without food.',
		source: 'Avoid alcohol and sedatives, as they can increase drowsiness.'
	},
	{
		id: 'missed_dose',
		type: 'single',
		prompt: 'You missed a dose, and your next dose is not due for a while. What should you do?',
		options: [
			{ id: 'a', text: 'Take it as soon as you remember' },
			{ id: 'b', text: 'Stop taking baclofen' },
			{ id: 'c', text: 'Take it with a glass of alcohol' }
		],
		correct: 'a',
		explanation: 'If you miss a dose, take it as soon as you remember, unless it is close to the next one.',
		source: 'If you miss a dose, take it as soon as you remember'
	},
	{
		id: 'tell_your_doctor',
		type: 'true-false',
		prompt: 'Before starting baclofen, you should tell your doctor about any other medicines or medical conditions.',
		correct: true,
		explanation: 'True. Inform your doctor about any other medications or medical conditions before starting.',
		source: 'Inform your doctor about any other medications or medical conditions before starting.'
	},
	{
		id: 'times_a_day',
		type: 'fill-in',
		prompt: 'How many times a day is baclofen usually taken? Type a number.',
		correct: '3',
		accept: ['three', '3 times', 'three times', '3 times daily', 'three times daily', '3 times a day', 'three times a day'],
		explanation: 'Baclofen is usually taken 3 times daily, with or without food, exactly as prescribed.',
		source: 'usually 3 times daily with or without food'
	}
] satisfies QuizItemInput[];
