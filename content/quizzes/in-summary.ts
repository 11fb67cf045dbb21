/**
 * The quiz of Lesson 7, "In Summary": its questions as data, each answer and explanation grounded in verbatim quotes of
 * the article (the build checks every quote). The item type comes from the project's one public place for content
 * types, `#lib/content/types.ts` (package.json "imports").
 *
 * One question: medical guidance when starting (stopping is asked by the safety question of Lesson 4), as a case a
 * patient meets: a relative with the same condition asks for some of their tablets.
 */
import type { QuizItemInput } from '#lib/content/types.ts';

export default [
	{
		id: 'guidance_essential',
		type: 'single',
		prompt: 'Baclofen has effects on the nervous system. Your sister has stiff legs from MS. Can she take some of your baclofen?',
		options: [
			{ id: 'a', text: 'Yes, if she starts with a small dose' },
			{ id: 'b', text: 'Yes, because baclofen is used for MS' },
			{ id: 'c', text: 'No. Medical guidance is essential, especially when starting it.' }
		],
		correct: 'c',
		explanation: 'Anyone who starts baclofen needs a doctor to guide them. That is true for MS too.',
		source:
			'However, because of its effects on the nervous system, medical guidance is essential — especially when starting or stopping the drug.',
		forWrongChoices: ['Multiple Sclerosis (MS) – to control involuntary muscle stiffness and cramps.']
	}
] satisfies QuizItemInput[];
