import type { CourseConfig } from '../src/lib/content/types.ts';

/** Course-wide settings. The article itself is `source/baclofen-source.txt`; quizzes are `quizzes/<lesson-slug>.ts`. */
export default {
	id: 'baclofen_patient_education',
	title: 'Understanding Baclofen',
	version: '1.0.0',
	passMark: 80,
	minItems: { default: 3, bySlug: { 'fun-fact': 2, 'in-summary': 2 } }
} satisfies CourseConfig;
