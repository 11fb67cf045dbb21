import type { FigureInput } from '#lib/content/types.ts';

/**
 * Pictures for readers who would rather look than read. Each shows one sentence or bullet of the article and nothing
 * more: no numbers, times or doses the article does not give. It is drawn after the part of the lesson it belongs to.
 */
export default [
	{
		id: 'calm-signal',
		quote:
			'By activating GABA-B receptors in the spinal cord, Baclofen reduces the transmission of nerve signals that cause muscle contractions.',
		caption: 'Fewer nerve signals reach the muscle, so the tight muscle can relax.',
		alt: 'Before: many nerve signals run from the spinal cord to a tight, bunched muscle. With baclofen: fewer signals get through, and the muscle is relaxed and long.'
	},
	{
		id: 'taper-steps',
		quote: 'It must be tapered down gradually under medical supervision to avoid withdrawal symptoms such as anxiety, tremors, or rebound spasticity.',
		caption: 'The dose must go down step by step, with your doctor. Never stop all at once.',
		alt: 'Two paths down. One goes down gently in small steps, with a doctor beside it, and is marked with a tick. The other drops straight down like a cliff, and is marked with a cross.'
	},
	{
		id: 'three-doses',
		quote: 'Take Baclofen exactly as prescribed — usually 3 times daily with or without food.',
		caption: 'Usually 3 times a day. Take exactly what your doctor prescribed each time.',
		alt: 'One day, with 3 separate times to take baclofen.'
	}
] satisfies FigureInput[];
