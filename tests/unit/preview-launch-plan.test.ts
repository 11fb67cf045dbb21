import { describe, expect, it } from 'vitest';
import { launchOptions, planLaunch, prune, seedFor } from '../../preview/launch-plan.ts';
import type { ManifestInfo, StoredAttempt } from '../../preview/types.ts';

/**
 * The LMS preview's launch planning (preview/launch-plan.ts): the address's options, entry and attempt from what is
 * stored, and the data model the LMS seeds. Every expected value is written out.
 */

function stored(version: StoredAttempt['version'], exit: string, cmi: StoredAttempt['cmi'] = {}, totalTime = ''): StoredAttempt {
	return { format: 1, version, attempt: 2, session: 3, cmi, totalTime, exit, terminated: true, trigger: 'terminate', savedAt: '2026-01-01T00:00:00.000Z' };
}

function manifest(change: Partial<ManifestInfo> = {}): ManifestInfo {
	return {
		title: 'Course',
		identifier: 'm',
		schemaVersion: '1.2',
		launchHref: 'index.html',
		mastery: null,
		masterySource: '',
		launchData: '',
		completionThreshold: '',
		objectiveIds: [],
		objectiveMeasures: [],
		warnings: [],
		...change
	};
}

describe('launchOptions', () => {
	it.each([
		['', false, { version: 'scorm2004', mode: 'normal', strict: false }],
		['', true, { version: 'scorm2004', mode: 'normal', strict: true }],
		['?v=scorm12&mode=review&strict=1', false, { version: 'scorm12', mode: 'review', strict: true }],
		['?mode=browse&strict=true', false, { version: 'scorm2004', mode: 'browse', strict: true }],
		// An explicit ?strict= other than 1/true turns strict mode off, whatever was stored.
		['?v=scorm12&strict=0', true, { version: 'scorm12', mode: 'normal', strict: false }],
		['?v=SCORM12&mode=Review&strict=yes', true, { version: 'scorm2004', mode: 'normal', strict: false }]
	] as const)('%s (stored strict %s)', (search, storedStrict, expected) => {
		expect(launchOptions(search, storedStrict)).toEqual(expected);
	});
});

describe('planLaunch', () => {
	it('starts attempt 1, ab-initio, when nothing is stored', () => {
		const first = { entry: 'ab-initio', attempt: 1, session: 1, carry: null, reason: 'First launch: nothing stored for this learner.' };
		expect(planLaunch('scorm12', null)).toEqual(first);
		expect(planLaunch('scorm2004', null)).toEqual(first);
	});

	it('resumes the same attempt with its data after a suspend', () => {
		const record12 = stored('scorm12', 'suspend');
		expect(planLaunch('scorm12', record12)).toEqual({
			entry: 'resume',
			attempt: 2,
			session: 4,
			carry: record12,
			reason: 'The last session set cmi.core.exit = "suspend": the attempt resumes with its data.'
		});
		const record2004 = stored('scorm2004', 'suspend');
		expect(planLaunch('scorm2004', record2004)).toMatchObject({ entry: 'resume', attempt: 2, session: 4, carry: record2004, reason: 'The last session set cmi.exit = "suspend": the attempt resumes with its data.' });
	});

	it('SCORM 1.2: any other exit keeps the attempt and its data, with an empty entry', () => {
		const record = stored('scorm12', '');
		expect(planLaunch('scorm12', record)).toEqual({
			entry: '',
			attempt: 2,
			session: 4,
			carry: record,
			reason: 'The last session left cmi.core.exit = "" (not "suspend"): SCORM 1.2 keeps the data and sends an empty entry.'
		});
	});

	it('SCORM 2004: any other exit ends the attempt; the next starts fresh', () => {
		expect(planLaunch('scorm2004', stored('scorm2004', 'normal'))).toEqual({
			entry: 'ab-initio',
			attempt: 3,
			session: 1,
			carry: null,
			reason: 'The last session left cmi.exit = "normal" (not "suspend"), which ends the attempt in SCORM 2004: attempt 3 starts with a fresh data model.'
		});
	});
});

describe('seedFor', () => {
	it('SCORM 1.2 first launch: learner, credit, mode, entry, the manifest pass mark and launch data', () => {
		const plan = planLaunch('scorm12', null);
		expect(seedFor('scorm12', plan, manifest({ mastery: 75, launchData: 'lang=en' }), 'normal')).toEqual({
			core: { student_id: 'learner_0042', student_name: 'Doe, Jane', credit: 'credit', lesson_mode: 'normal', entry: 'ab-initio' },
			student_data: { mastery_score: '75' },
			launch_data: 'lang=en'
		});
	});

	it('SCORM 1.2 resume: carries what the SCO set, sets the LMS-owned elements afresh, total time held by the LMS', () => {
		const record = stored(
			'scorm12',
			'suspend',
			{
				core: { lesson_location: 'page_3', lesson_status: 'incomplete', student_id: 'someone_else', exit: 'suspend', session_time: '0000:01:00', score: { raw: '', min: '', max: '' } },
				suspend_data: 'abc',
				launch_data: 'old',
				interactions: {}
			},
			'0000:10:00'
		);
		expect(seedFor('scorm12', planLaunch('scorm12', record), null, 'review')).toEqual({
			core: {
				lesson_location: 'page_3',
				lesson_status: 'incomplete',
				student_id: 'learner_0042',
				student_name: 'Doe, Jane',
				credit: 'credit',
				lesson_mode: 'review',
				entry: 'resume',
				total_time: '0000:10:00'
			},
			suspend_data: 'abc',
			student_data: { mastery_score: '80' }
		});
	});

	it('SCORM 1.2 after a normal exit: no entry at all', () => {
		const seed = seedFor('scorm12', planLaunch('scorm12', stored('scorm12', '', { core: { lesson_status: 'passed' } })), null, 'normal');
		expect(seed.core).toEqual({ lesson_status: 'passed', student_id: 'learner_0042', student_name: 'Doe, Jane', credit: 'credit', lesson_mode: 'normal' });
	});

	it('SCORM 2004 new attempt: the manifest objectives, pass mark, completion threshold', () => {
		const m = manifest({ schemaVersion: '2004 4th Edition', mastery: 0.75, completionThreshold: '0.8', objectiveIds: ['primary', 'lesson_a'] });
		expect(seedFor('scorm2004', planLaunch('scorm2004', null), m, 'browse')).toEqual({
			objectives: { '0': { id: 'primary' }, '1': { id: 'lesson_a' } },
			learner_id: 'learner_0042',
			learner_name: 'Jane Doe',
			credit: 'credit',
			mode: 'browse',
			scaled_passing_score: '0.75',
			entry: 'ab-initio',
			completion_threshold: '0.8'
		});
	});

	it('SCORM 2004 resume: the stored objectives stay as they were, per-session elements go, the fallback pass mark 0.8', () => {
		const record = stored(
			'scorm2004',
			'suspend',
			{ location: '/results', exit: 'suspend', session_time: 'PT1M', learner_name: 'Someone', objectives: { '0': { id: 'lesson_a', success_status: 'passed' } } },
			'PT10M'
		);
		const m = manifest({ objectiveIds: ['primary', 'lesson_a'] });
		expect(seedFor('scorm2004', planLaunch('scorm2004', record), { ...m, mastery: null }, 'normal')).toEqual({
			location: '/results',
			objectives: { '0': { id: 'lesson_a', success_status: 'passed' } },
			learner_id: 'learner_0042',
			learner_name: 'Jane Doe',
			credit: 'credit',
			mode: 'normal',
			scaled_passing_score: '0.8',
			entry: 'resume',
			total_time: 'PT10M'
		});
	});
});

describe('prune', () => {
	it('drops empty strings, nulls and the objects they empty; keeps zero and false', () => {
		expect(prune({ a: '', b: { c: null, d: { e: '' } }, f: 0, g: false, h: 'x' })).toEqual({ f: 0, g: false, h: 'x' });
		expect(prune({ a: '' })).toBeUndefined();
	});
});
