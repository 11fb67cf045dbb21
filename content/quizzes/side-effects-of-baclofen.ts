/**
 * The quiz of Lesson 4, "Side Effects of Baclofen": its questions as data, each answer and explanation grounded in verbatim quotes of
 * the article (the build checks every quote). The item type comes from the project's one public place for content
 * types, `#lib/content/types.ts` (package.json "imports").
 */
import type { QuizItemInput } from '#lib/content/types.ts';

export default [
	{
		id: 'before_stopping',
		mustKnow: true,
		safeRule: { group: 'dont', text: 'Never stop baclofen all at once. Your doctor will lower the dose slowly, step by step.' },
		type: 'single',
		prompt: 'You want to stop taking baclofen. What must you do?',
		options: [
			{ id: 'a', text: 'Stop taking it all at once' },
			{ id: 'b', text: 'Taper it down gradually, under medical supervision' },
			{ id: 'c', text: 'Skip a dose now and then, until you stop' }
		],
		correct: 'b',
		explanation:
			'Never stop baclofen all at once. Do not skip doses to stop it, either. The dose must go down step by step, with your doctor in charge. This helps you avoid withdrawal symptoms, like anxiety, tremors or rebound spasticity. It must be tapered down gradually under medical supervision.',
		source: 'It must be tapered down gradually under medical supervision to avoid withdrawal symptoms such as anxiety, tremors, or rebound spasticity.',
		also: ['Never stop Baclofen abruptly.']
	},
	{
		id: 'stopped_suddenly',
		mustKnow: true,
		safeRule: { group: 'watch', text: 'Stopping baclofen suddenly can cause serious side effects. Never stop it all at once.' },
		type: 'true-false',
		prompt: 'Serious side effects of baclofen, such as seizures, are rare. They are most likely if baclofen is stopped suddenly.',
		correct: true,
		explanation:
			'True. Serious side effects are rare. They are most likely if you stop baclofen suddenly. Do not stop it on your own. The dose must go down step by step, with your doctor. Baclofen affects the nervous system. So medical guidance is essential. Never stop baclofen abruptly. It must be tapered down gradually under medical supervision.',
		source:
			'Serious side effects (rare): confusion, hallucinations, difficulty breathing, or seizures — especially if the drug is stopped suddenly.',
		also: [
			'Never stop Baclofen abruptly.',
			'It must be tapered down gradually under medical supervision to avoid withdrawal symptoms such as anxiety, tremors, or rebound spasticity.',
			'However, because of its effects on the nervous system, medical guidance is essential — especially when starting or stopping the drug.'
		]
	},
	{
		id: 'serious_side_effects',
		mustKnow: true,
		safeRule: { group: 'watch', text: 'Serious side effects are rare: confusion, hallucinations, difficulty breathing, or seizures.' },
		type: 'multiple',
		prompt: 'Which are serious side effects of baclofen?',
		options: [
			{ id: 'a', text: 'Confusion' },
			{ id: 'b', text: 'Hallucinations' },
			{ id: 'c', text: 'Difficulty breathing' },
			{ id: 'd', text: 'Seizures' },
			{ id: 'e', text: 'Headache' }
		],
		correct: ['a', 'b', 'c', 'd'],
		explanation:
			'Serious side effects are rare. They are confusion, hallucinations, trouble breathing and seizures. They are most likely if you stop it all at once. A headache is not one of them. It is usually mild. Baclofen affects the nervous system. So medical guidance is essential. Never stop baclofen abruptly.',
		source:
			'Serious side effects (rare): confusion, hallucinations, difficulty breathing, or seizures — especially if the drug is stopped suddenly.',
		also: [
			'However, because of its effects on the nervous system, medical guidance is essential — especially when starting or stopping the drug.',
			'Never stop Baclofen abruptly.'
		],
		forWrongChoices: ['Headache']
	},
	{
		id: 'stop_when_better',
		type: 'true-false',
		prompt: 'When your muscles feel better, you can stop baclofen all at once.',
		correct: false,
		trueStatement: 'Never stop baclofen abruptly (all at once). The dose must go down step by step, with your doctor in charge.',
		explanation:
			'False. Do not stop it all at once, even when you feel better. Stopping suddenly can cause serious side effects, such as seizures. The dose must go down step by step, with your doctor. Never stop baclofen abruptly.',
		source: 'Never stop Baclofen abruptly.',
		also: [
			'It must be tapered down gradually under medical supervision to avoid withdrawal symptoms such as anxiety, tremors, or rebound spasticity.',
			'Serious side effects (rare): confusion, hallucinations, difficulty breathing, or seizures — especially if the drug is stopped suddenly.'
		]
	},
	{
		id: 'mild_side_effects',
		type: 'multiple',
		prompt: 'Which side effects of baclofen are usually mild?',
		options: [
			{ id: 'a', text: 'Drowsiness or dizziness' },
			{ id: 'b', text: 'Weakness and fatigue' },
			{ id: 'c', text: 'Nausea' },
			{ id: 'd', text: 'Headache' },
			{ id: 'e', text: 'Low blood pressure' },
			{ id: 'f', text: 'Seizures' }
		],
		correct: ['a', 'b', 'c', 'd', 'e'],
		explanation:
			'These side effects are usually mild: drowsiness or dizziness, weakness and fatigue, nausea, headache, and low blood pressure. But they should be monitored (watched). Seizures are a serious side effect. They are rare.',
		source: 'These are usually mild but should be monitored:',
		also: ['Drowsiness or dizziness', 'Weakness and fatigue', 'Nausea', 'Headache', 'Low blood pressure'],
		forWrongChoices: [
			'Serious side effects (rare): confusion, hallucinations, difficulty breathing, or seizures — especially if the drug is stopped suddenly.'
		]
	},
	{
		id: 'side_effects_usually_mild',
		type: 'single',
		prompt: 'What is true about baclofen?',
		options: [
			{ id: 'a', text: 'It has no side effects, so there is nothing to watch for' },
			{ id: 'b', text: 'It can have side effects. They are usually mild but should be monitored' },
			{ id: 'c', text: 'Its side effects are usually serious and common' }
		],
		correct: 'b',
		explanation:
			'Like any medicine, baclofen can have side effects. They are usually mild. But they should be monitored, which means watched. Serious side effects are rare.',
		source: 'Like any medication, Baclofen can have side effects.',
		// The lead-in and its bullets go together: alone, "These are usually mild…:" reads as if it meant the next line.
		also: ['These are usually mild but should be monitored:', 'Drowsiness or dizziness', 'Weakness and fatigue', 'Nausea', 'Headache', 'Low blood pressure'],
		forWrongChoices: [
			'Serious side effects (rare): confusion, hallucinations, difficulty breathing, or seizures — especially if the drug is stopped suddenly.'
		]
	},
	{
		id: 'withdrawal_symptoms',
		type: 'multiple',
		prompt: 'Baclofen must be tapered down slowly to avoid withdrawal symptoms. Which symptoms does the lesson name?',
		options: [
			{ id: 'a', text: 'Anxiety' },
			{ id: 'b', text: 'Tremors' },
			{ id: 'c', text: 'Rebound spasticity' },
			{ id: 'd', text: 'Nausea' }
		],
		correct: ['a', 'b', 'c'],
		explanation:
			'The lesson names anxiety, tremors and rebound spasticity. Nausea is a side effect. It is usually mild.',
		source: 'It must be tapered down gradually under medical supervision to avoid withdrawal symptoms such as anxiety, tremors, or rebound spasticity.',
		forWrongChoices: ['Nausea']
	}
] satisfies QuizItemInput[];
