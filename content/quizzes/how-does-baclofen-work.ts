import type { QuizItemInput } from '../../src/lib/content/types.ts';

export default [
	{
		id: 'mimics_gaba',
		type: 'true-false',
		prompt: 'Baclofen works by mimicking GABA, a natural chemical in the brain that helps calm nerve activity.',
		correct: true,
		explanation:
			'True. Baclofen mimics gamma-aminobutyric acid (GABA), a natural neurotransmitter in the brain that helps calm nerve activity.',
		source:
			'Baclofen works by mimicking gamma-aminobutyric acid (GABA) — a natural neurotransmitter in the brain that helps calm nerve activity.'
	},
	{
		id: 'gaba_b_effect',
		type: 'single',
		prompt: 'Baclofen activates GABA-B receptors in the spinal cord. What does that reduce?',
		options: [
			{ id: 'a', text: 'The amount of GABA in the brain' },
			{ id: 'b', text: 'The nerve signals that cause muscle contractions' },
			{ id: 'c', text: 'The need for medical supervision' }
		],
		correct: 'b',
		explanation:
			'By activating GABA-B receptors in the spinal cord, baclofen reduces the transmission of nerve signals that cause muscle contractions.',
		source:
			'By activating GABA-B receptors in the spinal cord, Baclofen reduces the transmission of nerve signals that cause muscle contractions.'
	},
	{
		id: 'what_it_leads_to',
		type: 'multiple',
		prompt: 'What does calming those nerve signals lead to? Select all that apply.',
		options: [
			{ id: 'a', text: 'Relaxation of tight muscles' },
			{ id: 'b', text: 'Relief from painful spasms' },
			{ id: 'c', text: 'Stronger muscle contractions' }
		],
		correct: ['a', 'b'],
		explanation: 'It leads to relaxation of tight muscles and relief from painful spasms.',
		source: 'This leads to relaxation of tight muscles and relief from painful spasms.'
	},
	{
		id: 'how_it_works_order',
		type: 'ordering',
		prompt: 'Put these steps of how baclofen works in order.',
		options: [
			{ id: 'a', text: 'Baclofen activates GABA-B receptors in the spinal cord' },
			{ id: 'b', text: 'Fewer of the nerve signals that cause muscle contractions get through' },
			{ id: 'c', text: 'Tight muscles relax and painful spasms ease' }
		],
		correct: ['a', 'b', 'c'],
		explanation:
			'By activating GABA-B receptors in the spinal cord, baclofen reduces the nerve signals that cause muscle contractions. This leads to relaxation of tight muscles and relief from painful spasms.',
		source:
			'By activating GABA-B receptors in the spinal cord, Baclofen reduces the transmission of nerve signals that cause muscle contractions.'
	},
	{
		id: 'gaba_name',
		type: 'fill-in',
		prompt: 'Baclofen mimics a natural chemical in the brain that helps calm nerve activity. What is its short name?',
		correct: 'GABA',
		accept: ['gamma-aminobutyric acid', 'gamma aminobutyric acid'],
		explanation: 'Baclofen works by mimicking gamma-aminobutyric acid, called GABA for short.',
		source: 'Baclofen works by mimicking gamma-aminobutyric acid (GABA)'
	}
] satisfies QuizItemInput[];
