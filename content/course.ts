import type { CourseConfig } from '#lib/content/types.ts';

/** Course-wide settings. The article itself is `source/baclofen-source.txt`; quizzes are `quizzes/<lesson-slug>.ts`. */
export default {
	id: 'baclofen_patient_education',
	title: 'Understanding Baclofen',
	medicine: 'baclofen',
	version: '1.0.0',
	passMark: 80,
	// History and how it works: worth a lesson, not a line of the one-page plan.
	offPlan: ['originally_studied', 'mimics_gaba'],
	quiz: {
		// Self-assessment: try as often as you like. In an LMS: two tries per question, the best one counts.
		attempts: { standalone: null, lms: 2 },
		keep: 'best',
		requireMustKnow: true,
		shuffleOptions: true,
		shuffleQuestions: true,
		feedback: 'each',
		showCorrectAfterLastTry: true,
		// One question from each lesson; the course score and pass/fail come from the final.
		final: { perLesson: 1, passMark: 80, scoring: { kind: 'final' } }
	},
	// Every lesson keeps a scored quiz; a lesson may have a single question (the "Fun Fact" needs no more).
	minItems: { default: 1, bySlug: {} },
	// A signpost and a list's lead-in (its bullets are the facts): no question needs to ask them.
	nonFactual: ['Let’s explore what Baclofen is, how it works, and when it’s used.', 'Doctors may prescribe it for:'],
	// What keeps a patient safe: each is asked by a safety (must-know) question with its safe rule.
	safetyFacts: [
		'Serious side effects (rare): confusion, hallucinations, difficulty breathing, or seizures — especially if the drug is stopped suddenly.',
		'Never stop Baclofen abruptly.',
		'It must be tapered down gradually under medical supervision to avoid withdrawal symptoms such as anxiety, tremors, or rebound spasticity.',
		'Take Baclofen exactly as prescribed — usually 3 times daily with or without food.',
		'Avoid alcohol and sedatives, as they can increase drowsiness.',
		'If you miss a dose, take it as soon as you remember (unless it’s close to the next one).',
		'Inform your doctor about any other medications or medical conditions before starting.'
	],
	// Taught by the lesson text (and its "In short"), deliberately not asked: a learner who gets everything right answers
	// at most 30 questions, so the bank asks what changes what a patient does or expects, not wording or trivia.
	notAsked: {
		'Muscle stiffness and spasms can make even simple movements painful and exhausting.':
			'The opening describes what the learner lives with; there is nothing to decide or do.',
		'For people with conditions like spinal injuries, multiple sclerosis, or chronic back pain, one medication often stands out for its effectiveness — Baclofen.':
			'The opening names conditions Lesson 3 teaches more exactly (back pain only "in some cases"); asking both would repeat.',
		'Baclofen is a muscle relaxant and antispastic agent that acts on the central nervous system (CNS).':
			'The drug class and the body system are names, not actions; what it is for is asked (what_it_relieves).',
		'It’s available in both tablet form and as an intrathecal injection (delivered directly into the spinal fluid for severe cases).':
			'The doctor chooses the form; the patient has no choice to make from it.',
		'By activating GABA-B receptors in the spinal cord, Baclofen reduces the transmission of nerve signals that cause muscle contractions.':
			'How the calming works, step by step: taught by the text, its picture and the "In short"; mimics_gaba asks what it does.',
		'This leads to relaxation of tight muscles and relief from painful spasms.':
			'The result of the nerve effect that mimics_gaba asks; the "In short" says it.',
		'Multiple Sclerosis (MS) – to control involuntary muscle stiffness and cramps.':
			'A learner knows their own condition; the list is asked as a whole by most_effective_for (nerve or spinal cord damage).',
		'Spinal Cord Injury or Disease – to help patients move more comfortably.':
			'A learner knows their own condition; the list is asked as a whole by most_effective_for (nerve or spinal cord damage).',
		'Cerebral Palsy – to reduce muscle tightness and improve mobility.':
			'A learner knows their own condition; the list is asked as a whole by most_effective_for (nerve or spinal cord damage).',
		'Stroke Recovery – to manage post-stroke muscle spasticity.':
			'A learner knows their own condition; the list is asked as a whole by most_effective_for (nerve or spinal cord damage).',
		'Like any medication, Baclofen can have side effects.':
			'A lead-in; which side effects are usually mild and which are serious is asked (mild_side_effects, serious_side_effects).',
		'Nausea': 'Shown as usually mild in the feedback of serious_side_effects; the matching keeps to four signs for tired readers.',
		'Headache': 'Shown as usually mild in the feedback of serious_side_effects; the matching keeps to four signs for tired readers.',
		'Low blood pressure': 'Taught in the list of usually mild side effects; the matching keeps to four signs for tired readers.',
		'Baclofen is a trusted and effective medicine for managing muscle stiffness and spasm caused by neurological conditions.':
			'A summary of what Lessons 1 and 3 ask (what_it_relieves, most_effective_for).',
		'By calming nerve signals, it helps patients regain comfort, movement, and a better quality of life.':
			'A summary of Lesson 2 (mimics_gaba); the "In short" says it.'
	}
} satisfies CourseConfig;
