import { correctResponse } from '../../quiz/options.ts';
import { plannedResponse } from '../../quiz/sample-responses.testutil.ts';
import { describe, expect, it, vi } from 'vitest';
import type { QuizItem } from '../../content/types.ts';
import { loadCourse } from '../../../../scripts/content/build-course.ts';
import type { ScormVersion } from './data-model.ts';
import {
	correctPattern,
	interactionId,
	interactionType,
	learnerResponse,
	resultValue,
	ScormFormatError,
	type MatchPair,
	type ReportableItem,
	type ReportableResponse
} from './responses.ts';
import { writeInteraction } from '../scorm-again.testutil.ts';

const single = { id: 'q_single', type: 'single', correct: 'b' } as const satisfies ReportableItem;
const multiple = { id: 'q_multi', type: 'multiple', correct: ['c', 'a'] } as const satisfies ReportableItem;
const trueFalse = { id: 'q_tf', type: 'true-false', correct: false } as const satisfies ReportableItem;
const ordering = { id: 'q_order', type: 'ordering', correct: ['c', 'a', 'b'] } as const satisfies ReportableItem;
const matching12: ReportableItem = {
	id: 'q_match',
	type: 'matching',
	correct: [
		['2', 'b'],
		['1', 'a']
	]
};
const matching2004: ReportableItem = {
	id: 'q_match',
	type: 'matching',
	correct: [
		['s2', 't2'],
		['s1', 't1']
	]
};
const fillIn = { id: 'q_fill', type: 'fill-in', correct: 'Baclofen' } as const satisfies ReportableItem;

describe('interactionType', () => {
	it.each([
		['single', 'choice'],
		['multiple', 'choice'],
		['true-false', 'true-false'],
		['ordering', 'sequencing'],
		['matching', 'matching'],
		['fill-in', 'fill-in']
	] as const)('%s → %s', (type, expected) => {
		expect(interactionType({ type })).toBe(expected);
	});

	it('throws for an item type it has no format for', () => {
		expect(() => interactionType({ type: 'essay' } as unknown as ReportableItem)).toThrow(ScormFormatError);
	});
});

describe('learnerResponse and correctPattern', () => {
	// [item, learner response, 1.2 value, 2004 value]
	const responses: [ReportableItem, ReportableResponse, string, string][] = [
		[single, 'a', 'a', 'a'],
		[single, 'b', 'b', 'b'],
		[multiple, ['a'], 'a', 'a'],
		[multiple, ['c', 'a'], 'a,c', 'a[,]c'], // a set: sorted, so it equals the pattern when right
		[multiple, ['d', 'b', 'a'], 'a,b,d', 'a[,]b[,]d'],
		[trueFalse, true, 't', 'true'],
		[trueFalse, false, 'f', 'false'],
		[ordering, ['c', 'a', 'b'], 'c,a,b', 'c[,]a[,]b'], // order is the answer: kept
		[ordering, ['a', 'b', 'c'], 'a,b,c', 'a[,]b[,]c'],
		[fillIn, 'Baclofen', 'Baclofen', 'Baclofen'],
		[fillIn, '  muscle\n relaxant\t', 'muscle relaxant', 'muscle relaxant']
	];

	it.each(responses)('%o answered %o → 1.2 %s / 2004 %s', (item, response, v12, v2004) => {
		expect(learnerResponse('scorm12', item, response)).toBe(v12);
		expect(learnerResponse('scorm2004', item, response)).toBe(v2004);
	});

	it('matching: pairs joined with . and , (1.2) or [.] and [,] (2004), sorted by source', () => {
		const pairs12: MatchPair[] = [
			['2', 'b'],
			['1', 'a']
		];
		expect(learnerResponse('scorm12', matching12, pairs12)).toBe('1.a,2.b');
		expect(correctPattern('scorm12', matching12)).toBe('1.a,2.b');
		const pairs2004: MatchPair[] = [
			['s2', 't1'],
			['s1', 't2']
		];
		expect(learnerResponse('scorm2004', matching2004, pairs2004)).toBe('s1[.]t2[,]s2[.]t1');
		expect(correctPattern('scorm2004', matching2004)).toBe('s1[.]t1[,]s2[.]t2');
	});

	it.each([
		[single, 'b', 'b'],
		[multiple, 'a,c', 'a[,]c'],
		[trueFalse, 'f', 'false'],
		[ordering, 'c,a,b', 'c[,]a[,]b'],
		[fillIn, 'Baclofen', 'Baclofen']
	] as const)('correct pattern of %o: 1.2 %s / 2004 %s', (item, v12, v2004) => {
		expect(correctPattern('scorm12', item)).toBe(v12);
		expect(correctPattern('scorm2004', item)).toBe(v2004);
	});

	it('a right answer gives the same string as the pattern, in both versions', () => {
		const right: [ReportableItem, ReportableResponse][] = [
			[single, 'b'],
			[multiple, ['a', 'c']],
			[trueFalse, false],
			[ordering, ['c', 'a', 'b']],
			[fillIn, 'Baclofen']
		];
		for (const version of ['scorm12', 'scorm2004'] as const) {
			for (const [item, response] of right) {
				expect(learnerResponse(version, item, response)).toBe(correctPattern(version, item));
			}
		}
	});

	describe('rejects values that cannot be written validly', () => {
		it.each<[ScormVersion, ReportableItem, ReportableResponse, RegExp]>([
			['scorm12', single, 'ab', /one character/], // 1.2 choice ids are single characters
			['scorm12', single, 'A', /one character/],
			['scorm12', single, '', /one character/],
			['scorm2004', single, 'a-b', /letters, digits/], // Moodle rejects hyphens in 2004 tokens
			['scorm2004', single, 'a,b', /letters, digits/],
			['scorm2004', single, 'a[,]b', /letters, digits/],
			['scorm2004', single, '...', /letters, digits/],
			['scorm2004', single, '', /letters, digits/],
			['scorm12', multiple, [], /empty/],
			['scorm2004', multiple, [], /empty/],
			['scorm12', multiple, ['a', 'a'], /repeat/],
			['scorm2004', multiple, ['a', 'a'], /repeat/],
			['scorm2004', ordering, ['a', 'b', 'a'], /repeat/],
			['scorm2004', matching2004, [['s1', 't1'], ['s1', 't2']] as MatchPair[], /repeat/],
			['scorm12', matching12, [['10', 'a']] as MatchPair[], /one character/],
			['scorm2004', multiple, Array.from({ length: 37 }, (_, i) => `o${i}`), /at most 36/],
			['scorm12', single, true, /does not fit/],
			['scorm12', trueFalse, 't', /does not fit/],
			['scorm2004', multiple, 'a', /does not fit/],
			['scorm2004', matching2004, ['s1', 't1'], /does not fit/],
			['scorm2004', fillIn, ['x'], /does not fit/]
		])('%s %o with %o', (version, item, response, message) => {
			expect(() => learnerResponse(version, item, response)).toThrow(ScormFormatError);
			expect(() => learnerResponse(version, item, response)).toThrow(message);
		});

		it('a malformed correct answer', () => {
			const broken = { id: 'q', type: 'single', correct: ['a'] } as unknown as ReportableItem;
			expect(() => correctPattern('scorm12', broken)).toThrow(ScormFormatError);
		});

		it('2004 allows longer ids with digits, _ and . that 1.2 cannot take', () => {
			const item: ReportableItem = { id: 'q', type: 'multiple', correct: ['opt_1', 'opt.2'] };
			expect(correctPattern('scorm2004', item)).toBe('opt.2[,]opt_1');
			expect(() => correctPattern('scorm12', item)).toThrow(ScormFormatError);
		});
	});

	describe('fill-in text is cleaned, not refused', () => {
		const text = (version: ScormVersion, value: string) => learnerResponse(version, fillIn, value);

		it('turns the 2004 list delimiter into a comma (it would split the answer) but leaves 1.2 commas alone', () => {
			expect(text('scorm2004', 'a[,]b, c')).toBe('a,b, c');
			expect(text('scorm12', 'a[,]b, c')).toBe('a[,]b, c');
		});

		it('puts a space before a leading { in 2004 (reserved for {lang=…} / {case_matters=…})', () => {
			expect(text('scorm2004', '{hello}')).toBe(' {hello}');
			expect(text('scorm12', '{hello}')).toBe('{hello}');
		});

		it('drops control characters and collapses line breaks', () => {
			expect(text('scorm12', 'a\u0000b\r\nc\u2028d')).toBe('ab c d');
		});

		it('cuts to 255 (1.2) / 250 (2004) characters without splitting a surrogate pair', () => {
			expect(text('scorm12', 'x'.repeat(300))).toHaveLength(255);
			expect(text('scorm2004', 'x'.repeat(300))).toHaveLength(250);
			const emoji = 'x'.repeat(249) + '💪' + 'y';
			expect(text('scorm2004', emoji)).toBe('x'.repeat(249)); // the emoji would straddle the limit: dropped whole
			expect(text('scorm12', emoji)).toBe(emoji);
		});
	});
});

describe('resultValue', () => {
	it.each([
		['scorm12', true, 'correct'],
		['scorm12', false, 'wrong'],
		['scorm2004', true, 'correct'],
		['scorm2004', false, 'incorrect']
	] as const)('%s %s → %s', (version, correct, expected) => {
		expect(resultValue(version, correct)).toBe(expected);
	});
});

describe('interactionId', () => {
	it.each(['q1', 'most_effective_for', 'a', 'x'.repeat(255), 'A-b.c:d', 'urn:baclofen:q1', '!~'])(
		'accepts %s unchanged',
		(id) => {
			expect(interactionId(id)).toBe(id);
		}
	);

	it.each(['', 'has space', 'tab\there', 'x'.repeat(256), 'café', 'line\nbreak', 'urn:', 'urn:x', 'urn::q1'])(
		'rejects %o',
		(id) => {
			expect(() => interactionId(id)).toThrow(ScormFormatError);
		}
	);

	it('rejects non-strings', () => {
		expect(() => interactionId(42 as unknown as string)).toThrow(ScormFormatError);
	});
});

/** Writes a full interaction record through scorm-again and returns the fields it refused. */
function refusedFields(version: ScormVersion, item: ReportableItem, response: ReportableResponse, correct: boolean) {
	const n = 'cmi.interactions.0.';
	const fields: [string, string][] =
		version === 'scorm12'
			? [
					[`${n}id`, interactionId(item.id)],
					[`${n}type`, interactionType(item)],
					[`${n}correct_responses.0.pattern`, correctPattern(version, item)],
					[`${n}student_response`, learnerResponse(version, item, response)],
					[`${n}result`, resultValue(version, correct)]
				]
			: [
					[`${n}id`, interactionId(item.id)],
					[`${n}type`, interactionType(item)],
					[`${n}correct_responses.0.pattern`, correctPattern(version, item)],
					[`${n}learner_response`, learnerResponse(version, item, response)],
					[`${n}result`, resultValue(version, correct)]
				];
	return writeInteraction(version, fields).filter((r) => r.error !== '0');
}

describe('scorm-again accepts every value (error 0 on cmi.interactions.0.*)', () => {
	const cases12: [ReportableItem, ReportableResponse][] = [
		[single, 'a'],
		[multiple, ['c', 'a']],
		[multiple, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', '0', '9']],
		[trueFalse, true],
		[trueFalse, false],
		[ordering, ['b', 'c', 'a']],
		[matching12, [['1', 'b'], ['2', 'a']] as MatchPair[]],
		[fillIn, 'x'.repeat(300)],
		[fillIn, 'line one\nline two, {braces} [,]']
	];
	const cases2004: [ReportableItem, ReportableResponse][] = [
		...cases12.filter(([item]) => item.type !== 'matching'),
		[matching2004, [['s1', 't2'], ['s2', 't1']] as MatchPair[]],
		[{ id: 'long_ids', type: 'multiple', correct: ['opt_1', 'opt.2'] }, ['opt.2']],
		[{ id: 'many', type: 'multiple', correct: ['a'] }, Array.from({ length: 36 }, (_, i) => `o${i}`)],
		[fillIn, '{starts with a brace'],
		[fillIn, 'émoji 💪 text '.repeat(30)]
	];

	it.each(cases12)('1.2: %o answered %o', (item, response) => {
		expect(refusedFields('scorm12', item, response, false)).toEqual([]);
		expect(refusedFields('scorm12', item, response, true)).toEqual([]);
	});

	it.each(cases2004)('2004: %o answered %o', (item, response) => {
		expect(refusedFields('scorm2004', item, response, false)).toEqual([]);
		expect(refusedFields('scorm2004', item, response, true)).toEqual([]);
	});

	it('every real course item, answered right and wrong, in both versions', async () => {
		const { course } = await loadCourse('content');
		const items: QuizItem[] = course.lessons.flatMap((l) => l.quiz);
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) {
			const wrong = plannedResponse(item, false) as ReportableResponse;
			for (const version of ['scorm12', 'scorm2004'] as const) {
				expect(refusedFields(version, item as never, correctResponse(item) as ReportableResponse, true), `${version} ${item.id}`).toEqual([]);
				expect(refusedFields(version, item as never, wrong, false), `${version} ${item.id}`).toEqual([]);
			}
		}
	});
});

/** Where scorm-again is looser than the spec / real LMSs: why responses.ts does not rely on it alone. */
describe('scorm-again 3.4 leniency and strictness (documentation)', () => {
	const record = (version: ScormVersion, type: string, field: string, value: string) =>
		writeInteraction(version, [
			['cmi.interactions.0.id', 'q1'],
			['cmi.interactions.0.type', type],
			[`cmi.interactions.0.${field}`, value]
		])[2]?.error;

	it('1.2 accepts anything as a student_response (CMIFeedback is relaxed to ^.*$)', () => {
		expect(record('scorm12', 'true-false', 'student_response', 'true')).toBe('0');
		expect(record('scorm12', 'choice', 'student_response', 'a[,]b')).toBe('0');
	});

	it('1.2 rewrites result "incorrect" to "wrong" instead of refusing it; real 1.2 LMSs may refuse', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		expect(record('scorm12', 'choice', 'result', 'incorrect')).toBe('0');
		expect(warn).toHaveBeenCalledWith(expect.stringMatching(/normalizing to 'wrong'/));
		warn.mockRestore();
	});

	it('2004 refuses 1.2 vocabulary and duplicates', () => {
		expect(record('scorm2004', 'true-false', 'learner_response', 't')).toBe('406');
		expect(record('scorm2004', 'choice', 'result', 'wrong')).toBe('406');
		expect(record('scorm2004', 'choice', 'learner_response', 'a[,]a')).toBe('406');
		expect(record('scorm2004', 'choice', 'learner_response', '')).toBe('406');
	});

	it('2004 refuses fill-in text starting with { even after a language tag', () => {
		expect(record('scorm2004', 'fill-in', 'learner_response', '{hello')).toBe('406');
		expect(record('scorm2004', 'fill-in', 'learner_response', '{lang=en}{hello')).toBe('406');
		expect(record('scorm2004', 'fill-in', 'learner_response', ' {hello')).toBe('0');
	});

	it('2004 refuses interaction fields before id and type (408)', () => {
		const results = writeInteraction('scorm2004', [
			['cmi.interactions.0.type', 'choice'],
			['cmi.interactions.0.id', 'q1'],
			['cmi.interactions.0.learner_response', 'a']
		]);
		expect(results.map((r) => r.error)).toEqual(['408', '0', '408']);
	});

	it('2004 accepts choice ids with hyphens (Moodle does not) and descriptions over the 250 SPM', () => {
		expect(record('scorm2004', 'choice', 'learner_response', 'a-b')).toBe('0');
		expect(record('scorm2004', 'choice', 'description', 'x'.repeat(300))).toBe('0');
	});
});
