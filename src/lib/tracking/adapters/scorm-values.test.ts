import { describe, expect, it } from 'vitest';
import { miniItems } from '../../../../tests/fixtures/conformance/mini-course.ts';
import type { Checkpoint } from '../tracker.ts';
import { courseValues, exitValue, interactionValues, objectiveResults, objectiveValues } from './scorm-values.ts';

/** The values the adapter writes, without an LMS: each expected value is written out as an LMS must receive it. */

const at = Date.UTC(2026, 10, 24, 10, 5, 9, 600);

function checkpoint(overrides: Partial<Checkpoint> = {}): Checkpoint {
	return {
		saved: '{}',
		location: '/lesson/first-lesson',
		scorePercent: 50,
		progress: 0.5,
		completed: false,
		passed: false,
		lessons: [
			{ slug: 'first-lesson', title: 'First', answered: 2, total: 2, scorePercent: 100 },
			{ slug: 'second-lesson', title: 'Second', answered: 1, total: 2, scorePercent: 50 },
			{ slug: 'third-lesson', title: 'Third', answered: 0, total: 2, scorePercent: 0 }
		],
		mustKnow: { total: 2, known: 1, blocked: 0 },
		...overrides
	};
}

describe('interactionValues', () => {
	it('writes id and type first, then time, response, correct pattern and result, in each version\'s words', () => {
		const record = { item: miniItems.multiple!, lessonSlug: 'first-lesson', response: ['a', 'b'], correct: false, shownAt: at, answeredAt: at + 4000 };
		expect(interactionValues('scorm12', record)).toEqual([
			['id', 'mini_multiple'],
			['type', 'choice'],
			['timestamp', '10:05:09'],
			['learnerResponse', 'a,b'],
			['correctPattern', 'a,c'],
			['result', 'wrong']
		]);
		expect(interactionValues('scorm2004', record)).toEqual([
			['id', 'mini_multiple'],
			['type', 'choice'],
			['timestamp', '2026-11-24T10:05:09.60Z'],
			['learnerResponse', 'a[,]b'],
			['correctPattern', 'a[,]c'],
			['result', 'incorrect']
		]);
	});

	it('answers true/false in 1.2 single letters and 2004 words', () => {
		const record = { item: miniItems.trueFalse!, lessonSlug: 'first-lesson', response: true, correct: true, shownAt: at, answeredAt: at };
		expect(interactionValues('scorm12', record).slice(3)).toEqual([['learnerResponse', 't'], ['correctPattern', 't'], ['result', 'correct']]);
		expect(interactionValues('scorm2004', record).slice(3)).toEqual([['learnerResponse', 'true'], ['correctPattern', 'true'], ['result', 'correct']]);
	});
});

describe('courseValues', () => {
	it('sends no score while the attempt is unfinished: status incomplete, success unknown, progress only', () => {
		expect(courseValues(checkpoint(), null)).toEqual([
			['lessonStatus', 'incomplete'],
			['progressMeasure', '0.5'],
			['completionStatus', 'incomplete'],
			['successStatus', 'unknown']
		]);
	});

	it('sends the score with the final status once finished', () => {
		expect(courseValues(checkpoint({ completed: true, passed: false, scorePercent: 71, progress: 1 }), null)).toEqual([
			['scoreMin', '0'],
			['scoreMax', '100'],
			['scoreRaw', '71'],
			['scoreScaled', '0.71'],
			['lessonStatus', 'failed'],
			['progressMeasure', '1'],
			['completionStatus', 'completed'],
			['successStatus', 'failed']
		]);
	});

	it('lets an LMS completion threshold decide completion, not the score', () => {
		expect(courseValues(checkpoint({ progress: 0.75 }), 0.7)).toContainEqual(['completionStatus', 'completed']);
		expect(courseValues(checkpoint({ progress: 0.75 }), 0.8)).toContainEqual(['completionStatus', 'incomplete']);
	});
});

describe('objectiveResults and objectiveValues', () => {
	it('reports started lessons against the pass mark and the safety essentials apart', () => {
		expect(objectiveResults(checkpoint(), 80)).toEqual([
			{ id: 'lesson_first_lesson', percent: 100, status: 'passed' },
			{ id: 'lesson_second_lesson', percent: 50, status: 'incomplete' },
			{ id: 'safety_essentials', percent: 50, status: 'incomplete' }
		]);
	});

	it('fails the safety essentials once a must-know question has no tries left, passes them when all are known', () => {
		const safety = (mustKnow: Checkpoint['mustKnow']) => objectiveResults(checkpoint({ mustKnow }), 80).at(-1);
		expect(safety({ total: 2, known: 1, blocked: 1 })).toEqual({ id: 'safety_essentials', percent: 50, status: 'failed' });
		expect(safety({ total: 2, known: 2, blocked: 0 })).toEqual({ id: 'safety_essentials', percent: 100, status: 'passed' });
		expect(objectiveResults(checkpoint({ mustKnow: null }), 80).map((o) => o.id)).not.toContain('safety_essentials');
	});

	it('writes an objective as id, raw and scaled score and its status', () => {
		expect(objectiveValues({ id: 'lesson_x', percent: 75, status: 'failed' })).toEqual([
			['id', 'lesson_x'],
			['scoreRaw', '75'],
			['scoreScaled', '0.75'],
			['status', 'failed'],
			['completionStatus', 'completed'],
			['successStatus', 'failed']
		]);
	});
});

describe('exitValue', () => {
	it('suspends until finished; then 1.2 exits with "" and 2004 with normal', () => {
		expect([exitValue('scorm12', false), exitValue('scorm12', true)]).toEqual(['suspend', '']);
		expect([exitValue('scorm2004', false), exitValue('scorm2004', true)]).toEqual(['suspend', 'normal']);
	});
});
