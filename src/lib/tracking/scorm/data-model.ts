/**
 * Everything that differs between SCORM 1.2 and SCORM 2004 4th edition *by name*: element paths, API method names,
 * vocabulary words and size limits, in ONE table keyed by version. Adapters look values up here instead of writing
 * `if (version === 'scorm12')` on every line, so a misspelt path can only be wrong in one place, and the two
 * versions can be compared side by side.
 *
 * A `null` path means "this version has no such element": adapters skip the write instead of branching.
 * (1.2 has one `lesson_status` where 2004 has `completion_status` + `success_status`; 1.2 has no `score.scaled`.)
 *
 * The table ships in the course page, so it holds what the course (or the package's conformance check) reads;
 * facts only the tests check against scorm-again (cmi.entry, more error codes) are in data-model.testutil.ts.
 *
 * Pure data and tiny pure helpers: no DOM, no LMS calls.
 */

export type ScormVersion = 'scorm12' | 'scorm2004';

export const SCORM_VERSIONS: readonly ScormVersion[] = ['scorm12', 'scorm2004'];

/** The global the LMS puts its API object under (found by walking frames, see find-api.ts). */
export type ApiName = 'API' | 'API_1484_11';

// ---------------------------------------------------------------------------------------------------------------
// The table's shape. Keys are the course's own words; values are each version's words.
// ---------------------------------------------------------------------------------------------------------------

export interface MethodNames {
	initialize: string;
	terminate: string;
	getValue: string;
	setValue: string;
	commit: string;
	getLastError: string;
	getErrorString: string;
	getDiagnostic: string;
}

export interface Paths {
	/** 1.2's single status element (passed, completed, failed, incomplete, browsed). 2004: null. */
	lessonStatus: string | null;
	/** 2004 completion (completed, incomplete, not attempted, unknown). 1.2: null, use lessonStatus. */
	completionStatus: string | null;
	/** 2004 success (passed, failed, unknown). 1.2: null, use lessonStatus. */
	successStatus: string | null;
	scoreRaw: string;
	scoreMin: string;
	scoreMax: string;
	/** −1…1. 1.2: null (no scaled score; raw is read as a percentage 0–100). */
	scoreScaled: string | null;
	suspendData: string;
	location: string;
	exit: string;
	sessionTime: string;
	learnerName: string;
	learnerId: string;
	mode: string;
	credit: string;
	/** 1.2 pass mark from the manifest, 0–100 (may be ""). 2004: null, use scaledPassingScore. */
	masteryScore: string | null;
	/** 2004 pass mark, −1…1 (GetValue gives "" + error 403 when the manifest sets none). 1.2: null. */
	scaledPassingScore: string | null;
	/** 2004 only: progress needed to count as completed (0…1, from `adlcp:completionThreshold`). */
	completionThreshold: string | null;
	/** 2004 only: 0…1 progress. */
	progressMeasure: string | null;
	interactionsCount: string;
	objectivesCount: string;
}

/** Field names *relative to* `cmi.interactions.n.`; see `interactionPath`. */
export interface InteractionFields {
	id: string;
	type: string;
	/** 1.2 `time` (CMITime, time of day) / 2004 `timestamp` (full date-time). */
	timestamp: string;
	/** 1.2 `student_response` / 2004 `learner_response`. */
	learnerResponse: string;
	/** Only the first pattern is used: the course has exactly one correct response per item. */
	correctPattern: string;
	result: string;
	latency: string;
	weighting: string;
	/** 2004 only (localized_string_type). 1.2: null. */
	description: string | null;
	/** The objective the interaction counts towards. */
	objectiveId: string;
}

/** Field names relative to `cmi.objectives.n.`; see `objectivePath`. */
export interface ObjectiveFields {
	id: string;
	/** 1.2 `status` (same vocabulary as lesson_status). 2004: null. */
	status: string | null;
	successStatus: string | null;
	completionStatus: string | null;
	scoreRaw: string;
	scoreMin: string;
	scoreMax: string;
	scoreScaled: string | null;
	progressMeasure: string | null;
	description: string | null;
}

/** Words whose spelling differs between versions. */
export interface Vocabulary {
	resultCorrect: string;
	/** 1.2 `wrong` / 2004 `incorrect` (scorm-again silently rewrites `incorrect` to `wrong` in 1.2; real LMSs may not). */
	resultIncorrect: string;
	/** true-false responses: 1.2 `t`/`f` (single characters), 2004 `true`/`false`. */
	true: string;
	false: string;
	/** cmi.(core.)exit to keep the attempt open for resume. */
	exitSuspend: string;
	/** cmi.(core.)exit when the learner is done: 1.2 has no `normal`, its "normal" exit is the empty string. */
	exitNormal: string;
	/** The value that clears a score: 1.2 `score.raw` is CMIDecimal or CMIBlank (""); 2004 has no empty score (null). */
	noScore: string | null;
	/** Delimiter between items of a list response (choice, sequencing, matching pairs, fill-in). */
	listDelimiter: string;
	/** Delimiter between source and target in one matching pair. */
	pairDelimiter: string;
}

/**
 * Sizes the course must stay within. In 1.2 these are hard maxima (CMIString4096, CMIString255, CMIIdentifier ≤ 255).
 * In 2004 they are SPMs — the *smallest permitted maximum* an LMS must accept; an LMS may accept more (scorm-again
 * does for descriptions) but content that relies on that breaks elsewhere, so we treat SPMs as maxima too.
 * All lengths are in characters as JavaScript counts them (UTF-16 code units), which is also what LMS-side
 * JavaScript validators count.
 */
export interface Limits {
	suspendData: number;
	location: number;
	interactionId: number;
	objectiveId: number;
	/** Longest single learner response / pattern string for free text (fill-in). 1.2 CMIFeedback 255, 2004 250. */
	responseText: number;
	/** Interaction and objective descriptions (2004 localized_string_type SPM 250). 1.2: 0, there is none. */
	description: number;
	/** How many interaction / objective records an LMS must hold (2004 SPM 250 / 100). 1.2 sets none. */
	interactions: number | null;
	objectives: number | null;
	/** Most items in a choice / sequencing / matching response (2004 SPM 36; 1.2 single characters 0–9a–z = 36). */
	responseItems: number;
}

/**
 * Error codes adapters compare against (as numbers; `bindApi().getLastError()` normalises). Only the codes the
 * course reads are here: the table ships in the course page (others, checked against scorm-again, are in
 * data-model.testutil.ts).
 */
export interface ErrorCodes {
	noError: number;
	generalException: number;
	/** The element exists in the spec but this LMS does not implement it. */
	notImplemented: number;
	/** 2004 GetValue of an element the LMS has no value for yet ("" is returned): not a failure. 1.2: null. */
	valueNotInitialized: number | null;
}

export interface DataModel {
	apiName: ApiName;
	/** Whether the SCO may read back `cmi.interactions.n.*` (1.2: every field is write-only, error 404). */
	interactionsReadable: boolean;
	methods: MethodNames;
	paths: Paths;
	interaction: InteractionFields;
	objective: ObjectiveFields;
	vocabulary: Vocabulary;
	limits: Limits;
	errors: ErrorCodes;
}

// ---------------------------------------------------------------------------------------------------------------
// The table.
// ---------------------------------------------------------------------------------------------------------------

export const dataModel = {
	scorm12: {
		apiName: 'API',
		interactionsReadable: false,
		methods: {
			initialize: 'LMSInitialize',
			terminate: 'LMSFinish',
			getValue: 'LMSGetValue',
			setValue: 'LMSSetValue',
			commit: 'LMSCommit',
			getLastError: 'LMSGetLastError',
			getErrorString: 'LMSGetErrorString',
			getDiagnostic: 'LMSGetDiagnostic'
		},
		paths: {
			lessonStatus: 'cmi.core.lesson_status',
			completionStatus: null,
			successStatus: null,
			scoreRaw: 'cmi.core.score.raw',
			scoreMin: 'cmi.core.score.min',
			scoreMax: 'cmi.core.score.max',
			scoreScaled: null,
			suspendData: 'cmi.suspend_data',
			location: 'cmi.core.lesson_location',
			exit: 'cmi.core.exit',
			sessionTime: 'cmi.core.session_time',
			learnerName: 'cmi.core.student_name',
			learnerId: 'cmi.core.student_id',
			mode: 'cmi.core.lesson_mode',
			credit: 'cmi.core.credit',
			masteryScore: 'cmi.student_data.mastery_score',
			scaledPassingScore: null,
			completionThreshold: null,
			progressMeasure: null,
			interactionsCount: 'cmi.interactions._count',
			objectivesCount: 'cmi.objectives._count'
		},
		interaction: {
			id: 'id',
			type: 'type',
			timestamp: 'time',
			learnerResponse: 'student_response',
			correctPattern: 'correct_responses.0.pattern',
			result: 'result',
			latency: 'latency',
			weighting: 'weighting',
			description: null,
			objectiveId: 'objectives.0.id'
		},
		objective: {
			id: 'id',
			status: 'status',
			successStatus: null,
			completionStatus: null,
			scoreRaw: 'score.raw',
			scoreMin: 'score.min',
			scoreMax: 'score.max',
			scoreScaled: null,
			progressMeasure: null,
			description: null
		},
		vocabulary: {
			resultCorrect: 'correct',
			resultIncorrect: 'wrong',
			true: 't',
			false: 'f',
			exitSuspend: 'suspend',
			exitNormal: '',
			noScore: '',
			listDelimiter: ',',
			pairDelimiter: '.'
		},
		limits: {
			suspendData: 4096,
			location: 255,
			interactionId: 255,
			objectiveId: 255,
			responseText: 255,
			description: 0,
			interactions: null,
			objectives: null,
			responseItems: 36
		},
		errors: {
			noError: 0,
			generalException: 101,
			notImplemented: 401,
			valueNotInitialized: null
		}
	},
	scorm2004: {
		apiName: 'API_1484_11',
		interactionsReadable: true,
		methods: {
			initialize: 'Initialize',
			terminate: 'Terminate',
			getValue: 'GetValue',
			setValue: 'SetValue',
			commit: 'Commit',
			getLastError: 'GetLastError',
			getErrorString: 'GetErrorString',
			getDiagnostic: 'GetDiagnostic'
		},
		paths: {
			lessonStatus: null,
			completionStatus: 'cmi.completion_status',
			successStatus: 'cmi.success_status',
			scoreRaw: 'cmi.score.raw',
			scoreMin: 'cmi.score.min',
			scoreMax: 'cmi.score.max',
			scoreScaled: 'cmi.score.scaled',
			suspendData: 'cmi.suspend_data',
			location: 'cmi.location',
			exit: 'cmi.exit',
			sessionTime: 'cmi.session_time',
			learnerName: 'cmi.learner_name',
			learnerId: 'cmi.learner_id',
			mode: 'cmi.mode',
			credit: 'cmi.credit',
			masteryScore: null,
			scaledPassingScore: 'cmi.scaled_passing_score',
			completionThreshold: 'cmi.completion_threshold',
			progressMeasure: 'cmi.progress_measure',
			interactionsCount: 'cmi.interactions._count',
			objectivesCount: 'cmi.objectives._count'
		},
		interaction: {
			id: 'id',
			type: 'type',
			timestamp: 'timestamp',
			learnerResponse: 'learner_response',
			correctPattern: 'correct_responses.0.pattern',
			result: 'result',
			latency: 'latency',
			weighting: 'weighting',
			description: 'description',
			objectiveId: 'objectives.0.id'
		},
		objective: {
			id: 'id',
			status: null,
			successStatus: 'success_status',
			completionStatus: 'completion_status',
			scoreRaw: 'score.raw',
			scoreMin: 'score.min',
			scoreMax: 'score.max',
			scoreScaled: 'score.scaled',
			progressMeasure: 'progress_measure',
			description: 'description'
		},
		vocabulary: {
			resultCorrect: 'correct',
			resultIncorrect: 'incorrect',
			true: 'true',
			false: 'false',
			exitSuspend: 'suspend',
			exitNormal: 'normal',
			noScore: null,
			listDelimiter: '[,]',
			pairDelimiter: '[.]'
		},
		limits: {
			suspendData: 64000,
			location: 1000,
			interactionId: 4000,
			objectiveId: 4000,
			responseText: 250,
			description: 250,
			interactions: 250,
			objectives: 100,
			responseItems: 36
		},
		errors: {
			noError: 0,
			generalException: 101,
			notImplemented: 402,
			valueNotInitialized: 403
		}
	}
} as const satisfies Record<ScormVersion, DataModel>;

function checkIndex(n: number): void {
	// A bad index would address a different record or make the LMS throw 351/201; it is always a caller bug.
	if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Bad record index ${n}`);
}

/** `cmi.interactions.<n>.<field>` for this version, or null when the version has no such field. */
export function interactionPath(version: ScormVersion, n: number, field: keyof InteractionFields): string | null {
	checkIndex(n);
	const name = (dataModel[version].interaction as InteractionFields)[field];
	return name === null ? null : `cmi.interactions.${n}.${name}`;
}

/** `cmi.objectives.<n>.<field>` for this version, or null when the version has no such field. */
export function objectivePath(version: ScormVersion, n: number, field: keyof ObjectiveFields): string | null {
	checkIndex(n);
	const name = (dataModel[version].objective as ObjectiveFields)[field];
	return name === null ? null : `cmi.objectives.${n}.${name}`;
}

/** The XML namespaces of each version's imsmanifest.xml (the manifest builder writes them, the preview reads them). */
export const MANIFEST_NAMESPACES = {
	scorm12: {
		cp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
		adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
		imsmd: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1'
	},
	scorm2004: {
		cp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
		adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
		adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
		adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
		imsss: 'http://www.imsglobal.org/xsd/imsss',
		lom: 'http://ltsc.ieee.org/xsd/LOM'
	}
} as const;
