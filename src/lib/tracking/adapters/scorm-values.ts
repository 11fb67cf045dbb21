import { dataModel, type InteractionFields, type ObjectiveFields, type Paths, type ScormVersion } from '../scorm/data-model.ts';
import { objectiveId, SAFETY_OBJECTIVE_ID } from '../scorm/ids.ts';
import { correctPattern, interactionId, interactionType, learnerResponse, resultValue } from '../scorm/responses.ts';
import { interactionTime } from '../scorm/time.ts';
import type { AnswerRecord, Checkpoint } from '../tracker.ts';

/**
 * What the course tells an LMS, as data-model values: an answer → one interaction record, a checkpoint → the course's
 * status and score and one record per objective. Pure (no API, no state), so every value can be tested as written.
 *
 * Only what LMS reports read is written (Moodle's interaction report: id, response, correct pattern, result), because
 * an LMS like Moodle posts the WHOLE data model on every save, and once the page closes as one beacon that Chromium
 * refuses past 64 KiB: each field is paid for once per question on every commit (see check:scorm's lms-payload).
 */

type Outcome = 'passed' | 'failed' | 'incomplete';

/** Finished (or can no longer change) and passed, finished and failed, or not finished yet. */
export function outcome(done: boolean, passed: boolean): Outcome {
	return done ? (passed ? 'passed' : 'failed') : 'incomplete';
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * One interaction's fields, in the order they must be written: 2004 requires id, then type, before any other field
 * (408 otherwise). Throws a ScormFormatError when a value cannot be formatted for this version.
 */
export function interactionValues(version: ScormVersion, record: AnswerRecord): Array<[keyof InteractionFields, string]> {
	return [
		['id', interactionId(record.item.id)],
		['type', interactionType(record.item)],
		['timestamp', interactionTime(version, record.shownAt)],
		['learnerResponse', learnerResponse(version, record.item, record.response)],
		['correctPattern', correctPattern(version, record.item)],
		['result', resultValue(version, record.correct)]
	];
}

/**
 * The course-level elements of a checkpoint, by data-model path name (a name this version lacks maps to null in the
 * table and is skipped by the writer). A score only for a finished attempt: LMSs take any score they hold as the
 * result. Moodle's 1.2 "mastery score overrides status" turns a paused attempt below the mastery score into
 * `failed` (reopened in review mode, without credit), and gradebooks show a partial score as a grade.
 */
export function courseValues(cp: Checkpoint, completionThreshold: number | null): Array<[keyof Paths, string]> {
	const status = outcome(cp.completed, cp.passed);
	const complete = completionThreshold === null ? cp.completed : cp.progress >= completionThreshold;
	const score: Array<[keyof Paths, string]> = cp.completed
		? [
				['scoreMin', '0'],
				['scoreMax', '100'],
				['scoreRaw', String(cp.scorePercent)],
				['scoreScaled', String(cp.scorePercent / 100)]
			]
		: [];
	// 1.2 has lesson_status where 2004 has progress, completion and success.
	return [
		...score,
		['lessonStatus', status],
		['progressMeasure', String(round(cp.progress))],
		['completionStatus', complete ? 'completed' : 'incomplete'],
		['successStatus', status === 'incomplete' ? 'unknown' : status]
	];
}

export interface ObjectiveResult {
	id: string;
	percent: number;
	status: Outcome;
}

/**
 * One objective per lesson the learner has started (and the final check), judged against the pass mark, and the
 * safety essentials as an objective of their own, so a training manager sees them apart from the score: passed once
 * every must-know item has been answered correctly, failed when one can no longer be (no tries left).
 */
export function objectiveResults(cp: Checkpoint, passMark: number): ObjectiveResult[] {
	const lessons = cp.lessons
		.filter((lesson) => lesson.answered > 0)
		.map((lesson) => ({
			id: objectiveId(lesson.slug),
			percent: lesson.scorePercent,
			status: outcome(lesson.answered === lesson.total, lesson.scorePercent >= passMark)
		}));
	const m = cp.mustKnow;
	if (!m) return lessons;
	return [...lessons, { id: SAFETY_OBJECTIVE_ID, percent: Math.round((m.known / m.total) * 100), status: outcome(m.known === m.total || m.blocked > 0, m.known === m.total) }];
}

/** One objective's fields (names this version lacks map to null in the table and are skipped by the writer). */
export function objectiveValues(objective: ObjectiveResult): Array<[keyof ObjectiveFields, string]> {
	const open = objective.status === 'incomplete';
	return [
		['id', objective.id],
		['scoreRaw', String(objective.percent)],
		['scoreScaled', String(objective.percent / 100)],
		['status', objective.status],
		['completionStatus', open ? 'incomplete' : 'completed'],
		['successStatus', open ? 'unknown' : objective.status]
	];
}

/** cmi.(core.)exit: keep the attempt open for resume until the course is finished. */
export function exitValue(version: ScormVersion, completed: boolean): string {
	const words = dataModel[version].vocabulary;
	return completed ? words.exitNormal : words.exitSuspend;
}
