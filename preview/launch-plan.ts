/**
 * How the simulated LMS launches, decided without a browser: the options in the address (version, mode, strict),
 * cmi.entry and whether the stored attempt continues, and the data model it seeds the API with before the SCO loads.
 * Pure functions over plain records, unit-tested in tests/unit/preview-launch-plan.test.ts.
 */

import { dataModel, type ScormVersion } from '../src/lib/tracking/scorm/data-model.ts';
import { moodlePassingScore, type LmsProfile } from './profiles.ts';
import type { Cmi, LaunchMode, LaunchPlan, ManifestInfo, StoredAttempt } from './types.ts';

/** The learner this LMS launches as. */
export const LEARNER = { id: 'learner_0042', first: 'Jane', last: 'Doe' } as const;

/** The pass mark seeded when the manifest declares none (1.2 mastery_score 0–100, 2004 scaled_passing_score 0–1). */
export const FALLBACK_MASTERY: Readonly<Record<ScormVersion, number>> = { scorm12: 80, scorm2004: 0.8 };

export interface LaunchOptions {
	/** `?v=scorm12`; anything else is SCORM 2004. */
	version: ScormVersion;
	/** `?mode=review` or `?mode=browse`: launch as an LMS does when a learner reviews a finished attempt. */
	mode: LaunchMode;
	/** `?strict=1` / `true` on, any other `?strict=` off; without it, the stored choice of the Strict LMS toggle. */
	strict: boolean;
}

/** The options of this page's address (`location.search`), with the stored strict choice as the default. */
export function launchOptions(search: string, storedStrict: boolean): LaunchOptions {
	const params = new URLSearchParams(search);
	const mode = params.get('mode');
	const strict = params.get('strict');
	return {
		version: params.get('v') === 'scorm12' ? 'scorm12' : 'scorm2004',
		mode: mode === 'review' || mode === 'browse' ? mode : 'normal',
		strict: strict !== null ? strict === '1' || strict === 'true' : storedStrict
	};
}

/**
 * Decides cmi.entry and whether the stored attempt continues, as an LMS does:
 * - nothing stored → first attempt, entry "ab-initio";
 * - last session's exit was "suspend" → same attempt, entry "resume", data kept;
 * - SCORM 1.2, any other exit → same attempt, data kept, entry "" (the 1.2 vocabulary for "neither");
 * - SCORM 2004, any other exit ("", normal, logout, time-out) → that attempt is over: a new attempt with a fresh
 *   data model and entry "ab-initio".
 */
export function planLaunch(version: ScormVersion, record: StoredAttempt | null): LaunchPlan {
	if (!record) {
		return { entry: 'ab-initio', attempt: 1, session: 1, carry: null, reason: 'First launch: nothing stored for this learner.' };
	}
	const exit = record.exit ?? '';
	const exitEl = dataModel[version].paths.exit;
	if (exit === dataModel[version].vocabulary.exitSuspend) {
		return {
			entry: 'resume',
			attempt: record.attempt,
			session: record.session + 1,
			carry: record,
			reason: `The last session set ${exitEl} = "suspend": the attempt resumes with its data.`
		};
	}
	if (version === 'scorm12') {
		return {
			entry: '',
			attempt: record.attempt,
			session: record.session + 1,
			carry: record,
			reason: `The last session left ${exitEl} = "${exit}" (not "suspend"): SCORM 1.2 keeps the data and sends an empty entry.`
		};
	}
	return {
		entry: 'ab-initio',
		attempt: record.attempt + 1,
		session: 1,
		carry: null,
		reason: `The last session left ${exitEl} = "${exit}" (not "suspend"), which ends the attempt in SCORM 2004: attempt ${record.attempt + 1} starts with a fresh data model.`
	};
}

/** Deep copy without empty strings and empty objects (scorm-again's defaults), for seeding. */
export function prune(o: unknown): unknown {
	if (o && typeof o === 'object') {
		const out: Cmi = {};
		for (const [k, v] of Object.entries(o)) {
			const p = prune(v);
			if (p !== undefined) out[k] = p;
		}
		return Object.keys(out).length > 0 ? out : undefined;
	}
	return o === '' || o === null ? undefined : o;
}

/** LMS-owned or per-session elements: set afresh at each launch, never carried over from the stored data model. */
const NOT_CARRIED: Readonly<Record<ScormVersion, { core?: readonly string[]; top: readonly string[] }>> = {
	scorm12: {
		core: ['student_id', 'student_name', 'entry', 'credit', 'lesson_mode', 'exit', 'session_time', 'total_time'],
		top: ['student_data', 'launch_data', 'comments_from_lms']
	},
	scorm2004: {
		top: [
			'learner_id',
			'learner_name',
			'entry',
			'credit',
			'mode',
			'exit',
			'session_time',
			'total_time',
			'scaled_passing_score',
			'launch_data',
			'completion_threshold',
			'max_time_allowed',
			'time_limit_action',
			'comments_from_lms'
		]
	}
};

/**
 * The 2004 passing score this LMS sends: the primary objective's (the spec's reading), or as Moodle reads it, the last
 * objective's (null: none sent).
 */
function passingScore2004(manifest: ManifestInfo | null, profile: LmsProfile): number | null {
	if (profile === 'moodle' && manifest) return moodlePassingScore(manifest.objectiveMeasures);
	return manifest?.mastery ?? FALLBACK_MASTERY.scorm2004;
}

/** The JSON (the `cmi` object's contents) this LMS loads into the data model before the SCO starts. */
export function seedFor(version: ScormVersion, plan: LaunchPlan, manifest: ManifestInfo | null, mode: LaunchMode, profile: LmsProfile = 'scorm-again'): Cmi {
	const carried: Cmi = plan.carry ? structuredClone(plan.carry.cmi) : {};
	const totalTime = plan.carry?.totalTime ?? '';
	const mastery = manifest?.mastery ?? FALLBACK_MASTERY[version];
	const dropped = NOT_CARRIED[version];
	for (const k of dropped.core ?? []) delete carried.core?.[k];
	for (const k of dropped.top) delete carried[k];
	const seed = (prune(carried) as Cmi | undefined) ?? {};
	if (version === 'scorm12') {
		seed.core = {
			...seed.core,
			student_id: LEARNER.id,
			student_name: `${LEARNER.last}, ${LEARNER.first}`,
			credit: 'credit',
			lesson_mode: mode,
			...(plan.entry ? { entry: plan.entry } : {}),
			...(totalTime ? { total_time: totalTime } : {})
		};
		seed.student_data = { mastery_score: String(mastery) };
		if (manifest?.launchData) seed.launch_data = manifest.launchData;
		return seed;
	}
	// A new attempt starts with the objectives the manifest declares (SCORM 2004 RTE: the LMS initializes
	// cmi.objectives.n.id from the activity's objectives), so a SCO must look ids up rather than assume indexes.
	if (!plan.carry && manifest?.objectiveIds.length) {
		seed.objectives = Object.fromEntries(manifest.objectiveIds.map((id, i) => [String(i), { id }]));
	}
	const passing = passingScore2004(manifest, profile);
	Object.assign(seed, {
		learner_id: LEARNER.id,
		learner_name: `${LEARNER.first} ${LEARNER.last}`,
		credit: 'credit',
		mode,
		...(passing !== null ? { scaled_passing_score: String(passing) } : {}),
		...(plan.entry ? { entry: plan.entry } : {}),
		...(totalTime ? { total_time: totalTime } : {}),
		...(manifest?.launchData ? { launch_data: manifest.launchData } : {}),
		...(manifest?.completionThreshold ? { completion_threshold: manifest.completionThreshold } : {})
	});
	return seed;
}
