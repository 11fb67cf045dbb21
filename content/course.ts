import type { CourseConfig } from '#lib/content/types.ts';

/** Course-wide settings. The article itself is `source/baclofen-source.txt`; quizzes are `quizzes/<lesson-slug>.ts`. */
export default {
	id: 'baclofen_patient_education',
	title: 'Understanding Baclofen',
	medicine: 'baclofen',
	version: '1.0.0',
	passMark: 80,
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
	minItems: { default: 3, bySlug: { 'fun-fact': 2, 'in-summary': 2 } },
	// A signpost and a list's lead-in (its bullets are the facts, each asked): no question needs to ask them.
	nonFactual: ['Let’s explore what Baclofen is, how it works, and when it’s used.', 'Doctors may prescribe it for:'],
	safetyFacts: [],
	notAsked: {}
} satisfies CourseConfig;
