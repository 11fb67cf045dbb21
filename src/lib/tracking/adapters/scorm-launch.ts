import { dataModel, interactionPath, objectivePath, type ScormVersion } from '../scorm/data-model.ts';
import type { LaunchMode } from '../tracker.ts';
import type { ScormChannel } from './scorm-channel.ts';

/**
 * What the LMS knows when a session opens, read once through the channel: mode and credit, the pass mark it imposes,
 * the learner, the saved progress and bookmark (remembered as held, so they are not written back unchanged), and
 * where the records of earlier sessions are (interaction and objective indexes by id).
 */
export interface LmsRecord {
	mode: LaunchMode;
	noCredit: boolean;
	/** Pass mark 0–100 from the mastery score (1.2) or scaled passing score (2004), when the LMS sets a valid one. */
	passMark: number | null;
	/** 2004 `cmi.completion_threshold` (0–1), when set. */
	completionThreshold: number | null;
	/** suspend_data ("" on a first launch). */
	saved: string;
	learnerId: string;
	learnerName: string | null;
	/** Where the records of earlier sessions are. */
	slots: RecordSlots;
}

/**
 * Where each question's interaction record and each objective record sits in the LMS's arrays. One interaction
 * record per question: a new try rewrites it. Objectives keep the index the LMS gave them (2004 pre-fills the
 * manifest's objectives, in its own order).
 */
export class RecordSlots {
	readonly #interactions: Map<string, number>;
	readonly #objectives: Map<string, number>;
	#nextInteraction: number;

	constructor(interactions = new Map<string, number>(), interactionCount = 0, objectives = new Map<string, number>()) {
		this.#interactions = interactions;
		this.#nextInteraction = interactionCount;
		this.#objectives = objectives;
	}

	/** The record of this question, or the next free one. */
	interaction(id: string): number {
		const n = this.#interactions.get(id) ?? this.#nextInteraction++;
		this.#interactions.set(id, n);
		return n;
	}

	/** The record of this objective, or the next free one. */
	objective(id: string): number {
		const n = this.#objectives.get(id) ?? this.#objectives.size;
		this.#objectives.set(id, n);
		return n;
	}
}

export function readLaunch(lms: ScormChannel, version: ScormVersion): LmsRecord {
	const dm = dataModel[version];
	const p = dm.paths;
	const mode = lms.get(p.mode);
	const threshold = p.completionThreshold ? Number.parseFloat(lms.get(p.completionThreshold)) : NaN;
	const interactionCount = toCount(lms.get(p.interactionsCount));
	// 1.2's interaction fields are write-only: there a try in a later session starts a new record.
	const interactionIndex = dm.interactionsReadable ? indexById(lms, interactionCount, (n) => interactionPath(version, n, 'id')!) : new Map<string, number>();
	const objectiveIndex = indexById(lms, toCount(lms.get(p.objectivesCount)), (n) => objectivePath(version, n, 'id')!);
	const saved = lms.read(p.suspendData);
	lms.read(p.location);
	return {
		mode: mode === 'review' || mode === 'browse' ? mode : 'normal',
		noCredit: lms.get(p.credit) === 'no-credit',
		passMark: readPassMark(lms, version),
		completionThreshold: Number.isFinite(threshold) ? threshold : null,
		saved,
		learnerId: lms.get(p.learnerId),
		learnerName: displayName(lms.get(p.learnerName)),
		slots: new RecordSlots(interactionIndex, interactionCount, objectiveIndex)
	};
}

function indexById(lms: ScormChannel, count: number, idPath: (n: number) => string): Map<string, number> {
	const index = new Map<string, number>();
	for (let n = 0; n < count; n++) {
		const id = lms.read(idPath(n));
		if (id) index.set(id, n);
	}
	return index;
}

function readPassMark(lms: ScormChannel, version: ScormVersion): number | null {
	const p = dataModel[version].paths;
	if (p.masteryScore) {
		const raw = Number.parseFloat(lms.get(p.masteryScore));
		return Number.isFinite(raw) && raw >= 0 && raw <= 100 ? raw : null;
	}
	const scaled = Number.parseFloat(lms.get(p.scaledPassingScore!));
	return Number.isFinite(scaled) && scaled >= 0 && scaled <= 1 ? Math.round(scaled * 100) : null;
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
