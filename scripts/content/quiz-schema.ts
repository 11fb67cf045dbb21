import * as v from 'valibot';

/**
 * Build-time schema for quiz item files. It never ships to the learner: the validated items are compiled into the
 * course as plain data.
 */

const text = (what: string) => v.pipe(v.string(), v.trim(), v.nonEmpty(`${what} must not be empty`));

const optionWith = (id: RegExp, rule: string) =>
	v.strictObject({
		id: v.pipe(v.string(), v.regex(id, rule)),
		text: text('option text'),
		pin: v.optional(v.boolean())
	});
const Option = optionWith(/^[a-z]$/, 'option id must be one lower-case letter (SCORM 1.2 choice format)');
const MatchTarget = optionWith(/^[0-9]$/, 'matching option id must be one digit (so it differs from the prompts\' letters)');

const Base = {
	id: v.pipe(
		v.string(),
		v.regex(/^[a-z][a-z0-9_]{0,63}$/, 'id must be lower-case letters, digits and _ (max 64), starting with a letter')
	),
	prompt: text('prompt'),
	explanation: text('explanation'),
	source: text('source quote'),
	also: v.optional(v.array(text('further source quote'))),
	forWrongChoices: v.optional(v.array(text('quote for a wrong choice'))),
	mustKnow: v.optional(v.boolean()),
	safeRule: v.optional(v.strictObject({ group: v.picklist(['do', 'dont', 'watch']), text: text('safe rule') }))
};

const options = v.pipe(v.array(Option), v.minLength(2, 'needs at least 2 options'), v.maxLength(8, 'at most 8 options'));

export const QuizItemSchema = v.variant('type', [
	v.strictObject({ ...Base, type: v.literal('single'), options, correct: v.string() }),
	v.strictObject({
		...Base,
		type: v.literal('multiple'),
		options,
		correct: v.pipe(v.array(v.string()), v.minLength(1, 'needs at least one correct option')),
		partialCredit: v.optional(v.boolean())
	}),
	v.strictObject({ ...Base, type: v.literal('true-false'), correct: v.boolean(), trueStatement: v.optional(text('true statement')) }),
	v.strictObject({
		...Base,
		type: v.literal('ordering'),
		options,
		correct: v.pipe(v.array(v.string()), v.minLength(2, 'needs at least two steps')),
		partialCredit: v.optional(v.boolean())
	}),
	v.strictObject({
		...Base,
		type: v.literal('matching'),
		prompts: v.pipe(v.array(Option), v.minLength(2, 'needs at least 2 prompts'), v.maxLength(8, 'at most 8 prompts')),
		options: v.pipe(v.array(MatchTarget), v.minLength(2, 'needs at least 2 options'), v.maxLength(10, 'at most 10 options')),
		correct: v.pipe(v.array(v.tuple([v.string(), v.string()])), v.minLength(1, 'needs at least one pair')),
		partialCredit: v.optional(v.boolean())
	}),
	v.strictObject({
		...Base,
		type: v.literal('fill-in'),
		correct: text('expected answer'),
		accept: v.optional(v.array(text('accepted answer')))
	})
]);

export const QuizFileSchema = v.array(QuizItemSchema);

export const GlossarySchema = v.array(
	v.strictObject({
		term: text('term'),
		forms: v.optional(v.array(text('form'))),
		meaning: text('meaning')
	})
);

export const FiguresSchema = v.array(
	v.strictObject({
		id: v.picklist(['calm-signal', 'taper-steps', 'three-doses'], 'unknown figure id (add its component in src/lib/components/figures/)'),
		quote: text('quote'),
		caption: text('caption'),
		alt: text('text alternative')
	})
);

const id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]{0,63}$/, 'id must be lower-case letters, digits and _'));

export const CareTeamSchema = v.array(
	v.strictObject({
		id,
		gap: text('gap (the article sentence it fills a gap in)'),
		advice: text('advice'),
		// Empty: printed on the plan only.
		items: v.array(id),
		group: v.picklist(['do', 'dont', 'watch'])
	})
);

export const InShortSchema = v.record(
	v.string(),
	v.pipe(
		v.array(v.strictObject({ text: text('"In short" line'), quote: text('quote') })),
		v.minLength(2, '"In short" needs 2 or 3 lines'),
		v.maxLength(3, '"In short" needs 2 or 3 lines')
	)
);
