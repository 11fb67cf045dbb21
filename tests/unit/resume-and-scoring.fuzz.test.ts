import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../scripts/content/build-course.ts';
import type { QuizItem } from '../../src/lib/content/types.ts';
import { finalBank } from '../../src/lib/quiz/final.ts';
import { plannedResponse } from '../../src/lib/quiz/sample-responses.testutil.ts';
import { isValidResponse, recordAttempt, scoreItem, summarise, type ItemRecord, type Response } from '../../src/lib/quiz/scoring.ts';
import { FORMAT_VERSION, restoreProgress, serializeProgress, type Progress } from '../../src/lib/state/progress.ts';

/**
 * Fuzz tests (fast-check), bounded: whatever comes back as saved progress (an LMS's suspend_data, localStorage, a
 * hand-edited or half-written string) never crashes the course and always gives a usable Progress; and scoring never
 * throws on any response, with scores in range. Failures print a minimal counterexample and the seed to replay it.
 */

const { course } = await loadCourse('content');
const items: QuizItem[] = [...course.lessons.flatMap((l) => l.quiz), ...finalBank(course.lessons)];
const fp = course.fingerprint;
const ids = items.map((i) => i.id);
const RUNS = { numRuns: 400, interruptAfterTimeLimit: 4000 };

/** What a usable Progress is: every field in range, only real items with valid responses, re-savable as it is. */
function expectUsable(progress: Progress) {
	expect(Object.getPrototypeOf(progress.answers)).toBe(Object.prototype);
	for (const [id, record] of Object.entries(progress.answers)) {
		const item = items.find((i) => i.id === id);
		expect(item, id).toBeDefined();
		expect(isValidResponse(item!, record.last) && isValidResponse(item!, record.best)).toBe(true);
		expect(Number.isSafeInteger(record.tries) && record.tries >= 1).toBe(true);
	}
	expect(progress.location).toMatch(/^\/[\w/-]*$/);
	expect(progress.location.length).toBeLessThanOrEqual(255);
	expect(Number.isSafeInteger(progress.startedAt) && progress.startedAt >= 0).toBe(true);
	expect(progress.finishedAt === null || (Number.isSafeInteger(progress.finishedAt) && progress.finishedAt >= 0)).toBe(true);
	expect(progress.seed).toMatch(/^[0-9a-z]{1,16}$/);
	// What the course saves next must read back as it is.
	expect(restoreProgress(serializeProgress(progress, fp), fp, items)).toEqual({ status: 'restored', progress });
}

function expectSafeRestore(saved: string) {
	const result = restoreProgress(saved, fp, items);
	expect(['empty', 'restored', 'migrated', 'corrupt']).toContain(result.status);
	expectUsable(result.progress);
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** Any UTF-16 text, lone surrogates and control characters included (fast-check's 'binary' unit is much slower). */
const anyUtf16 = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }).map((codes) => String.fromCharCode(...codes));
// Responses of every shape the course knows, real option ids mixed with junk.
const token = fc.oneof(fc.constantFrom(...new Set(items.flatMap((i) => ('options' in i ? i.options.map((o) => o.id) : [])))), fc.string({ maxLength: 6 }));
const response: fc.Arbitrary<unknown> = fc.oneof(
	token,
	fc.boolean(),
	fc.array(token, { maxLength: 8 }),
	fc.array(fc.tuple(token, token), { maxLength: 6 }),
	fc.string({ maxLength: 300 }),
	fc.constantFrom(null, undefined, 0, -1, NaN, {}, [], [[]], [['a']], [1, 2], { length: 1 }),
	fc.jsonValue({ maxDepth: 3 })
);
const realResponse = fc.constantFrom(...items).chain((item) => fc.boolean().map((right) => [item.id, plannedResponse(item, right)] as const));
const number = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -1, 1e300, Number.MAX_SAFE_INTEGER + 2, 8.64e15 + 1));
const answerEntry = fc.oneof(
	fc.tuple(response, number),
	fc.tuple(response, number, response),
	response,
	fc.tuple(response, fc.integer({ min: 1, max: 5 })),
	fc.jsonValue({ maxDepth: 2 })
);
const idKey = fc.oneof(fc.constantFrom(...ids, '__proto__', 'constructor', 'prototype', 'toString'), fc.string({ maxLength: 10 }));
const location = fc.oneof(fc.constantFrom('/', '/lesson/what-is-baclofen/quiz/2', '/results', 'javascript:alert(1)', '//evil.example', '/a b', `/${'x'.repeat(300)}`), fc.string({ maxLength: 40 }));
/** Saved-progress-shaped objects: right keys, any values (and sometimes right values). */
const savedShape = fc.record(
	{
		v: fc.oneof(fc.constantFrom(1, 2, FORMAT_VERSION, 3, '2', 0), fc.jsonValue({ maxDepth: 1 })),
		f: fc.oneof(fc.constant(fp), fc.string({ maxLength: 12 }), number),
		a: fc.oneof(fc.dictionary(idKey, answerEntry, { maxKeys: 12 }), fc.array(answerEntry, { maxLength: 3 }), fc.jsonValue({ maxDepth: 1 })),
		l: fc.oneof(location, number),
		t: fc.oneof(number, fc.string({ maxLength: 5 })),
		s: fc.oneof(fc.stringMatching(/^[0-9a-z]{1,16}$/), fc.string({ maxLength: 20 }), number),
		e: fc.oneof(number, fc.constant(null))
	},
	{ requiredKeys: [] }
);
/** A real, valid saved progress string. */
const validSaved = fc
	.record({
		answers: fc.array(realResponse, { maxLength: 12 }),
		tries: fc.integer({ min: 1, max: 9 }),
		location: fc.constantFrom('/', '/lesson/what-is-baclofen/quiz/2', '/results'),
		startedAt: fc.integer({ min: 0, max: 4e12 }),
		seed: fc.stringMatching(/^[0-9a-z]{1,16}$/)
	})
	.map(({ answers, tries, location, startedAt, seed }) =>
		serializeProgress(
			{ answers: Object.fromEntries(answers.map(([id, r]) => [id, { last: r, tries, best: r }])), location, startedAt, finishedAt: null, seed },
			fp
		)
	);

describe('restoreProgress never crashes and always yields a usable Progress', () => {
	it('on arbitrary strings', () => {
		fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 200 }), anyUtf16), expectSafeRestore), RUNS);
	});

	it('on arbitrary JSON', () => {
		fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (json) => expectSafeRestore(JSON.stringify(json))), RUNS);
	});

	it('on saved-progress-shaped JSON with hostile values', () => {
		fc.assert(fc.property(savedShape, (shape) => expectSafeRestore(JSON.stringify(shape))), RUNS);
	});

	it('on valid progress with one field replaced by a hostile value', () => {
		const field = fc.constantFrom('v', 'f', 'a', 'l', 't', 's', 'e');
		const hostile = fc.oneof(number, location, response, fc.dictionary(idKey, answerEntry, { maxKeys: 4 }));
		fc.assert(
			fc.property(validSaved, field, hostile, idKey, answerEntry, (saved, key, value, id, entry) => {
				const obj = JSON.parse(saved) as Record<string, unknown>;
				expectSafeRestore(JSON.stringify({ ...obj, [key]: value }));
				expectSafeRestore(JSON.stringify({ ...obj, a: { ...(obj.a as object), [id]: entry } }));
			}),
			RUNS
		);
	});

	it('on valid progress cut short (an LMS that truncates suspend_data) or with one character changed', () => {
		fc.assert(
			fc.property(validSaved, fc.nat(), fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), (saved, cut, at, ch) => {
				expectSafeRestore(saved.slice(0, cut % (saved.length + 1)));
				const i = at % saved.length;
				expectSafeRestore(saved.slice(0, i) + ch + saved.slice(i + 1));
			}),
			RUNS
		);
	});

	it('reads valid progress back exactly, in the current and the first format', () => {
		fc.assert(
			fc.property(validSaved, (saved) => {
				const result = restoreProgress(saved, fp, items);
				expect(result.status).toBe('restored');
				const v1 = JSON.parse(saved) as { a: Record<string, [Response]>; l: string; t: number };
				const old = JSON.stringify({ v: 1, f: fp, a: Object.fromEntries(Object.entries(v1.a).map(([id, [last]]) => [id, last])), l: v1.l, t: v1.t });
				const migrated = restoreProgress(old, fp, items);
				expect(migrated.status).toBe('migrated');
				expect(Object.keys(migrated.progress.answers).sort()).toEqual(Object.keys(result.progress.answers).sort());
				expectUsable(migrated.progress);
			}),
			RUNS
		);
	});
});

describe('scoring never throws and stays in range, whatever the response', () => {
	const item = fc.constantFrom(...items);

	it('scoreItem: a number in [0, 1]; malformed responses score 0', () => {
		fc.assert(
			fc.property(item, response, (it, r) => {
				const score = scoreItem(it, r);
				expect(score).toBeGreaterThanOrEqual(0);
				expect(score).toBeLessThanOrEqual(1);
				if (!isValidResponse(it, r)) expect(score).toBe(0);
			}),
			RUNS
		);
	});

	it('recordAttempt: tries go up by one, the best try never scores below the last', () => {
		fc.assert(
			fc.property(item, fc.array(response, { minLength: 1, maxLength: 6 }), (it, responses) => {
				let record: ItemRecord | undefined;
				for (const [n, r] of responses.entries()) {
					const before = record;
					record = recordAttempt(it, record, r as Response);
					expect(record.tries).toBe(n + 1);
					expect(scoreItem(it, record.best)).toBeGreaterThanOrEqual(scoreItem(it, record.last));
					if (before) expect(scoreItem(it, record.best)).toBeGreaterThanOrEqual(scoreItem(it, before.best));
				}
			}),
			RUNS
		);
	});

	it('summarise: answered ≤ total, points ≤ total, percent a whole number in [0, 100], for either keep rule', () => {
		const records = fc.dictionary(idKey, fc.record({ last: response, tries: fc.integer({ min: 1, max: 9 }), best: response }), { maxKeys: 15 });
		fc.assert(
			fc.property(fc.subarray(items), records, fc.constantFrom('best', 'last') as fc.Arbitrary<'best' | 'last'>, (some, answers, keep) => {
				const s = summarise(some, answers as Record<string, ItemRecord>, keep);
				expect(s.answered).toBeLessThanOrEqual(s.total);
				expect(s.points).toBeGreaterThanOrEqual(0);
				expect(s.points).toBeLessThanOrEqual(s.total);
				expect(Number.isInteger(s.percent) && s.percent >= 0 && s.percent <= 100).toBe(true);
			}),
			RUNS
		);
	});
});
