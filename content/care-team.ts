import type { CareTeamAdviceInput } from '#lib/content/types.ts';

/**
 * Advice ADDED to the article by the care team, where the article names a danger or a case but says nothing to do
 * about it. It is never mixed into the article's words: the course shows and prints each line with the label
 * "Added advice from your care team", and the build lists every line. An organisation replaces this file with its
 * own wording and phone numbers; no code changes. The wording follows the safety-netting lines of patient leaflets.
 */
export default [
	{
		id: 'serious_get_help',
		gap: 'Serious side effects (rare): confusion, hallucinations, difficulty breathing, or seizures — especially if the drug is stopped suddenly.',
		advice: 'If you have any of these signs, get medical help right away. Call 911 or your local emergency number.',
		items: ['serious_side_effects'],
		group: 'watch'
	},
	{
		id: 'missed_dose_close_skip',
		gap: 'If you miss a dose, take it as soon as you remember (unless it’s close to the next one).',
		advice: 'If it is almost time for your next dose, skip the missed dose. Take the next dose at the usual time. Never take two doses at once.',
		items: ['missed_dose_close'],
		group: 'do'
	},
	{
		id: 'drowsy_no_driving',
		gap: 'Drowsiness or dizziness',
		advice: 'If you feel sleepy or dizzy, do not drive or use machines. Tell your doctor if it does not go away.',
		items: ['mild_side_effects'],
		group: 'dont'
	},
	{
		id: 'do_not_run_out',
		gap: 'Never stop Baclofen abruptly.',
		advice: 'Do not let your baclofen run out. Get your refill before you run low.',
		items: ['before_stopping'],
		group: 'do'
	}
] satisfies CareTeamAdviceInput[];
