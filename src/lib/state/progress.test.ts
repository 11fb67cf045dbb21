import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../../scripts/content/build-course.ts';
import { longestResponse } from '../quiz/sample-responses.testutil.ts';
import { once, restoreProgress, serializeProgress, type Progress } from './progress.ts';

const { course } = await loadCourse('content');
const items = course.lessons.flatMap((l) => l.quiz);
const fp = course.fingerprint;

const longest = longestResponse;

const full: Progress = {
	// Two tries each, the best one kept apart from the last: the longest record the format writes.
	answers: Object.fromEntries(items.map((i) => [i.id, { last: longest(i), tries: 99, best: i.type === 'true-false' ? true : longest(i) }])),
	location: `/lesson/${course.lessons.at(-1)!.slug}/score`,
	startedAt: Date.now(),
	finishedAt: Date.now(),
	seed: 'zzzzzzzz'
};

describe('saved progress', () => {
	it('round-trips every answer and the bookmark', () => {
		const result = restoreProgress(serializeProgress(full, fp), fp, items);
		expect(result).toEqual({ status: 'restored', progress: full });
	});

	it('fits SCORM 1.2 suspend_data (4096 characters) at full progress with the longest answers', () => {
		const saved = serializeProgress(full, fp);
		expect(saved.length).toBeLessThan(4096);
	});

	it.each([
		['empty', ''],
		['not JSON', 'hello'],
		['truncated', serializeProgress(full, fp).slice(0, 100)],
		['wrong shape', '{"v":1,"a":[]}'],
		['future version', serializeProgress(full, fp).replace('"v":2', '"v":99')],
		['hostile location', serializeProgress({ ...full, location: 'javascript:alert(1)' }, fp)],
		['prototype pollution', '{"v":1,"f":"x","a":{"__proto__":{"polluted":true}},"l":"/","t":0}'],
		['a start time no date can show', serializeProgress(full, fp).replace(/"t":\d+/, '"t":9007199254740992')],
		['absurd tries', serializeProgress(full, fp).replace(/,99(,|\])/, ',1e9$1')],
		['cut by an LMS at 4096 characters', serializeProgress({ ...full, location: `/${'x'.repeat(250)}` }, fp).padEnd(5000, ' ').slice(0, 4096) + '"']
	])('never throws on %s data and starts fresh', (_name, saved) => {
		const result = restoreProgress(saved, fp, items);
		expect(['empty', 'corrupt', 'migrated']).toContain(result.status);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		if (result.status !== 'migrated') expect(result.progress.answers).toEqual({});
	});

	it('reads the first release\'s format (one final response per item) as one try each', () => {
		const v1 = JSON.stringify({ v: 1, f: fp, a: { [items[0]!.id]: 'a' }, l: '/lesson/fun-fact', t: 5 });
		expect(restoreProgress(v1, fp, items)).toEqual({
			status: 'migrated',
			dropped: 0,
			progress: { answers: { [items[0]!.id]: once('a') }, location: '/lesson/fun-fact', startedAt: 5, finishedAt: null, seed: expect.any(String) }
		});
	});

	it('reads no finish time or seed from a first-release save, whatever it carries under those keys', () => {
		const v1 = JSON.stringify({ v: 1, f: fp, a: { [items[0]!.id]: 'a' }, l: '/', t: 5, e: 'soon', s: { not: 'a seed' } });
		const result = restoreProgress(v1, fp, items);
		expect(result.status).toBe('migrated');
		expect(result.progress.finishedAt).toBeNull();
		expect(result.progress.seed).toMatch(/^[0-9a-z]{1,16}$/);
	});

	it('keeps valid answers from another content version and drops the rest, telling how many', () => {
		const saved = serializeProgress({ ...full, answers: { ...full.answers, retired_item: once('a'), [items[0]!.id]: once('zz') } }, 'older');
		const result = restoreProgress(saved, fp, items);
		expect(result.status).toBe('migrated');
		if (result.status !== 'migrated') return;
		expect(result.dropped).toBe(2);
		expect(Object.keys(result.progress.answers)).toHaveLength(items.length - 1);
		expect(result.progress.location).toBe('/');
	});
});
