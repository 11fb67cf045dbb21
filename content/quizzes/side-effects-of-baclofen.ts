/**
 * The quiz of Lesson 4, "Side Effects of Baclofen": its questions as data, each answer and explanation grounded in verbatim quotes of
 * the article (the build checks every quote). The item type comes from the project's one public place for content
 * types, `#lib/content/types.ts` (package.json "imports").
 *
 * Real-life cases: feeling better and wanting to stop; running out before a refill; which signs are serious; which
 * are usually mild. What to DO about a serious sign or a refill the article does not say: that is the care team's
 * added advice (content/care-team.ts), shown apart with these questions.
 */
import type { QuizItemInput } from '#lib/content/types.ts';

export default [
	{
		id: 'before_stopping',
		mustKnow: true,
		safeRule: { group: 'dont', text: 'Never stop baclofen all at once or on your own. Your doctor will lower the dose slowly.' },
		type: 'single',
		prompt: 'Your legs feel better after two weeks on baclofen. Can you stop taking it?',
		options: [
			{ id: 'a', text: 'Yes. Your legs feel better, so you can stop it abruptly, today.' },
			{ id: 'b', text: 'Yes, if you taper it down on your own, without medical supervision.' },
			{ id: 'c', text: 'Not abruptly. It must be tapered down gradually under medical supervision, to avoid withdrawal symptoms.' }
		],
		correct: 'c',
		explanation: 'Feeling better is no reason to stop on your own.',
		source: 'It must be tapered down gradually under medical supervision to avoid withdrawal symptoms such as anxiety, tremors, or rebound spasticity.',
		also: ['Never stop Baclofen abruptly.']
	},
	{
		id: 'stopped_suddenly',
		mustKnow: true,
		safeRule: { group: 'dont', text: 'Do not go without baclofen, not even for a day, unless your doctor stopped it. That stops it all at once.' },
		type: 'true-false',
		prompt: 'You run out of baclofen. Your refill will be ready in 3 days. It is fine to go without it until then.',
		correct: false,
		trueStatement: 'Going without baclofen means you stop it all at once. Serious side effects can come, especially if it is stopped suddenly.',
		explanation: 'False. Going without it means you stop it all at once.',
		source: 'Serious side effects (rare): confusion, hallucinations, difficulty breathing, or seizures — especially if the drug is stopped suddenly.'
	},
	{
		id: 'serious_side_effects',
		mustKnow: true,
		safeRule: { group: 'watch', text: 'Some signs are rare but serious. Watch out for them. They are confusion, hallucinations, trouble breathing and seizures.' },
		type: 'multiple',
		prompt: 'Which of these signs are serious side effects of baclofen?',
		options: [
			{ id: 'a', text: 'Confusion' },
			{ id: 'b', text: 'Hallucinations' },
			{ id: 'c', text: 'Headache' },
			{ id: 'd', text: 'Difficulty breathing' },
			{ id: 'e', text: 'Nausea' },
			{ id: 'f', text: 'Seizures' }
		],
		correct: ['a', 'b', 'd', 'f'],
		explanation: 'These four are rare but serious. Headache and nausea are usually mild side effects.',
		source: 'Serious side effects (rare): confusion, hallucinations, difficulty breathing, or seizures — especially if the drug is stopped suddenly.',
		forWrongChoices: ['These are usually mild but should be monitored:', 'Headache', 'Nausea']
	},
	{
		id: 'mild_side_effects',
		type: 'matching',
		prompt: 'How serious is each side effect?',
		prompts: [
			{ id: 'a', text: 'Drowsiness or dizziness' },
			{ id: 'b', text: 'Hallucinations' },
			{ id: 'c', text: 'Weakness and fatigue' },
			{ id: 'd', text: 'Seizures' }
		],
		options: [
			{ id: '1', text: 'Usually mild (but should be monitored)' },
			{ id: '2', text: 'Serious (rare)' }
		],
		correct: [
			['a', '1'],
			['b', '2'],
			['c', '1'],
			['d', '2']
		],
		explanation: 'Seizures and hallucinations are rare but serious. Feeling drowsy, dizzy, weak or tired is usually mild.',
		source: 'These are usually mild but should be monitored:',
		also: [
			'Drowsiness or dizziness',
			'Weakness and fatigue',
			'Nausea',
			'Headache',
			'Low blood pressure',
			'Serious side effects (rare): confusion, hallucinations, difficulty breathing, or seizures — especially if the drug is stopped suddenly.'
		]
	}
] satisfies QuizItemInput[];
