import type { Course, QuizItem } from '../../../src/lib/content/types.ts';
import type { restoreProgress, serializeProgress } from '../../../src/lib/state/progress.ts';
import type { ScormVersion } from '../../../src/lib/tracking/scorm/data-model.ts';
import type { correctPattern, interactionId, learnerResponse } from '../../../src/lib/tracking/scorm/responses.ts';
import type { interactionTime, timespan } from '../../../src/lib/tracking/scorm/time.ts';

/**
 * The strict conformance check's vocabulary: an input (what the course and its packages would send to an LMS), rules
 * that look at it, and failures that each name the thing at fault and the limit it breaks.
 */

export type { ScormVersion };

/** One package as it is about to be zipped. */
export interface PackageUnderCheck {
	version: ScormVersion;
	/** imsmanifest.xml as generated. */
	manifest: string;
	/** Every path inside the zip, imsmanifest.xml included. */
	entries: string[];
}

/** One question as the adapter reports it: the item and the objective (lesson slug, or "final") it counts towards. */
export interface ReportedItem {
	item: QuizItem;
	/** Reported under `objectiveId(lesson)`: the lesson's slug, or "final" for the final check. */
	lesson: string;
	/** Final-check copies: the lesson the question was copied from (the draw takes `perLesson` from each). */
	drawnFrom?: string;
}

/** An objective the adapter writes at run time. */
export interface ReportedObjective {
	id: string;
}

/**
 * The functions that turn course data into LMS values: the very ones the adapter and the course state use. Carried in
 * the input so a rule's test can swap one for a broken version and see the rule catch it.
 */
export interface Formatters {
	interactionId: typeof interactionId;
	correctPattern: typeof correctPattern;
	learnerResponse: typeof learnerResponse;
	interactionTime: typeof interactionTime;
	timespan: typeof timespan;
	serializeProgress: typeof serializeProgress;
	restoreProgress: typeof restoreProgress;
}

export interface ConformanceInput {
	course: Pick<Course, 'settings' | 'lessons' | 'fingerprint'>;
	/** Every question the learner can answer: lesson questions and the final check's copies. */
	items: ReportedItem[];
	/** Every in-course path the course can bookmark (`/lesson/<slug>/quiz/<n>`, `/results`, …). */
	routes: string[];
	/** Route patterns with a parameter the input builder cannot enumerate (so their bookmarks are unchecked). */
	unresolvedRoutes: string[];
	objectives: ReportedObjective[];
	packages: PackageUnderCheck[];
	format: Formatters;
}

/** One broken limit. The report prints `[version] subject: found — limit: limit`. */
export interface Failure {
	/** What is at fault: `item what_is_q2 (what-is-baclofen)`, `cmi.suspend_data`, `route /lesson/…`, a file, an id. */
	subject: string;
	/** The package version whose limit is broken; absent when the limit is the same for both. */
	version?: ScormVersion;
	/** What was found: the measured length, the offending value. */
	found: string;
	/** The limit, with the data-model element or schema rule it comes from. */
	limit: string;
}

export interface Rule {
	id: string;
	description: string;
	check(input: ConformanceInput): Failure[];
	/** The headroom, for the report (`2734 of 4096 characters`): how close the course is to the limit. */
	measure?(input: ConformanceInput): string;
}

export interface RuleResult {
	rule: Rule;
	failures: Failure[];
	measured?: string;
}
