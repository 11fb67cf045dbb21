import { correctPattern, interactionId, interactionType, learnerResponse } from '../scorm/responses.ts';
import { scorm2004Duration } from '../scorm/time.ts';
import type { AnswerRecord, Checkpoint } from '../tracker.ts';

/**
 * The xAPI statements the course sends in a cmi5 launch, as plain JSON (cmi5 spec section 9). Pure: the adapter adds
 * nothing but the sending. xAPI's interaction model is SCORM 2004's, so an answer's type, response and correct pattern
 * are the SCORM 2004 values (scorm/responses.ts), and durations are SCORM 2004's ISO 8601 format.
 */

const ADL = 'http://adlnet.gov/expapi/verbs/';
const CMI5 = 'https://w3id.org/xapi/cmi5/context/';
export const CMI5_CATEGORY = `${CMI5}categories/cmi5`;
export const MOVEON_CATEGORY = `${CMI5}categories/moveon`;
export const MASTERY_EXTENSION = `${CMI5}extensions/masteryscore`;

/** The cmi5 defined verbs the course sends. */
export type Cmi5Verb = 'initialized' | 'completed' | 'passed' | 'failed' | 'terminated';
/** What the course has already told the LMS in this registration (kept in the State API, see adapters/cmi5.ts). */
export interface Verdicts {
	completed?: boolean;
	passed?: boolean;
	/** Failed, in the current attempt (a new attempt may fail again). */
	failed?: boolean;
}

type Json = Record<string, unknown>;

export interface StatementContext {
	actor: Json;
	activityId: string;
	registration: string;
	/** LMS.LaunchData's contextTemplate: every statement's context starts from it, unaltered (spec 10.2.1). */
	template: Json;
	masteryScore: number | null;
}

/** A UUID (v4) for each statement's id: the LRS then drops a statement sent twice by a retry. */
const uuid = (): string => crypto.randomUUID();

function base(ctx: StatementContext, at: number, verb: string, object: Json, categories: string[], extensions: Json = {}): Json {
	const template = ctx.template as { contextActivities?: Record<string, Json[]>; extensions?: Json };
	const activities = template.contextActivities ?? {};
	const category = [...(activities.category ?? []), ...categories.map((id) => ({ id }))];
	return {
		id: uuid(),
		timestamp: new Date(at).toISOString(),
		actor: ctx.actor,
		verb: { id: verb },
		object,
		context: {
			...template,
			registration: ctx.registration,
			contextActivities: { ...activities, ...(category.length ? { category } : {}) },
			extensions: { ...template.extensions, ...extensions }
		}
	};
}

/**
 * A cmi5 defined statement about the AU. `result` carries what the verb requires: duration (completed, passed,
 * failed, terminated), completion (completed), success and score (passed, failed). Statements with success or
 * completion carry the moveOn category (9.6.2.2); passed and failed with a score carry the masteryScore (9.6.3.2).
 */
export function cmi5Statement(ctx: StatementContext, verb: Cmi5Verb, at: number, result?: Json): Json {
	const judged = verb === 'passed' || verb === 'failed';
	const statement = base(
		ctx,
		at,
		ADL + verb,
		{ id: ctx.activityId },
		verb === 'initialized' || verb === 'terminated' ? [CMI5_CATEGORY] : [CMI5_CATEGORY, MOVEON_CATEGORY],
		judged && ctx.masteryScore !== null ? { [MASTERY_EXTENSION]: ctx.masteryScore } : {}
	);
	return result ? { ...statement, result } : statement;
}

/**
 * An answer as a cmi5 "allowed" statement (the cmi5 context template, no cmi5 category): verb answered, the question
 * as a cmi.interaction activity under the AU with its correct response pattern, the learner's response and whether it
 * was right. Throws (ScormFormatError) when a value cannot be formatted: the adapter logs and skips that one.
 */
export function answeredStatement(ctx: StatementContext, record: AnswerRecord): Json {
	const { item } = record;
	const object = {
		id: `${ctx.activityId}/${encodeURIComponent(interactionId(item.id))}`,
		definition: {
			type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
			interactionType: interactionType(item),
			correctResponsesPattern: [correctPattern('scorm2004', item)]
		}
	};
	const result = {
		response: learnerResponse('scorm2004', item, record.response),
		success: record.correct,
		duration: scorm2004Duration(Math.max(0, record.answeredAt - record.shownAt))
	};
	return { ...base(ctx, record.answeredAt, `${ADL}answered`, object, []), result };
}

/**
 * The verdicts a checkpoint calls for that have not been sent: completed once every question is answered, then
 * passed or failed (cmi5 9.3: completed and passed at most once per registration, no failed after passed, and never
 * passed and failed in one session — a pass that comes after a fail in the same session waits for the next launch).
 * The score goes with passed / failed only when it agrees with the masteryScore, as the LMS checks (9.3.4, 9.3.5).
 */
export function dueVerdicts(
	cp: Checkpoint,
	sent: Verdicts,
	failedThisSession: boolean,
	masteryScore: number | null,
	duration: string
): Array<{ verb: Cmi5Verb; result: Json }> {
	if (!cp.completed) return [];
	const due: Array<{ verb: Cmi5Verb; result: Json }> = [];
	if (!sent.completed) due.push({ verb: 'completed', result: { completion: true, duration } });
	if (sent.passed || (cp.passed ? failedThisSession : sent.failed)) return due;
	const scaled = cp.scorePercent / 100;
	const agrees = masteryScore === null || cp.passed === scaled >= masteryScore;
	const score = agrees ? { score: { scaled, raw: cp.scorePercent, min: 0, max: 100 } } : {};
	due.push({ verb: cp.passed ? 'passed' : 'failed', result: { success: cp.passed, ...score, duration } });
	return due;
}
