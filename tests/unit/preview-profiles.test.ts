import { describe, expect, it } from 'vitest';
import { multipartFieldBytes } from '../../scripts/package/conformance/payload.ts';
import { planLaunch, seedFor } from '../../preview/launch-plan.ts';
import { addSessionTime, durationMs } from '../../preview/lms-time.ts';
import { beaconBytes, chooseProfile, moodleFinishOverrides, moodlePassingScore, moodlePostedFields } from '../../preview/profiles.ts';
import type { ManifestInfo } from '../../preview/types.ts';

/**
 * The LMS preview's profiles (preview/profiles.ts) and how it keeps time (preview/lms-time.ts): the rules each LMS
 * applies, decided from plain records. Expected values are Moodle's and the specs', written out.
 */

describe('chooseProfile', () => {
	it.each([
		['', null, 'scorm-again'],
		['', 'moodle', 'moodle'],
		['?lms=finishes-on-unload', 'moodle', 'finishes-on-unload'],
		['?v=scorm12&lms=moodle', null, 'moodle'],
		// An unknown name in the address or in storage: the plain runtime, never a guess.
		['?lms=forma', 'blackboard', 'scorm-again'],
		['?lms=forma', 'moodle', 'moodle']
	] as const)('%s (stored %s) → %s', (search, stored, expected) => {
		expect(chooseProfile(search, stored)).toBe(expected);
	});
});

describe('Moodle', () => {
	it('takes the 2004 passing score from the LAST manifest objective, 1.0 when it has none, none without objectives', () => {
		expect(moodlePassingScore([0.8, 0.8, 0.8])).toBe(0.8);
		expect(moodlePassingScore([0.75, null])).toBe(1);
		expect(moodlePassingScore([null, 0.6])).toBe(0.6);
		expect(moodlePassingScore([])).toBeNull();
	});

	it('seeds that passing score in the Moodle profile; the plain runtime reads the primary objective', () => {
		const manifest: ManifestInfo = {
			title: 'Probe',
			identifier: 'm',
			schemaVersion: '2004 4th Edition',
			launchHref: 'index.html',
			mastery: 0.75,
			masterySource: 'primary objective',
			launchData: '',
			completionThreshold: '',
			objectiveIds: ['primary', 'lesson_one'],
			objectiveMeasures: [0.75, null],
			warnings: []
		};
		const plan = planLaunch('scorm2004', null);
		expect(seedFor('scorm2004', plan, manifest, 'normal', 'moodle').scaled_passing_score).toBe('1');
		expect(seedFor('scorm2004', plan, manifest, 'normal', 'scorm-again').scaled_passing_score).toBe('0.75');
		expect(seedFor('scorm2004', plan, { ...manifest, objectiveMeasures: [] }, 'normal', 'moodle')).not.toHaveProperty('scaled_passing_score');
	});

	it('1.2 at LMSFinish: mastery score overrides status (normal mode, credit), and "not attempted" becomes completed', () => {
		const core = (lesson_status: string, raw: string, more: Record<string, string> = {}) => ({
			core: { lesson_status, lesson_mode: 'normal', credit: 'credit', score: { raw }, ...more },
			student_data: { mastery_score: '80' }
		});
		// A paused attempt with a partial score is failed: why the course writes no score until finished.
		expect(moodleFinishOverrides('scorm12', core('incomplete', '40'))).toEqual({ 'cmi.core.lesson_status': 'failed' });
		expect(moodleFinishOverrides('scorm12', core('incomplete', '80'))).toEqual({ 'cmi.core.lesson_status': 'passed' });
		expect(moodleFinishOverrides('scorm12', core('passed', '90'))).toEqual({});
		expect(moodleFinishOverrides('scorm12', core('incomplete', ''))).toEqual({});
		expect(moodleFinishOverrides('scorm12', core('not attempted', ''))).toEqual({ 'cmi.core.lesson_status': 'completed' });
		expect(moodleFinishOverrides('scorm12', core('incomplete', '40', { credit: 'no-credit' }))).toEqual({});
		expect(moodleFinishOverrides('scorm12', core('incomplete', '40'), false)).toEqual({});
	});

	it('2004 at Terminate: the completion threshold decides completion_status from progress_measure', () => {
		const cmi = (progress_measure: string, completion_status: string) => ({ mode: 'normal', credit: 'credit', completion_threshold: '0.8', progress_measure, completion_status });
		expect(moodleFinishOverrides('scorm2004', cmi('0.5', 'completed'))).toEqual({ 'cmi.completion_status': 'incomplete' });
		expect(moodleFinishOverrides('scorm2004', cmi('0.9', 'incomplete'))).toEqual({ 'cmi.completion_status': 'completed' });
		expect(moodleFinishOverrides('scorm2004', cmi('0.9', 'completed'))).toEqual({});
		expect(moodleFinishOverrides('scorm2004', { ...cmi('0.5', 'completed'), completion_threshold: '' })).toEqual({});
	});

	it('posts every value the SCO can write (1.2 without session_time), as multipart form data sized like the lms-payload rule', () => {
		const fields = moodlePostedFields('scorm12', {
			core: { lesson_status: 'incomplete', session_time: '00:01:00', total_time: '00:10:00', student_name: 'Doe, Jane', lesson_location: '' },
			suspend_data: 'é',
			interactions: { '0': { id: 'q1', result: 'correct' } }
		});
		expect(fields).toEqual([
			['cmi__core__lesson_status', 'incomplete'],
			['cmi__suspend_data', 'é'],
			['cmi__interactions__0__id', 'q1'],
			['cmi__interactions__0__result', 'correct']
		]);
		expect(moodlePostedFields('scorm2004', { session_time: 'PT1M', total_time: 'PT10M', learner_id: 'x' })).toEqual([['cmi__session_time', 'PT1M']]);
		// The same encoding as check:scorm's measure (its own formula): each field, the unloading marker, the end.
		const end = Buffer.byteLength(`------WebKitFormBoundary${'x'.repeat(16)}--\r\n`);
		expect(beaconBytes(fields)).toBe(fields.reduce((n, [k, v]) => n + multipartFieldBytes(k, v), 0) + multipartFieldBytes('unloading', '1') + end);
	});
});

describe('time as an LMS keeps it', () => {
	it('reads both versions’ session times', () => {
		expect(durationMs('00:01:05')).toBe(65_000);
		expect(durationMs('0001:01:05.5')).toBe(3_665_500);
		expect(durationMs('PT1M5.25S')).toBe(65_250);
		expect(durationMs('PT1H')).toBe(3_600_000);
		expect(durationMs('P1DT1S')).toBe(86_401_000);
		expect(durationMs('PT0H0M0S')).toBe(0);
		for (const bad of ['', 'P', 'PT', '1:00:00', 'PT1.234.5S', 'soon']) expect(durationMs(bad), bad).toBe(0);
	});

	it('adds the last session time to the total held at launch, once', () => {
		expect(addSessionTime('scorm12', '00:10:00', '00:01:05.5')).toBe('00:11:05.5');
		expect(addSessionTime('scorm12', '', '')).toBe('00:00:00');
		expect(addSessionTime('scorm2004', 'PT10M', 'PT1M5S')).toBe('PT11M5S');
		expect(addSessionTime('scorm2004', '', 'PT0H0M0S')).toBe('PT0S');
	});
});
