import type { InShortLineInput } from '#lib/content/types.ts';

/**
 * "In short": 2–3 plain lines (reading grade 6 or lower) above each lesson's verbatim article text, by lesson slug.
 * Each line says no more than the whole sentence or bullet of that lesson it quotes (the build checks the quote).
 */
export default {
	'what-is-baclofen': [
		{ text: 'Baclofen is a medicine that helps stiff, tight muscles relax.', quote: 'It’s commonly prescribed to relieve muscle spasticity, stiffness, and tightness caused by certain neurological conditions.' },
		{ text: 'It comes as a tablet, or as a shot into the fluid around the spine for severe cases.', quote: 'It’s available in both tablet form and as an intrathecal injection (delivered directly into the spinal fluid for severe cases).' }
	],
	'how-does-baclofen-work': [
		{ text: 'Baclofen calms nerve signals in the spinal cord.', quote: 'By activating GABA-B receptors in the spinal cord, Baclofen reduces the transmission of nerve signals that cause muscle contractions.' },
		{ text: 'With fewer signals, tight muscles can relax.', quote: 'This leads to relaxation of tight muscles and relief from painful spasms.' }
	],
	'common-uses-of-baclofen': [
		{ text: 'Baclofen works best for stiff muscles caused by nerve or spinal cord damage.', quote: 'Baclofen is most effective for conditions involving muscle spasticity due to nerve or spinal cord damage.' },
		{ text: 'Doctors may use it for MS, spinal cord injury, cerebral palsy and stroke.', quote: 'Multiple Sclerosis (MS) – to control involuntary muscle stiffness and cramps.' }
	],
	'side-effects-of-baclofen': [
		{ text: 'Side effects are usually mild, but keep an eye on them.', quote: 'These are usually mild but should be monitored:' },
		{ text: 'Never stop baclofen all at once. Your doctor will help you lower the dose slowly.', quote: 'Never stop Baclofen abruptly.' }
	],
	'important-tips-for-safe-use': [
		{ text: 'Take baclofen just as your doctor says.', quote: 'Take Baclofen exactly as prescribed — usually 3 times daily with or without food.' },
		{ text: 'Do not drink alcohol or take sedatives with it.', quote: 'Avoid alcohol and sedatives, as they can increase drowsiness.' }
	],
	'fun-fact': [
		{ text: 'Baclofen was first studied for epilepsy.', quote: 'Baclofen was originally studied as a potential epilepsy drug, but researchers soon discovered its remarkable ability to relax muscles instead — leading to its widespread use for spasticity.' },
		{ text: 'Then researchers found that it relaxes muscles.', quote: 'Baclofen was originally studied as a potential epilepsy drug, but researchers soon discovered its remarkable ability to relax muscles instead — leading to its widespread use for spasticity.' }
	],
	'in-summary': [
		{ text: 'Baclofen can help you move more easily and feel more comfortable.', quote: 'By calming nerve signals, it helps patients regain comfort, movement, and a better quality of life.' },
		{ text: 'Talk with your doctor when you start or stop it.', quote: 'However, because of its effects on the nervous system, medical guidance is essential — especially when starting or stopping the drug.' }
	]
} satisfies Record<string, InShortLineInput[]>;
