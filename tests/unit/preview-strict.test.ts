import { describe, expect, it } from 'vitest';
import { strictCheck } from '../../preview/strict.ts';

/**
 * The LMS preview's strict mode (preview/strict.ts): what it refuses, with which code and diagnostic, and what it lets
 * through to scorm-again. Diagnostics are written out in full.
 */

const typed = (type: string) => () => type;
const R12 = 'CMI 1.2: single characters 0-9 / a-z joined by "," (choice, sequencing), x.y pairs (matching), t/f, at most 255 characters';
const R2004 = 'tokens of [A-Za-z0-9_.] (Moodle rejects hyphens) joined by "[,]", source[.]target pairs (matching), true/false, fill-in strings of at most 250 characters';

describe('sizes from the data model', () => {
	it('refuses 1.2 suspend_data over 4096 characters (405), takes 4096', () => {
		expect(strictCheck('scorm12', 'cmi.suspend_data', 'x'.repeat(4097), typed(''))).toEqual({
			code: '405',
			diagnostic: 'Strict LMS: cmi.suspend_data is 4097 characters. Limit: at most 4096 characters (CMIString4096).'
		});
		expect(strictCheck('scorm12', 'cmi.suspend_data', 'x'.repeat(4096), typed(''))).toBeNull();
	});

	it('refuses a 2004 location over 1000 characters (406), takes 1000', () => {
		expect(strictCheck('scorm2004', 'cmi.location', 'x'.repeat(1001), typed(''))).toEqual({
			code: '406',
			diagnostic: 'Strict LMS: cmi.location is 1001 characters. Limit: at most 1000 characters (characterstring SPM 1000).'
		});
		expect(strictCheck('scorm2004', 'cmi.location', 'x'.repeat(1000), typed(''))).toBeNull();
	});
});

describe('ranges and times', () => {
	it('1.2 scores 0–100, empty allowed; 2004 scaled −1…1 with 407', () => {
		expect(strictCheck('scorm12', 'cmi.core.score.raw', '', typed(''))).toBeNull();
		expect(strictCheck('scorm12', 'cmi.objectives.2.score.max', '100', typed(''))).toBeNull();
		expect(strictCheck('scorm12', 'cmi.core.score.raw', '120', typed(''))).toEqual({ code: '405', diagnostic: 'Strict LMS: cmi.core.score.raw 120 is out of range. Limit: 0 to 100.' });
		expect(strictCheck('scorm2004', 'cmi.score.scaled', '1.5', typed(''))).toEqual({ code: '407', diagnostic: 'Strict LMS: cmi.score.scaled 1.5 is out of range. Limit: -1 to 1.' });
		expect(strictCheck('scorm2004', 'cmi.objectives.0.progress_measure', '0,5', typed(''))).toEqual({
			code: '406',
			diagnostic: 'Strict LMS: cmi.objectives.0.progress_measure "0,5" is not a decimal number. Limit: a real number with "." as the separator.'
		});
	});

	it('2004 timestamps with 3 fractional digits; 1.2 latency with one hour digit', () => {
		expect(strictCheck('scorm2004', 'cmi.interactions.0.timestamp', '2026-11-24T10:05:09.999Z', typed(''))).toEqual({
			code: '406',
			diagnostic: 'Strict LMS: cmi.interactions.0.timestamp "2026-11-24T10:05:09.999Z" has 3 fractional digits. Limit: YYYY-MM-DDThh:mm:ss.ssZ, at most 2 fractional digits, a zone only after them.'
		});
		expect(strictCheck('scorm2004', 'cmi.interactions.0.timestamp', '2026-11-24T10:05:09.99Z', typed(''))).toBeNull();
		expect(strictCheck('scorm12', 'cmi.interactions.0.latency', '0:00:04', typed(''))).toEqual({
			code: '405',
			diagnostic: 'Strict LMS: cmi.interactions.0.latency "0:00:04" is not a CMITimespan. Limit: HHHH:MM:SS.SS (2 to 4 hour digits, at most 2 fractional digits).'
		});
	});
});

describe('identifiers and responses', () => {
	it('refuses ids with spaces in both versions', () => {
		expect(strictCheck('scorm12', 'cmi.interactions.1.id', 'question one', typed(''))).toEqual({
			code: '405',
			diagnostic: 'Strict LMS: cmi.interactions.1.id "question one" has a space or a character outside printable ASCII. Limit: CMIIdentifier: printable ASCII without spaces, 1 to 255 characters.'
		});
		expect(strictCheck('scorm2004', 'cmi.interactions.1.objectives.0.id', 'two words', typed(''))).toEqual({
			code: '406',
			diagnostic: 'Strict LMS: cmi.interactions.1.objectives.0.id "two words" contains whitespace. Limit: long_identifier_type: no whitespace, a URN if it starts with urn:, at most 4000 characters.'
		});
	});

	it('refuses a 2004 objective id with whitespace, a 1.2 one over 255 characters', () => {
		expect(strictCheck('scorm2004', 'cmi.objectives.0.id', 'a b', typed(''))?.code).toBe('406');
		expect(strictCheck('scorm12', 'cmi.objectives.0.id', 'o'.repeat(256), typed(''))).toEqual({
			code: '405',
			diagnostic: 'Strict LMS: cmi.objectives.0.id is 256 characters. Limit: CMIIdentifier: printable ASCII without spaces, 1 to 255 characters.'
		});
		expect(strictCheck('scorm12', 'cmi.objectives.0.id', 'o'.repeat(255), typed(''))).toBeNull();
	});

	it('1.2 likert and numeric (from the preview) and token counting (from the conformance rules) in one module', () => {
		expect(strictCheck('scorm12', 'cmi.interactions.0.student_response', '', typed('likert'))).toBeNull();
		expect(strictCheck('scorm12', 'cmi.interactions.0.student_response', 'ab', typed('likert'))?.diagnostic).toBe(
			`Strict LMS: cmi.interactions.0.student_response "ab" is not one character 0-9 or a-z (likert). Limit: ${R12}.`
		);
		expect(strictCheck('scorm12', 'cmi.interactions.0.student_response', '2,5', typed('numeric'))?.diagnostic).toBe(
			`Strict LMS: cmi.interactions.0.student_response "2,5" is not a decimal number (numeric). Limit: ${R12}.`
		);
		const tokens = (n: number) => Array.from({ length: n }, () => 'a').join(',');
		expect(strictCheck('scorm12', 'cmi.interactions.0.student_response', tokens(36), typed('sequencing'))).toBeNull();
		expect(strictCheck('scorm12', 'cmi.interactions.0.student_response', tokens(37), typed('sequencing'))?.diagnostic).toBe(
			`Strict LMS: cmi.interactions.0.student_response 37 tokens (sequencing). Limit: ${R12}.`
		);
	});

	it('judges a response by the interaction type the LMS holds for that record', () => {
		const asked: string[] = [];
		const heldType = (n: string) => (asked.push(n), 'choice');
		expect(strictCheck('scorm2004', 'cmi.interactions.3.learner_response', 'a-b', heldType)).toEqual({
			code: '406',
			diagnostic: `Strict LMS: cmi.interactions.3.learner_response token "a-b" has characters outside [A-Za-z0-9_.] (choice). Limit: ${R2004}.`
		});
		expect(asked).toEqual(['3']);
		expect(strictCheck('scorm2004', 'cmi.interactions.3.learner_response', 'a-b', typed('other'))).toBeNull();
		expect(strictCheck('scorm12', 'cmi.interactions.0.student_response', 'a-b', typed('choice'))).toEqual({
			code: '405',
			diagnostic: `Strict LMS: cmi.interactions.0.student_response token "a-b" is not one character 0-9 or a-z (choice). Limit: ${R12}.`
		});
	});

	it('2004 numeric: a range is a valid pattern, not a valid learner response', () => {
		expect(strictCheck('scorm2004', 'cmi.interactions.0.correct_responses.0.pattern', '1[:]5', typed('numeric'))).toBeNull();
		expect(strictCheck('scorm2004', 'cmi.interactions.0.learner_response', '1[:]5', typed('numeric'))).toEqual({
			code: '406',
			diagnostic: `Strict LMS: cmi.interactions.0.learner_response "1[:]5" is not a decimal number (numeric). Limit: ${R2004}.`
		});
	});

	it('the conformance formats decide: 1.2 braces, an empty 2004 choice, 37 matching pairs are refused', () => {
		expect(strictCheck('scorm12', 'cmi.interactions.0.correct_responses.0.pattern', '{a,b}', typed('choice'))?.diagnostic).toBe(
			`Strict LMS: cmi.interactions.0.correct_responses.0.pattern token "{a" is not one character 0-9 or a-z (choice). Limit: ${R12}.`
		);
		expect(strictCheck('scorm2004', 'cmi.interactions.0.learner_response', '', typed('choice'))?.diagnostic).toBe(
			`Strict LMS: cmi.interactions.0.learner_response token "" has characters outside [A-Za-z0-9_.] (choice). Limit: ${R2004}.`
		);
		const pairs = Array.from({ length: 37 }, (_, i) => `s${i}[.]t`).join('[,]');
		expect(strictCheck('scorm2004', 'cmi.interactions.0.learner_response', pairs, typed('matching'))?.diagnostic).toBe(
			`Strict LMS: cmi.interactions.0.learner_response 37 pairs (matching). Limit: ${R2004}.`
		);
	});

	it('lets other elements through to scorm-again', () => {
		expect(strictCheck('scorm2004', 'cmi.exit', 'suspend', typed(''))).toBeNull();
		expect(strictCheck('scorm12', 'cmi.core.lesson_status', 'whatever', typed(''))).toBeNull();
	});
});
