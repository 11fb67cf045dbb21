/**
 * The quiz of Lesson 5, "Important Tips for Safe Use": its questions as data, each answer and explanation grounded in verbatim quotes of
 * the article (the build checks every quote). The item type comes from the project's one public place for content
 * types, `#lib/content/types.ts` (package.json "imports").
 *
 * Every tip is a safety fact, so every question here is a safety (must-know) question with its safe rule. A missed
 * dose close to the next one: the article names the case but gives no action, so the question asks only what the
 * article says (that this case is the exception); what to do then is the care team's added advice.
 */
import type { QuizItemInput } from '#lib/content/types.ts';

export default [
	{
		id: 'how_to_take',
		mustKnow: true,
		safeRule: { group: 'do', text: 'Take baclofen exactly as prescribed. Do not take extra doses.' },
		type: 'single',
		prompt: 'Your legs feel very stiff today. How should you take your baclofen?',
		options: [
			{ id: 'a', text: 'Take an extra dose today to ease the stiffness' },
			{ id: 'b', text: 'Exactly as prescribed (usually 3 times a day), as on other days' },
			{ id: 'c', text: 'Skip today’s doses, since it does not seem to work' }
		],
		correct: 'b',
		explanation: 'Keep to the dose and times your doctor gave you, even on a stiff day. An extra dose or a skipped dose is not what was prescribed.',
		source: 'Take Baclofen exactly as prescribed — usually 3 times daily with or without food.'
	},
	{
		id: 'avoid_alcohol_sedatives',
		mustKnow: true,
		safeRule: { group: 'dont', text: 'Avoid alcohol and sedatives. They can make you more drowsy.' },
		type: 'multiple',
		prompt: 'You take baclofen. Which of these should you avoid?',
		options: [
			{ id: 'a', text: 'Beer, wine and other alcohol' },
			{ id: 'b', text: 'Taking your dose with a meal' },
			{ id: 'c', text: 'Sedatives' },
			{ id: 'd', text: 'Taking your dose on an empty stomach' }
		],
		correct: ['a', 'c'],
		explanation: 'Alcohol and sedatives can make you more drowsy. Food does not matter: you can take baclofen with or without food.',
		source: 'Avoid alcohol and sedatives, as they can increase drowsiness.',
		forWrongChoices: ['Take Baclofen exactly as prescribed — usually 3 times daily with or without food.']
	},
	{
		id: 'missed_dose',
		mustKnow: true,
		safeRule: { group: 'do', text: 'Missed a dose? Take it as soon as you remember, unless your next dose is close.' },
		type: 'single',
		prompt: 'You forgot your morning dose. You remember soon after, and your next dose is many hours away. What should you do?',
		options: [
			{ id: 'a', text: 'Take it now, as soon as you remember' },
			{ id: 'b', text: 'Skip it and wait for your next dose' },
			{ id: 'c', text: 'Wait, and take two doses at your next dose time' }
		],
		correct: 'a',
		explanation: 'Your next dose is not close, so take the missed dose now, not later.',
		source: 'If you miss a dose, take it as soon as you remember (unless it’s close to the next one).'
	},
	{
		id: 'missed_dose_close',
		mustKnow: true,
		safeRule: { group: 'do', text: 'Missed a dose, and your next one is close? Do not take the missed dose now.' },
		type: 'single',
		prompt: 'The lesson says to take a missed dose as soon as you remember. When is there an exception?',
		options: [
			{ id: 'a', text: 'When it is close to the time of your next dose' },
			{ id: 'b', text: 'When you have not eaten yet' },
			{ id: 'c', text: 'When your muscles feel fine that day' }
		],
		correct: 'a',
		explanation: 'The one exception is when your next dose is close. The lesson does not say more, so your care team adds advice for this case. Food and a good day do not change it.',
		source: 'If you miss a dose, take it as soon as you remember (unless it’s close to the next one).',
		forWrongChoices: ['Take Baclofen exactly as prescribed — usually 3 times daily with or without food.']
	},
	{
		id: 'tell_your_doctor',
		mustKnow: true,
		safeRule: { group: 'do', text: 'Before you start, tell your doctor what other medicines you take. Tell them about your health problems too.' },
		type: 'single',
		prompt: 'Your doctor wants you to start baclofen. What should you tell your doctor first?',
		options: [
			{ id: 'a', text: 'Only the medications a doctor prescribed, not ones you buy at a store' },
			{ id: 'b', text: 'About all your other medications and medical conditions' },
			{ id: 'c', text: 'Only your medical conditions, not your other medications' }
		],
		correct: 'b',
		explanation: 'Tell your doctor about every other medicine you take. That includes ones you buy at a store. Tell them about any health problems too.',
		source: 'Inform your doctor about any other medications or medical conditions before starting.'
	}
] satisfies QuizItemInput[];
