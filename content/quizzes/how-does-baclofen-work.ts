/**
 * The quiz of Lesson 2, "How Does Baclofen Work?": its questions as data, each answer and explanation grounded in verbatim quotes of
 * the article (the build checks every quote). The item type comes from the project's one public place for content
 * types, `#lib/content/types.ts` (package.json "imports").
 */
import type { QuizItemInput } from '#lib/content/types.ts';

export default [
	{
		id: 'mimics_gaba',
		type: 'true-false',
		prompt: 'Baclofen works by mimicking GABA. GABA is a natural chemical in the brain. It helps calm nerve activity.',
		correct: true,
		explanation: 'True. Baclofen acts like GABA. GABA is a natural neurotransmitter in the brain. It helps calm nerve activity.',
		source:
			'Baclofen works by mimicking gamma-aminobutyric acid (GABA) — a natural neurotransmitter in the brain that helps calm nerve activity.'
	},
	{
		id: 'gaba_b_effect',
		type: 'true-false',
		prompt: 'Baclofen switches on GABA-B receptors in the spinal cord. Then fewer nerve signals tell the muscles to tighten.',
		correct: true,
		explanation:
			'True. Baclofen switches on GABA-B receptors in the spinal cord. Then fewer nerve signals get through to tell the muscles to tighten.',
		source:
			'By activating GABA-B receptors in the spinal cord, Baclofen reduces the transmission of nerve signals that cause muscle contractions.'
	},
	{
		id: 'what_it_leads_to',
		type: 'multiple',
		prompt: 'Baclofen reduces the nerve signals that make muscles tighten. What does this lead to?',
		options: [
			{ id: 'a', text: 'Relaxation of tight muscles' },
			{ id: 'b', text: 'Relief from painful spasms' },
			{ id: 'c', text: 'Feeling more awake and alert' }
		],
		correct: ['a', 'b'],
		explanation:
			'Tight muscles relax, and painful spasms ease. The lesson does not say it makes you more awake. Drowsiness (feeling sleepy) is one of its side effects.',
		source: 'This leads to relaxation of tight muscles and relief from painful spasms.',
		forWrongChoices: ['Drowsiness or dizziness']
	},
	{
		id: 'how_it_works_order',
		type: 'ordering',
		prompt: 'Put the steps of how baclofen works in order.',
		options: [
			{ id: 'a', text: 'Baclofen acts like GABA, a natural calming chemical' },
			{ id: 'b', text: 'Baclofen activates GABA-B receptors in the spinal cord' },
			{ id: 'c', text: 'Fewer nerve signals that cause muscle contractions get through' },
			{ id: 'd', text: 'Tight muscles relax and painful spasms ease' }
		],
		correct: ['a', 'b', 'c', 'd'],
		explanation:
			'Baclofen acts like GABA. It switches on GABA-B receptors in the spinal cord. Then fewer nerve signals tell the muscles to tighten. So tight muscles relax, and painful spasms ease.',
		source:
			'By activating GABA-B receptors in the spinal cord, Baclofen reduces the transmission of nerve signals that cause muscle contractions.',
		also: [
			'Baclofen works by mimicking gamma-aminobutyric acid (GABA) — a natural neurotransmitter in the brain that helps calm nerve activity.',
			'This leads to relaxation of tight muscles and relief from painful spasms.'
		]
	},
	{
		id: 'gaba_name',
		type: 'single',
		prompt: 'Baclofen acts like a natural chemical in the brain that helps calm nerve activity. What is that chemical called?',
		options: [
			{ id: 'a', text: 'GABA' },
			{ id: 'b', text: 'CNS' },
			{ id: 'c', text: 'MS' }
		],
		correct: 'a',
		explanation:
			'It is called GABA, short for gamma-aminobutyric acid. CNS is short for the central nervous system. MS is short for multiple sclerosis.',
		source:
			'Baclofen works by mimicking gamma-aminobutyric acid (GABA) — a natural neurotransmitter in the brain that helps calm nerve activity.'
	}
] satisfies QuizItemInput[];
