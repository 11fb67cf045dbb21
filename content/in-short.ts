import type { InShortLineInput } from '#lib/content/types.ts';

/**
 * "In short": 2–3 plain lines (reading grade 6 or lower) above each lesson's verbatim article text, by lesson slug.
 * Each line says no more than the whole sentence or bullet of that lesson it quotes (the build checks the quote).
 */
export default {
	'what-is-baclofen': [
		{ text: 'It helps stiff, tight muscles relax.', quote: 'Baclofen is a muscle relaxant and antispastic agent that acts on the central nervous system (CNS).' },
		{ text: 'It is used for stiff muscles caused by some nerve conditions.', quote: 'It’s commonly prescribed to relieve muscle spasticity, stiffness, and tightness caused by certain neurological conditions.' },
		{ text: 'It comes as a tablet. For severe cases, it can be given into the fluid around the spinal cord.', quote: 'It’s available in both tablet form and as an intrathecal injection (delivered directly into the spinal fluid for severe cases).' }
	],
	'how-does-baclofen-work': [
		{ text: 'It acts like a natural chemical that calms nerves.', quote: 'Baclofen works by mimicking gamma-aminobutyric acid (GABA) — a natural neurotransmitter in the brain that helps calm nerve activity.' },
		{ text: 'So fewer nerve signals tell your muscles to tighten.', quote: 'By activating GABA-B receptors in the spinal cord, Baclofen reduces the transmission of nerve signals that cause muscle contractions.' },
		{ text: 'Tight muscles can relax, and painful spasms ease.', quote: 'This leads to relaxation of tight muscles and relief from painful spasms.' }
	],
	'common-uses-of-baclofen': [
		{ text: 'Baclofen works best for stiff muscles caused by damage to the nerves or spinal cord.', quote: 'Baclofen is most effective for conditions involving muscle spasticity due to nerve or spinal cord damage.' },
		{ text: 'For back or neck pain, it is used only in some cases.', quote: 'Chronic Back or Neck Pain – in some cases, to relieve muscle tension.' }
	],
	'side-effects-of-baclofen': [
		{ text: 'Side effects are usually mild, but keep an eye on them.', quote: 'These are usually mild but should be monitored:' },
		{ text: 'Some side effects are rare but serious, such as seizures.', quote: 'Serious side effects (rare): confusion, hallucinations, difficulty breathing, or seizures — especially if the drug is stopped suddenly.' },
		{ text: 'Never stop baclofen all at once. Your doctor must lower the dose slowly.', quote: 'It must be tapered down gradually under medical supervision to avoid withdrawal symptoms such as anxiety, tremors, or rebound spasticity.' }
	],
	'important-tips-for-safe-use': [
		{ text: 'Take baclofen just as your doctor prescribed.', quote: 'Take Baclofen exactly as prescribed — usually 3 times daily with or without food.' },
		{ text: 'Avoid alcohol and sedatives. They can make you more drowsy.', quote: 'Avoid alcohol and sedatives, as they can increase drowsiness.' },
		{ text: 'Before you start, tell your doctor what other medicines you take.', quote: 'Inform your doctor about any other medications or medical conditions before starting.' }
	],
	'fun-fact': [
		{ text: 'It was first studied as a drug for epilepsy.', quote: 'Baclofen was originally studied as a potential epilepsy drug, but researchers soon discovered its remarkable ability to relax muscles instead — leading to its widespread use for spasticity.' },
		{ text: 'It was found to relax muscles, so it is now used for spasticity.', quote: 'Baclofen was originally studied as a potential epilepsy drug, but researchers soon discovered its remarkable ability to relax muscles instead — leading to its widespread use for spasticity.' }
	],
	'in-summary': [
		{ text: 'It can help you move and feel better.', quote: 'By calming nerve signals, it helps patients regain comfort, movement, and a better quality of life.' },
		{ text: 'Your doctor should guide you when you start or stop it.', quote: 'However, because of its effects on the nervous system, medical guidance is essential — especially when starting or stopping the drug.' }
	]
} satisfies Record<string, InShortLineInput[]>;
