import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { bindApi, isScormTrue, type ScormApi12, type ScormApi2004 } from './api.ts';
import {
	dataModel,
	interactionPath,
	objectivePath,
	SCORM_VERSIONS,
	type InteractionFields,
	type ObjectiveFields,
	type Paths,
	type ScormVersion
} from './data-model.ts';
import { unusedFacts } from './data-model.testutil.ts';
import { startLms } from '../scorm-again.testutil.ts';
import { timespan } from './time.ts';

describe('interactionPath and objectivePath', () => {
	it.each<[ScormVersion, number, keyof InteractionFields, string | null]>([
		['scorm12', 0, 'id', 'cmi.interactions.0.id'],
		['scorm12', 3, 'timestamp', 'cmi.interactions.3.time'],
		['scorm12', 3, 'learnerResponse', 'cmi.interactions.3.student_response'],
		['scorm12', 1, 'correctPattern', 'cmi.interactions.1.correct_responses.0.pattern'],
		['scorm12', 1, 'description', null],
		['scorm2004', 12, 'timestamp', 'cmi.interactions.12.timestamp'],
		['scorm2004', 0, 'learnerResponse', 'cmi.interactions.0.learner_response'],
		['scorm2004', 0, 'description', 'cmi.interactions.0.description'],
		['scorm2004', 2, 'latency', 'cmi.interactions.2.latency']
	])('%s interaction %d %s → %s', (version, n, field, expected) => {
		expect(interactionPath(version, n, field)).toBe(expected);
	});

	it.each<[ScormVersion, keyof ObjectiveFields, string | null]>([
		['scorm12', 'status', 'cmi.objectives.0.status'],
		['scorm12', 'successStatus', null],
		['scorm12', 'scoreScaled', null],
		['scorm2004', 'status', null],
		['scorm2004', 'successStatus', 'cmi.objectives.0.success_status'],
		['scorm2004', 'completionStatus', 'cmi.objectives.0.completion_status'],
		['scorm2004', 'scoreScaled', 'cmi.objectives.0.score.scaled']
	])('%s objective %s → %s', (version, field, expected) => {
		expect(objectivePath(version, 0, field)).toBe(expected);
	});

	it.each([-1, 1.5, NaN, Infinity])('rejects index %d', (n) => {
		expect(() => interactionPath('scorm12', n, 'id')).toThrow(RangeError);
		expect(() => objectivePath('scorm2004', n, 'id')).toThrow(RangeError);
	});
});

/** A valid value for each writable element; read-only ones are read instead. */
const samples: Record<ScormVersion, Partial<Record<keyof Paths, string>>> = {
	scorm12: {
		lessonStatus: 'incomplete',
		scoreRaw: '85',
		scoreMin: '0',
		scoreMax: '100',
		suspendData: 'v1|abc',
		location: '#/lesson/2',
		exit: 'suspend',
		sessionTime: timespan('scorm12', 90_500)
	},
	scorm2004: {
		completionStatus: 'incomplete',
		successStatus: 'passed',
		scoreRaw: '85',
		scoreMin: '0',
		scoreMax: '100',
		scoreScaled: '0.85',
		suspendData: 'v1|abc',
		location: '#/lesson/2',
		exit: 'suspend',
		sessionTime: timespan('scorm2004', 90_500),
		progressMeasure: '0.5'
	}
};

describe('scorm-again knows every path', () => {
	it.each(SCORM_VERSIONS)('%s: writable paths accept a valid value, the rest can be read', (version) => {
		const lms = startLms(version);
		const problems: string[] = [];
		const paths = { ...dataModel[version].paths, ...unusedFacts[version].paths };
		for (const [key, path] of Object.entries(paths) as [keyof Paths, string | null][]) {
			if (path === null) continue;
			const sample = samples[version][key];
			if (sample !== undefined) {
				const error = lms.set(path, sample);
				if (error !== '0') problems.push(`set ${path}: ${error}`);
			} else {
				lms.get(path);
				// 403 = "value not initialized" (2004): the element exists, the LMS just has no value for it.
				const error = lms.lastError();
				if (error !== '0' && error !== '403') problems.push(`get ${path}: ${error}`);
			}
		}
		expect(problems).toEqual([]);
	});

	it.each(SCORM_VERSIONS)('%s: every interaction field, written in table order', (version) => {
		const lms = startLms(version);
		const values: Record<keyof InteractionFields, string> = {
			id: 'q1',
			type: 'true-false',
			timestamp: version === 'scorm12' ? '10:05:09' : '2026-11-24T10:05:09.60Z',
			learnerResponse: dataModel[version].vocabulary.true,
			correctPattern: dataModel[version].vocabulary.false,
			result: dataModel[version].vocabulary.resultIncorrect,
			latency: timespan(version, 12_340),
			weighting: '1',
			description: 'Is baclofen a muscle relaxant?',
			objectiveId: 'lesson_1'
		};
		const problems: string[] = [];
		for (const field of Object.keys(values) as (keyof InteractionFields)[]) {
			const path = interactionPath(version, 0, field);
			if (path === null) continue;
			const error = lms.set(path, values[field]);
			if (error !== '0') problems.push(`${path}: ${error}`);
		}
		expect(problems).toEqual([]);
	});

	it.each(SCORM_VERSIONS)('%s: every objective field', (version) => {
		const lms = startLms(version);
		const values: Record<keyof ObjectiveFields, string> = {
			id: 'lesson_1',
			status: 'passed',
			successStatus: 'passed',
			completionStatus: 'completed',
			scoreRaw: '80',
			scoreMin: '0',
			scoreMax: '100',
			scoreScaled: '0.8',
			progressMeasure: '1',
			description: 'What is baclofen?'
		};
		const problems: string[] = [];
		for (const field of Object.keys(values) as (keyof ObjectiveFields)[]) {
			const path = objectivePath(version, 0, field);
			if (path === null) continue;
			const error = lms.set(path, values[field]);
			if (error !== '0') problems.push(`${path}: ${error}`);
		}
		expect(problems).toEqual([]);
	});

	it.each(SCORM_VERSIONS)('%s: the exit vocabulary is accepted', (version) => {
		const { vocabulary, paths } = dataModel[version];
		expect(startLms(version).set(paths.exit, vocabulary.exitSuspend)).toBe('0');
		expect(startLms(version).set(paths.exit, vocabulary.exitNormal)).toBe('0');
	});

	it('has the API methods the table names', () => {
		const apis = { scorm12: new Scorm12API({ logLevel: 5 }), scorm2004: new Scorm2004API({ logLevel: 5 }) };
		for (const version of SCORM_VERSIONS) {
			for (const method of Object.values(dataModel[version].methods)) {
				expect(typeof (apis[version] as unknown as Record<string, unknown>)[method], method).toBe('function');
			}
		}
	});
});

describe('limits and error codes agree with scorm-again', () => {
	// Written out from the specs (RTE 1.2 CMIString4096 / CMIString255; 2004 SPMs): scorm-again relaxes some of them.
	it('has the spec limits', () => {
		expect(dataModel.scorm12.limits).toMatchObject({ suspendData: 4096, location: 255, interactionId: 255 });
		expect(dataModel.scorm2004.limits).toMatchObject({ suspendData: 64000, location: 1000, interactionId: 4000, description: 250, interactions: 250, objectives: 100 });
	});

	it.each<[ScormVersion, keyof Paths & ('location' | 'suspendData'), string]>([
		['scorm12', 'location', '405'],
		['scorm2004', 'location', '406'],
		['scorm2004', 'suspendData', '406']
	])('%s %s: the limit is accepted, one more character is refused', (version, key, error) => {
		const path = dataModel[version].paths[key];
		const limit = dataModel[version].limits[key];
		expect(startLms(version).set(path, 'x'.repeat(limit))).toBe('0');
		expect(startLms(version).set(path, 'x'.repeat(limit + 1))).toBe(error);
	});

	it('1.2 suspend_data: scorm-again accepts more than 4096 (relaxed); the spec and Moodle strict mode do not', () => {
		expect(startLms('scorm12').set('cmi.suspend_data', 'x'.repeat(4097))).toBe('0');
	});

	it.each<[ScormVersion, number]>([
		['scorm12', 255],
		['scorm2004', 4000]
	])('%s interaction id up to %d characters', (version, limit) => {
		expect(dataModel[version].limits.interactionId).toBe(limit);
		expect(startLms(version).set('cmi.interactions.0.id', 'x'.repeat(limit))).toBe('0');
		expect(startLms(version).set('cmi.interactions.0.id', 'x'.repeat(limit + 1))).not.toBe('0');
	});

	it('error codes', () => {
		const lms12 = startLms('scorm12');
		lms12.set('cmi.interactions.0.id', 'q1');
		lms12.get('cmi.interactions.0.id');
		expect(Number(lms12.lastError())).toBe(unusedFacts.scorm12.errors.writeOnly);
		expect(Number(lms12.set('cmi.core.session_time', '1:2:3'))).toBe(unusedFacts.scorm12.errors.typeMismatch);

		const lms2004 = startLms('scorm2004');
		lms2004.get('cmi.location');
		expect(Number(lms2004.lastError())).toBe(dataModel.scorm2004.errors.valueNotInitialized);
		lms2004.get('cmi.exit');
		expect(Number(lms2004.lastError())).toBe(unusedFacts.scorm2004.errors.writeOnly);
		expect(Number(lms2004.set('cmi.session_time', '00:01:30'))).toBe(unusedFacts.scorm2004.errors.typeMismatch);
		expect(Number(lms2004.set('cmi.interactions.0.type', 'choice'))).toBe(
			unusedFacts.scorm2004.errors.dependencyNotEstablished
		);
	});
});

describe('bindApi', () => {
	it('drives scorm-again 1.2 through the common calls', () => {
		const api: ScormApi12 = new Scorm12API({ logLevel: 5 });
		const lms = bindApi('scorm12', api);
		expect(lms.version).toBe('scorm12');
		expect(lms.initialize()).toBe(true);
		expect(lms.setValue('cmi.core.lesson_location', '#/lesson/3')).toBe(true);
		expect(lms.getValue('cmi.core.lesson_location')).toBe('#/lesson/3');
		expect(lms.setValue('cmi.core.session_time', 'nonsense')).toBe(false);
		expect(lms.getLastError()).toBe(405);
		expect(lms.getErrorString(405)).toMatch(/\S/);
		expect(typeof lms.getDiagnostic(405)).toBe('string');
		expect(lms.commit()).toBe(true);
		expect(lms.terminate()).toBe(true);
	});

	it('drives scorm-again 2004 through the common calls', () => {
		const api: ScormApi2004 = new Scorm2004API({ logLevel: 5 });
		const lms = bindApi('scorm2004', api);
		expect(lms.initialize()).toBe(true);
		expect(lms.getValue('cmi.location')).toBe('');
		expect(lms.getLastError()).toBe(403);
		expect(lms.setValue('cmi.location', '#/lesson/3')).toBe(true);
		expect(lms.getLastError()).toBe(0);
		expect(lms.getValue('cmi.location')).toBe('#/lesson/3');
		expect(lms.commit()).toBe(true);
		expect(lms.terminate()).toBe(true);
	});

	it('normalises what sloppy LMSs return', () => {
		let lastError: unknown = 0;
		const sloppy = {
			calls: [] as string[],
			Initialize(this: { calls: string[] }, p: string) {
				this.calls.push(`Initialize(${JSON.stringify(p)})`); // uses `this`: must be called as a method
				return true;
			},
			Terminate: () => 'false',
			GetValue: (path: string) => (path === 'cmi.score.raw' ? 85 : null),
			SetValue: () => undefined,
			Commit: () => 'TRUE',
			GetLastError: () => lastError,
			GetErrorString: () => undefined,
			GetDiagnostic: () => 42
		};
		const lms = bindApi('scorm2004', sloppy as unknown as ScormApi2004);
		expect(lms.initialize()).toBe(true);
		expect(sloppy.calls).toEqual(['Initialize("")']);
		expect(lms.terminate()).toBe(false);
		expect(lms.getValue('cmi.score.raw')).toBe('85');
		expect(lms.getValue('cmi.location')).toBe('');
		expect(lms.setValue('cmi.location', 'x')).toBe(false);
		expect(lms.commit()).toBe(false); // only "true" is true
		expect(lms.getLastError()).toBe(0);
		lastError = '';
		expect(lms.getLastError()).toBe(0);
		lastError = '351';
		expect(lms.getLastError()).toBe(351);
		lastError = 'oops';
		expect(lms.getLastError()).toBe(101);
		expect(lms.getErrorString(1)).toBe('');
		expect(lms.getDiagnostic(1)).toBe('42');
	});

	it('says which method is missing', () => {
		const lms = bindApi('scorm12', { LMSInitialize: () => 'true' } as unknown as ScormApi12);
		expect(() => lms.commit()).toThrow(/LMSCommit/);
	});

	it('isScormTrue', () => {
		expect([true, 'true'].map(isScormTrue)).toEqual([true, true]);
		expect([false, 'false', '', 'TRUE', 1, null, undefined].map(isScormTrue)).toEqual(Array(7).fill(false));
	});
});
