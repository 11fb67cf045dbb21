import type { CareTeamAdviceInput } from '#lib/content/types.ts';

/**
 * Advice ADDED to the article by the care team, where the article names a danger or a case but says nothing to do
 * about it. It is never mixed into the article's words: the course shows and prints each line with the label
 * "Added advice from your care team", and the build lists every line. An organization replaces this file with its
 * own wording and phone numbers; no code changes. The wording follows the safety-netting lines of patient leaflets
 * (get help at once for a serious sign or withdrawal symptoms; never a double dose; do not drive when drowsy; do
 * not run out; talk to the doctor rather than change the dose). Each line stands alone: it is printed on the plan
 * away from its question. Each question shows one or two lines, so its feedback stays short.
 */
export default [
	{
		id: 'serious_get_help',
		gap: 'Serious side effects (rare): confusion, hallucinations, difficulty breathing, or seizures — especially if the drug is stopped suddenly.',
		advice: 'A seizure, or trouble breathing? Call 911 now, or have someone call.',
		items: ['serious_side_effects'],
		group: 'watch'
	},
	{
		id: 'confused_call_doctor',
		gap: 'Serious side effects (rare): confusion, hallucinations, difficulty breathing, or seizures — especially if the drug is stopped suddenly.',
		advice: 'Confused, or seeing things that are not there? Call your doctor right away.',
		items: ['serious_side_effects'],
		group: 'watch'
	},
	{
		id: 'missed_dose_close_next',
		gap: 'If you miss a dose, take it as soon as you remember (unless it’s close to the next one).',
		advice: 'If it is almost time for your next dose, take only your next dose, at the usual time. Never take two doses at once.',
		items: ['missed_dose_close', 'missed_dose'],
		group: 'do'
	},
	{
		id: 'drowsy_no_driving',
		gap: 'Drowsiness or dizziness',
		advice: 'Do not drive or use machines until you know how baclofen affects you. Never drive if you feel sleepy or dizzy.',
		// On the plan only: the alcohol-and-sedatives feedback carries the sedative line, and must fit a phone screen.
		items: [],
		group: 'dont'
	},
	{
		id: 'side_effect_tell_doctor',
		gap: 'These are usually mild but should be monitored:',
		advice: 'Tell your doctor if a side effect bothers you or does not go away.',
		// On the plan only: the feedback of the mild-or-serious question is full already (it must fit a phone screen).
		items: [],
		group: 'watch'
	},
	{
		id: 'sedative_do_not_stop',
		gap: 'Avoid alcohol and sedatives, as they can increase drowsiness.',
		advice: 'On a medicine that makes you sleepy? Do not stop it on your own. Ask your doctor.',
		items: ['avoid_alcohol_sedatives'],
		group: 'dont'
	},
	{
		id: 'withdrawal_call_doctor',
		gap: 'It must be tapered down gradually under medical supervision to avoid withdrawal symptoms such as anxiety, tremors, or rebound spasticity.',
		advice: 'Anxious, shaky or stiffer after missed doses or stopping? Call your doctor right away.',
		items: ['before_stopping'],
		group: 'watch'
	},
	{
		id: 'do_not_run_out',
		gap: 'Never stop Baclofen abruptly.',
		advice: 'Get your refill before you run low. Ran out? Call your pharmacist or doctor today.',
		items: ['stopped_suddenly'],
		group: 'do'
	},
	{
		id: 'dose_not_right',
		gap: 'Take Baclofen exactly as prescribed — usually 3 times daily with or without food.',
		advice: 'If your dose seems too strong or too weak, talk to your doctor. Do not change it on your own.',
		items: ['how_to_take'],
		group: 'do'
	}
] satisfies CareTeamAdviceInput[];
