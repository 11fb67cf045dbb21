import * as v from 'valibot';

/**
 * Build-time schema for quiz item files. It never ships to the learner: the validated items are compiled into the
 * course as plain data.
 */

const text = (what: string) => v.pipe(v.string(), v.trim(), v.nonEmpty(`${what} must not be empty`));

const Option = v.strictObject({
	id: v.pipe(v.string(), v.regex(/^[a-z]$/, 'option id must be one lower-case letter (SCORM 1.2 choice format)')),
	text: text('option text')
});

const Base = {
	id: v.pipe(
		v.string(),
		v.regex(/^[a-z][a-z0-9_]{0,63}$/, 'id must be lower-case letters, digits and _ (max 64), starting with a letter')
	),
	prompt: text('prompt'),
	explanation: text('explanation'),
	source: text('source quote'),
	mustKnow: v.optional(v.boolean())
};

const options = v.pipe(v.array(Option), v.minLength(2, 'needs at least 2 options'), v.maxLength(8, 'at most 8 options'));

export const QuizItemSchema = v.variant('type', [
	v.strictObject({ ...Base, type: v.literal('single'), options, correct: v.string() }),
	v.strictObject({
		...Base,
		type: v.literal('multiple'),
		options,
		correct: v.pipe(v.array(v.string()), v.minLength(1, 'needs at least one correct option'))
	}),
	v.strictObject({ ...Base, type: v.literal('true-false'), correct: v.boolean() })
]);

export const QuizFileSchema = v.array(QuizItemSchema);
