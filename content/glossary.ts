import type { GlossaryEntryInput } from '#lib/content/types.ts';

/**
 * Plain meanings of the medical words the course uses. Each says what the word means, never a new fact about
 * baclofen. A meaning is shown (and read aloud, and printed) where the word is first used on a screen. `forms` are the
 * other spellings found in the text; matching ignores capitals. The build checks that every term is used somewhere and
 * that no meaning names baclofen; the content tests grade each meaning's reading level.
 */
export default [
	{ term: 'spasticity', meaning: 'muscles that stay stiff and tight and are hard to move' },
	{ term: 'rebound spasticity', meaning: 'stiff, tight muscles that come back when a medicine is stopped or lowered too fast' },
	{ term: 'antispastic', meaning: 'works against spasticity (stiff, tight muscles)' },
	{ term: 'muscle relaxant', meaning: 'a medicine that helps tight muscles loosen' },
	{ term: 'spinal cord', meaning: 'the nerves inside your backbone. They carry signals between the brain and the body.' },
	{ term: 'agent', meaning: 'something that has an effect, such as a medicine' },
	{ term: 'low blood pressure', meaning: 'blood pressure that is lower than normal' },
	{ term: 'central nervous system', forms: ['CNS'], meaning: 'the brain and the spinal cord' },
	{ term: 'neurological', meaning: 'to do with the brain, the spinal cord or the nerves' },
	{ term: 'nervous system', meaning: 'the brain, the spinal cord and the nerves' },
	{ term: 'spasms', forms: ['spasm'], meaning: 'sudden tightening of a muscle that you do not choose' },
	{ term: 'mimicking', forms: ['mimics'], meaning: 'acting like something else' },
	{ term: 'post-stroke', meaning: 'after a stroke' },
	{ term: 'monitored', meaning: 'watched for any change' },
	{ term: 'neurotransmitter', meaning: 'a chemical that nerves use to pass signals on' },
	{ term: 'GABA', forms: ['gamma-aminobutyric acid'], meaning: 'a natural chemical in the body that calms nerves' },
	{ term: 'GABA-B receptors', meaning: 'spots on nerve cells that GABA fits into, like a key in a lock' },
	{ term: 'transmission', meaning: 'the passing on of a signal' },
	{ term: 'muscle contractions', meaning: 'the tightening of muscles' },
	{ term: 'intrathecal', meaning: 'given into the fluid around the spinal cord' },
	{ term: 'spinal fluid', meaning: 'the clear fluid around the brain and spinal cord' },
	{ term: 'involuntary', meaning: 'not by choice; you cannot stop it' },
	{ term: 'mobility', meaning: 'how well you can move about' },
	{ term: 'chronic', meaning: 'lasting a long time' },
	{ term: 'taper', forms: ['tapered', 'tapering'], meaning: 'lower the dose a little at a time, in steps' },
	{ term: 'abruptly', meaning: 'suddenly, all at once' },
	{ term: 'medical supervision', meaning: 'with a doctor in charge' },
	{ term: 'withdrawal symptoms', meaning: 'problems that can start when a medicine is stopped or lowered too fast' },
	{ term: 'sedatives', forms: ['sedative'], meaning: 'medicines or drugs that make you calm or sleepy' },
	{ term: 'drowsiness', forms: ['drowsy'], meaning: 'feeling sleepy' },
	{ term: 'fatigue', meaning: 'feeling very tired' },
	{ term: 'nausea', meaning: 'feeling sick to your stomach' },
	{ term: 'hallucinations', meaning: 'seeing, hearing or feeling things that are not really there' },
	{ term: 'seizures', meaning: 'sudden shaking or passing out that starts in the brain' },
	{ term: 'tremors', meaning: 'shaking that you cannot control' },
	{ term: 'epilepsy', meaning: 'a condition of the brain that causes seizures' }
] satisfies GlossaryEntryInput[];
