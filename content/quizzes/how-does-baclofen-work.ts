/**
 * The quiz of Lesson 2, "How Does Baclofen Work?": its questions as data, each answer and explanation grounded in verbatim quotes of
 * the article (the build checks every quote). The item type comes from the project's one public place for content
 * types, `#lib/content/types.ts` (package.json "imports").
 *
 * One question: how it eases tight muscles, in plain words (not by building strength or numbing). The later steps
 * (receptors in the spinal cord, fewer signals, relaxed muscles) are taught by the text, its picture and "In short".
 */
import type { QuizItemInput } from '#lib/content/types.ts';

export default [
	{
		id: 'mimics_gaba',
		type: 'single',
		prompt: 'How does baclofen work to ease tight muscles?',
		options: [
			{ id: 'a', text: 'It makes the muscles stronger' },
			{ id: 'b', text: 'It acts like GABA, a natural chemical in the brain that helps calm nerve activity' },
			{ id: 'c', text: 'It numbs the muscles, so you do not feel them' }
		],
		correct: 'b',
		explanation: 'GABA is a natural chemical in the brain. It helps calm nerve activity. Baclofen acts like it.',
		source: 'Baclofen works by mimicking gamma-aminobutyric acid (GABA) — a natural neurotransmitter in the brain that helps calm nerve activity.',
	}
] satisfies QuizItemInput[];
