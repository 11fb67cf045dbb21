import { objectiveId, SAFETY_OBJECTIVE_ID } from '../scorm/ids.ts';
import { bindApi, dataModel, interactionPath, objectivePath, type ScormApiByVersion, type ScormCalls, type ScormVersion } from '../scorm/data-model.ts';
import { correctPattern, descriptionText, interactionId, interactionType, learnerResponse, resultValue } from '../scorm/responses.ts';
import { interactionTime, timespan } from '../scorm/time.ts';
import type { AnswerRecord, Checkpoint, LaunchData, LaunchMode, LessonResult, Tracker, TrackerNotice } from '../tracker.ts';

/**
 * SCORM 1.2 and 2004 in one adapter: every difference between the versions is looked up in the data-model table,
 * so the logic below is written once. Rules it keeps (see shared SCORM notes):
 * - Initialize once, Terminate once, nothing after Terminate (some LMSs still answer "true" after Finish);
 * - Commit only at checkpoints (an answer, the end of a lesson, the end of the course) and when the page is hidden
 *   or left — never on a timer;
 * - never write a value the LMS already holds (each write is remembered);
 * - in review/browse mode write nothing scored.
 */

type Phase = 'new' | 'open' | 'closed' | 'unavailable';

const NOT_SAVED: TrackerNotice = {
	level: 'warning',
	message: 'Your progress could not be saved to your learning system just now. Keep this page open; it will try again at your next answer.'
};

export class ScormTracker implements Tracker {
	readonly kind: ScormVersion;
	readonly #calls: ScormCalls;
	readonly #dm: (typeof dataModel)[ScormVersion];
	readonly #now: () => number;
	#phase: Phase = 'new';
	#mode: LaunchMode = 'normal';
	#sessionStart = 0;
	#passMark = 0;
	#completionThreshold: number | null = null;
	#nextInteraction = 0;
	/** Objective index by id: the 2004 LMS pre-fills objectives from the manifest, in its own order. */
	readonly #objectiveIndex = new Map<string, number>();
	/** Values the LMS holds, as written or read by this session: an identical write is skipped. */
	readonly #held = new Map<string, string>();
	#dirty = false;

	constructor(version: ScormVersion, api: ScormApiByVersion[ScormVersion], coursePassMark: number, now = Date.now) {
		this.kind = version;
		this.#calls = bindApi(version, api as never);
		this.#dm = dataModel[version];
		this.#passMark = coursePassMark;
		this.#now = now;
	}

	start(): LaunchData {
		const none: LaunchData = { saved: null, learnerName: null, mode: 'normal', passMark: null };
		if (this.#phase !== 'new') return none;
		if (!this.#try(() => this.#calls.initialize())) {
			this.#phase = 'unavailable';
			return {
				...none,
				notice: {
					level: 'warning',
					message: 'The course could not connect to your learning system, so your progress and score will not be recorded there. You can still take the course.'
				}
			};
		}
		this.#phase = 'open';
		this.#sessionStart = this.#now();
		const p = this.#dm.paths;

		const mode = this.#get(p.mode);
		this.#mode = mode === 'review' || mode === 'browse' ? mode : 'normal';
		const passMark = this.#readPassMark();
		if (passMark !== null) this.#passMark = passMark;
		const threshold = p.completionThreshold ? Number.parseFloat(this.#get(p.completionThreshold)) : NaN;
		this.#completionThreshold = Number.isFinite(threshold) ? threshold : null;
		this.#nextInteraction = toCount(this.#get(p.interactionsCount));
		this.#readObjectives();

		const saved = this.#get(p.suspendData) || null;
		// Remember what the LMS already holds, so the first checkpoint does not write it again.
		for (const path of [p.suspendData, p.location]) this.#held.set(path, this.#get(path));

		if (this.#mode === 'normal') {
			const status = this.#get(p.lessonStatus ?? p.completionStatus!);
			if (status === 'not attempted' || status === 'unknown' || status === '') {
				this.#set(p.lessonStatus ?? p.completionStatus!, 'incomplete');
			} else {
				this.#held.set(p.lessonStatus ?? p.completionStatus!, status);
			}
			// Keep the attempt open for resume until the course is finished (some LMSs only honour an early suspend).
			this.#set(p.exit, this.#dm.vocabulary.exitSuspend);
		}
		return { saved, learnerName: displayName(this.#get(p.learnerName)), mode: this.#mode, passMark };
	}

	recordAnswer(record: AnswerRecord): void {
		if (!this.#scored()) return;
		const v = this.kind;
		const n = this.#nextInteraction++;
		const at = (field: Parameters<typeof interactionPath>[2]) => interactionPath(v, n, field);
		try {
			// 2004 requires id, then type, before any other field of the record.
			this.#set(at('id'), interactionId(record.item.id));
			this.#set(at('type'), interactionType(record.item));
			this.#set(at('description'), descriptionText(record.item.prompt));
			this.#set(at('objectiveId'), objectiveId(record.lessonSlug));
			this.#set(at('timestamp'), interactionTime(v, record.shownAt));
			this.#set(at('weighting'), '1');
			this.#set(at('learnerResponse'), learnerResponse(v, record.item, record.response));
			this.#set(at('correctPattern'), correctPattern(v, record.item));
			this.#set(at('result'), resultValue(v, record.correct));
			this.#set(at('latency'), timespan(v, Math.max(0, record.answeredAt - record.shownAt)));
		} catch (error) {
			// A value that cannot be formatted for this LMS loses that one interaction, never the learner's answer
			// (it is in suspend_data too).
			console.warn(`Could not report interaction ${record.item.id}:`, error);
		}
	}

	save(checkpoint: Checkpoint): TrackerNotice | null {
		this.#write(checkpoint);
		return this.#commit() ? null : NOT_SAVED;
	}

	bookmark(checkpoint: Checkpoint): TrackerNotice | null {
		if (this.#phase !== 'open') return null;
		this.#setLimited(this.#dm.paths.location, checkpoint.location, this.#dm.limits.location);
		this.#setSuspendData(checkpoint.saved);
		return null;
	}

	flush(): void {
		this.#commit();
	}

	setAside(): void {
		// The LMS keeps the unreadable suspend_data until the next checkpoint overwrites it; nothing else to keep.
	}

	reset(): void {
		// An LMS attempt cannot be erased by the content; the next checkpoint replaces suspend_data and scores.
	}

	quit(): void {
		if (this.#phase !== 'open') return;
		this.#set(this.#dm.paths.sessionTime, timespan(this.kind, this.#now() - this.#sessionStart));
		this.#dirty = true;
		this.#commit();
		this.#try(() => this.#calls.terminate());
		this.#phase = 'closed';
	}

	#write(cp: Checkpoint) {
		if (this.#phase !== 'open') return;
		const p = this.#dm.paths;
		this.#setLimited(p.location, cp.location, this.#dm.limits.location);
		this.#setSuspendData(cp.saved);
		if (!this.#scored()) return;

		this.#set(p.scoreMin, '0');
		this.#set(p.scoreMax, '100');
		this.#set(p.scoreRaw, String(cp.scorePercent));
		this.#set(p.scoreScaled, String(cp.scorePercent / 100));

		if (p.lessonStatus) {
			this.#set(p.lessonStatus, cp.completed ? (cp.passed ? 'passed' : 'failed') : 'incomplete');
		} else {
			const complete = this.#completionThreshold === null ? cp.completed : cp.progress >= this.#completionThreshold;
			this.#set(p.progressMeasure, String(round(cp.progress)));
			this.#set(p.completionStatus, complete ? 'completed' : 'incomplete');
			this.#set(p.successStatus, cp.completed ? (cp.passed ? 'passed' : 'failed') : 'unknown');
		}
		for (const lesson of cp.lessons) if (lesson.answered > 0) this.#writeObjective(lesson);
		if (cp.mustKnow) this.#writeSafetyObjective(cp.mustKnow);
		this.#set(p.exit, cp.completed ? this.#dm.vocabulary.exitNormal : this.#dm.vocabulary.exitSuspend);
	}

	/** Index of an objective by id: the one the LMS already holds, or the next free one. */
	#objective(id: string) {
		let n = this.#objectiveIndex.get(id);
		if (n === undefined) {
			n = this.#objectiveIndex.size;
			this.#objectiveIndex.set(id, n);
		}
		const index = n;
		return (field: Parameters<typeof objectivePath>[2]) => objectivePath(this.kind, index, field);
	}

	/**
	 * Safety essentials as their own objective, so a training manager sees it apart from the score: passed once
	 * every must-know item has been answered correctly, failed when one can no longer be (no tries left).
	 */
	#writeSafetyObjective(m: NonNullable<Checkpoint['mustKnow']>) {
		const at = this.#objective(SAFETY_OBJECTIVE_ID);
		const percent = Math.round((m.known / m.total) * 100);
		const status = m.known === m.total ? 'passed' : m.blocked > 0 ? 'failed' : 'incomplete';
		this.#set(at('id'), SAFETY_OBJECTIVE_ID);
		this.#set(at('scoreMin'), '0');
		this.#set(at('scoreMax'), '100');
		this.#set(at('scoreRaw'), String(percent));
		this.#set(at('scoreScaled'), String(percent / 100));
		this.#set(at('status'), status);
		this.#set(at('completionStatus'), status === 'incomplete' ? 'incomplete' : 'completed');
		this.#set(at('successStatus'), status === 'incomplete' ? 'unknown' : status);
		this.#set(at('progressMeasure'), String(round(m.known / m.total)));
		this.#set(at('description'), descriptionText('Safety essentials: every must-know question answered correctly'));
	}

	#writeObjective(lesson: LessonResult) {
		const id = objectiveId(lesson.slug);
		const at = this.#objective(id);
		const done = lesson.answered === lesson.total;
		const passed = lesson.scorePercent >= this.#passMark;
		this.#set(at('id'), id);
		this.#set(at('scoreMin'), '0');
		this.#set(at('scoreMax'), '100');
		this.#set(at('scoreRaw'), String(lesson.scorePercent));
		this.#set(at('scoreScaled'), String(lesson.scorePercent / 100));
		this.#set(at('status'), done ? (passed ? 'passed' : 'failed') : 'incomplete');
		this.#set(at('completionStatus'), done ? 'completed' : 'incomplete');
		this.#set(at('successStatus'), done ? (passed ? 'passed' : 'failed') : 'unknown');
		this.#set(at('progressMeasure'), String(round(lesson.answered / lesson.total)));
		this.#set(at('description'), descriptionText(lesson.title));
	}

	#readObjectives() {
		const count = toCount(this.#get(this.#dm.paths.objectivesCount));
		for (let n = 0; n < count; n++) {
			const path = objectivePath(this.kind, n, 'id')!;
			const id = this.#get(path);
			if (id) {
				this.#objectiveIndex.set(id, n);
				this.#held.set(path, id);
			}
		}
	}

	#readPassMark(): number | null {
		const p = this.#dm.paths;
		if (p.masteryScore) {
			const raw = Number.parseFloat(this.#get(p.masteryScore));
			return Number.isFinite(raw) && raw >= 0 && raw <= 100 ? raw : null;
		}
		const scaled = Number.parseFloat(this.#get(p.scaledPassingScore!));
		return Number.isFinite(scaled) && scaled >= 0 && scaled <= 1 ? Math.round(scaled * 100) : null;
	}

	#setSuspendData(saved: string) {
		// Never send a cut-down suspend_data: a truncated string is unreadable on resume. Progress is kept compact
		// (tested at full progress) so this only happens if the format regresses.
		if (saved.length > this.#dm.limits.suspendData) {
			console.warn(`suspend_data is ${saved.length} characters, over the ${this.#dm.limits.suspendData} limit: not sent`);
			return;
		}
		this.#set(this.#dm.paths.suspendData, saved);
	}

	#setLimited(path: string, value: string, limit: number) {
		this.#set(path, value.length > limit ? value.slice(0, limit) : value);
	}

	#scored(): boolean {
		return this.#phase === 'open' && this.#mode === 'normal';
	}

	#get(path: string): string {
		if (this.#phase !== 'open') return '';
		let value = '';
		this.#try(() => {
			value = this.#calls.getValue(path);
			return true;
		});
		return value;
	}

	/** Writes a value unless the version has no such element (null) or the LMS already holds it. */
	#set(path: string | null, value: string) {
		if (path === null || this.#phase !== 'open' || this.#held.get(path) === value) return;
		if (this.#try(() => this.#calls.setValue(path, value), `SetValue ${path}`)) {
			this.#held.set(path, value);
			this.#dirty = true;
		}
	}

	#commit(): boolean {
		if (this.#phase !== 'open') return this.#phase !== 'unavailable';
		if (!this.#dirty) return true;
		const ok = this.#try(() => this.#calls.commit(), 'Commit');
		if (ok) this.#dirty = false;
		return ok;
	}

	/** Runs one API call; a false result or a throwing LMS is logged with the LMS's own error details. */
	#try(call: () => boolean, what?: string): boolean {
		try {
			if (call()) return true;
			if (what) {
				const code = this.#calls.getLastError();
				console.warn(`SCORM ${what} failed: ${code} ${this.#calls.getErrorString(code)} ${this.#calls.getDiagnostic(code)}`.trim());
			}
		} catch (error) {
			console.warn(`SCORM ${what ?? 'call'} threw:`, error);
		}
		return false;
	}
}

/** "Doe, Jane" (the usual LMS form) → "Jane Doe". */
export function displayName(raw: string): string | null {
	const name = raw.trim();
	if (!name) return null;
	const [last, first, ...rest] = name.split(',').map((s) => s.trim());
	return first && rest.length === 0 ? `${first} ${last}` : name;
}

function toCount(value: string): number {
	const n = Number.parseInt(value, 10);
	return Number.isSafeInteger(n) && n > 0 ? n : 0;
}

function round(x: number): number {
	return Math.round(x * 100) / 100;
}
