import { SCORM_VERSIONS as VERSIONS } from '../../src/lib/tracking/scorm/data-model.ts';
import { PAGES } from './pages.ts';
import type { BenchResults } from './results.ts';

/**
 * The performance budgets. One row per promise the course makes: light to download, fast and accessible on a phone,
 * and gentle with the LMS. Change a limit here, nowhere else. 1 KB = 1024 bytes, as browsers' devtools and
 * Lighthouse count.
 *
 * Two kinds: most figures are deterministic (bytes, counts, characters, Lighthouse's accessibility audits) and
 * `npm run bench -- --check` fails when one breaks (CI runs it). A `timing` budget depends on how much CPU the
 * machine can spare while it is measured (Lighthouse's performance score is mostly Total Blocking Time, which a
 * busy machine inflates), so it is always printed but only checked with `--check-timing`, on a quiet machine.
 */
export const KB = 1024;

export type Op = '<=' | '>=' | '=';
export type Unit = 'bytes' | 'score' | 'chars' | 'calls';

export interface Budget {
	id: string;
	what: string;
	op: Op;
	limit: number;
	unit: Unit;
	/** Depends on the machine's load: printed always, checked only with --check-timing. */
	timing?: true;
	/** The figure(s) the budget applies to: one, or one per page / SCORM version. */
	measure(r: BenchResults): { subject: string; value: number }[];
}

const perPage = (pick: (p: BenchResults['lighthouse']['pages'][keyof BenchResults['lighthouse']['pages']]) => number) => (r: BenchResults) =>
	PAGES.map((p) => ({ subject: p.key, value: pick(r.lighthouse.pages[p.key]) }));
const perVersion = (pick: (t: BenchResults['lms'][keyof BenchResults['lms']]) => number) => (r: BenchResults) =>
	VERSIONS.map((v) => ({ subject: v, value: pick(r.lms[v]) }));

export const BUDGETS: Budget[] = [
	// What every learner downloads, gzipped as a server sends it. Fonts have their own budget; illustrations (image
	// files, inline <svg data-illustration>) are counted apart (scripts/bench/sizes.ts).
	// 64 KB was asked for (issue 16); without edits to SvelteKit's private client, and with the patient-ready content
	// (issue 15: word meanings, safety labels, the take-home sheet), the course was about 71 KB (budget 74 KB). Issues
	// 21–23 added the cmi5 client (2.8 KB), the safety layer and the one-page plan (1.7 KB) and the tap-safe header
	// (0.5 KB): 76.0 KB, so the budget is 78 KB until the course's own bytes are won back. README, Performance.
	{ id: 'course-gzip', what: 'whole course HTML+JS+CSS, gzip', op: '<=', limit: 78 * KB, unit: 'bytes', measure: (r) => [{ subject: 'course', value: r.sizes.wholeCourse.total.gzip }] },
	{ id: 'fonts', what: 'fonts (woff2), total', op: '<=', limit: 30 * KB, unit: 'bytes', measure: (r) => [{ subject: 'fonts', value: r.sizes.fonts.bytes }] },
	{ id: 'lh-performance', what: 'Lighthouse performance (mobile)', op: '>=', limit: 95, unit: 'score', timing: true, measure: perPage((p) => p.performance) },
	{ id: 'lh-accessibility', what: 'Lighthouse accessibility', op: '=', limit: 100, unit: 'score', measure: perPage((p) => p.accessibility) },
	// Some LMSs cut suspend_data at 4096 characters: a real walk stays at half of that or less, leaving room for longer
	// courses (the worst case, every answer at its longest, is held under 4096 by check:scorm). 1,500 held for 36
	// questions; the 45 of the patient-ready content need about 1,530 (the walk's shuffled order varies it a little).
	{ id: 'suspend-data', what: 'largest suspend_data', op: '<=', limit: 2048, unit: 'chars', measure: perVersion((t) => t.largestSuspendData) },
	// A commit is a round trip to the LMS server: one per answer (and one on exit), never more.
	{ id: 'commits-per-checkpoint', what: 'Commits per checkpoint (answer, exit)', op: '<=', limit: 1, unit: 'calls', measure: perVersion((t) => Math.max(t.maxCommitsPerAnswer, t.commitsAtExit)) },
	{ id: 'no-rewrites', what: 'SetValue of a value the LMS holds', op: '=', limit: 0, unit: 'calls', measure: perVersion((t) => t.redundantSetValues.length) }
];

export interface Verdict {
	id: string;
	what: string;
	subject: string;
	value: number;
	op: Op;
	limit: number;
	unit: Unit;
	timing: boolean;
	ok: boolean;
}

function holds(value: number, op: Op, limit: number): boolean {
	if (!Number.isFinite(value)) return false;
	return op === '<=' ? value <= limit : op === '>=' ? value >= limit : value === limit;
}

export function evaluateBudgets(r: BenchResults): Verdict[] {
	return BUDGETS.flatMap((b) =>
		b.measure(r).map(({ subject, value }) => ({
			id: b.id,
			what: b.what,
			subject,
			value,
			op: b.op,
			limit: b.limit,
			unit: b.unit,
			timing: b.timing === true,
			ok: holds(value, b.op, b.limit)
		}))
	);
}

/** Which verdicts a check run fails on: the deterministic ones, and the timing ones only when asked for. */
export const checked = (verdicts: Verdict[], timing: boolean): Verdict[] => verdicts.filter((v) => timing || !v.timing);
