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
	}
] satisfies QuizItemInput[];
