/**
 * The quiz of Lesson 5, "Important Tips for Safe Use": its questions as data, each answer and explanation grounded in verbatim quotes of
 * the article (the build checks every quote). The item type comes from the project's one public place for content
 * types, `#lib/content/types.ts` (package.json "imports").
 */
import type { QuizItemInput } from '#lib/content/types.ts';

export default [
	{
		id: 'how_to_take',
		type: 'single',
		prompt: 'How should you take baclofen?',
		options: [
			{ id: 'a', text: 'Only when your muscles feel stiff, as often as you like' },
			{ id: 'b', text: 'Exactly as prescribed: usually 3 times a day, with or without food' },
			{ id: 'c', text: 'Once a day, and always on an empty stomach' }
		],
		correct: 'b',
		explanation:
			'Take baclofen just as your doctor prescribed it. That is usually 3 times a day. You can take it with food or without food. Take baclofen exactly as prescribed, not just when your muscles feel stiff.',
		source: 'Take Baclofen exactly as prescribed — usually 3 times daily with or without food.'
	},
	{
		id: 'avoid_alcohol_sedatives',
		mustKnow: true,
		safeRule: { group: 'dont', text: 'Do not drink alcohol or take sedatives. They can make you more drowsy.' },
		type: 'multiple',
		prompt: 'What should you avoid while you take baclofen?',
		options: [
			{ id: 'a', text: 'Alcohol' },
			{ id: 'b', text: 'Sedatives' },
			{ id: 'c', text: 'Food' }
		],
		correct: ['a', 'b'],
		explanation:
			'Alcohol and sedatives can make you more drowsy (sleepy). Food is fine: you can take baclofen with or without food. Avoid alcohol and sedatives.',
		source: 'Avoid alcohol and sedatives, as they can increase drowsiness.',
		forWrongChoices: ['Take Baclofen exactly as prescribed — usually 3 times daily with or without food.']
	},
	{
		id: 'tell_your_doctor',
		mustKnow: true,
		safeRule: { group: 'do', text: 'Before you start, tell your doctor about all your other medicines and health problems.' },
		type: 'single',
		prompt: 'You are about to start baclofen. What should you tell your doctor about?',
		options: [
			{ id: 'a', text: 'Nothing: your doctor already knows all you take' },
			{ id: 'b', text: 'Only other medicines you take for your muscles' },
			{ id: 'c', text: 'Any other medications or medical conditions you have' }
		],
		correct: 'c',
		explanation:
			'Before you start, tell your doctor about all your other medicines. Not just the ones for your muscles. Tell them about any health problems, too. Do not think they know it all already. Inform your doctor about any other medications or medical conditions before starting.',
		source: 'Inform your doctor about any other medications or medical conditions before starting.'
	},
	{
		id: 'missed_dose',
		mustKnow: true,
		safeRule: { group: 'do', text: 'Missed a dose? Take it as soon as you remember, unless it is close to your next dose.' },
		type: 'single',
		prompt: 'You missed a dose of baclofen, and your next dose is not due for a long time. What should you do?',
		options: [
			{ id: 'a', text: 'Take it as soon as you remember' },
			{ id: 'b', text: 'Stop taking baclofen' },
			{ id: 'c', text: 'Skip it and wait for the next dose' }
		],
		correct: 'a',
		explanation:
			'Here the next dose is a long way off. So take the missed one now. Do not stop baclofen because you missed a dose. Never stop baclofen abruptly. If you miss a dose, take it as soon as you remember (unless it’s close to the next one).',
		source: 'If you miss a dose, take it as soon as you remember (unless it’s close to the next one).',
		forWrongChoices: ['Never stop Baclofen abruptly.']
	},
	{
		id: 'missed_dose_close',
		type: 'single',
		prompt: 'You missed a dose. The lesson says to take it as soon as you remember. In which case does this change?',
		options: [
			{ id: 'a', text: 'When it is close to the time of your next dose' },
			{ id: 'b', text: 'When you have just eaten' },
			{ id: 'c', text: 'When your muscles feel fine' }
		],
		correct: 'a',
		explanation:
			'Take a missed dose as soon as you remember, unless it is close to the next one. The lesson does not say more. Ask your doctor or pharmacist what to do then. Food does not matter: baclofen can be taken with or without food. Take it exactly as prescribed, even when your muscles feel fine.',
		source: 'If you miss a dose, take it as soon as you remember (unless it’s close to the next one).',
		forWrongChoices: ['Take Baclofen exactly as prescribed — usually 3 times daily with or without food.']
	}
] satisfies QuizItemInput[];
