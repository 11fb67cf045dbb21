import { isDeepStrictEqual } from 'node:util';
import type { QuizItem } from '../../../src/lib/content/types.ts';
import { finalSize } from '../../../src/lib/quiz/final.ts';
import type { Response } from '../../../src/lib/quiz/scoring.ts';
import { dataModel, SCORM_VERSIONS } from '../../../src/lib/tracking/scorm/data-model.ts';
import { interactionType, type InteractionType, type ReportableItem } from '../../../src/lib/tracking/scorm/responses.ts';
import { DURATION_2004, identifierProblem, quote, responseProblem, TIME_12, TIMESPAN_12, TIMESTAMP_2004 } from '../../../src/lib/tracking/scorm/value-formats.ts';
import type { ConformanceInput, Failure, ReportedItem, Rule, ScormVersion } from './types.ts';
import { longestTextLength, worstCaseProgress } from './worst-case.ts';

/**
 * The strict conformance rules on what the course writes to an LMS: saved progress, bookmarks, interaction and
 * objective ids, response values, times, record counts. What a strict LMS (Moodle's strict mode, SCORM Cloud, the
 * specs themselves) refuses and lenient simulators such as scorm-again let through. Each rule is small and pure: it
 * reads the input (built from the real course, the real formatters and the generated manifests, see input.ts) and
 * returns failures, each naming the item and the limit. Limits come from the data-model table and value formats from
 * value-formats.ts (src/lib/tracking/scorm/), the same definitions the LMS preview's strict mode uses; the formats are
 * written independently of the formatters, so a formatter bug cannot vouch for itself. The package's own files are
 * checked by package-rules.ts; report.ts runs them all.
 */

const limits = (v: ScormVersion) => dataModel[v].limits;
const paths = (v: ScormVersion) => dataModel[v].paths;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function describeItem(r: ReportedItem): string {
	const where = r.drawnFrom !== undefined ? `final check, from ${r.drawnFrom}` : r.lesson;
	return `item ${r.item.id} (${where})`;
}

/** Lesson questions only: final-check copies share their options and prompt, so checking them again only repeats. */
const lessonItems = (input: ConformanceInput) => input.items.filter((r) => r.drawnFrom === undefined);

const RESPONSE_RULE: Record<ScormVersion, Partial<Record<InteractionType, string>>> = {
	scorm12: {
		'true-false': '"t" or "f" (or 0 / 1), CMI 1.2 true-false',
		choice: 'single characters 0-9 or a-z joined by "," (SCORM 1.2 RTE 3.4.2 choice)',
		sequencing: 'single characters 0-9 or a-z joined by "," (SCORM 1.2 sequencing)',
		matching: 'pairs "x.y" of single characters 0-9 / a-z joined by "," (SCORM 1.2 matching)',
		'fill-in': `≤ ${dataModel.scorm12.limits.responseText} characters (SCORM 1.2 CMIFeedback)`
	},
	scorm2004: {
		'true-false': '"true" or "false"',
		choice: `at most ${dataModel.scorm2004.limits.responseItems} unique tokens of [A-Za-z0-9_.] joined by "[,]" (Moodle rejects hyphens)`,
		sequencing: `at most ${dataModel.scorm2004.limits.responseItems} tokens of [A-Za-z0-9_.] joined by "[,]" (Moodle rejects hyphens)`,
		matching: 'pairs "source[.]target" of tokens of [A-Za-z0-9_.] joined by "[,]" (Moodle rejects hyphens)',
		'fill-in': `at most 10 strings of ≤ ${dataModel.scorm2004.limits.responseText} characters joined by "[,]"`
	}
};

/** The responses whose formatted values are checked: every option appears in at least one of them. */
export function responsesToCheck(item: QuizItem): Response[] {
	switch (item.type) {
		case 'true-false':
			return [true, false];
		case 'single':
			return item.options.map((o) => o.id);
		case 'multiple':
			return [...item.options.map((o) => [o.id]), item.options.map((o) => o.id)];
		case 'ordering':
			return [item.options.map((o) => o.id), [...item.correct]];
		case 'matching':
			return item.options.map((o) => item.prompts.map((p) => [p.id, o.id] as [string, string]));
		case 'fill-in': {
			const n = Math.max(1, longestTextLength(item));
			return [item.correct, 'x'.repeat(n), `{${'"'.repeat(n - 1)}`, `a[,]b${' '.repeat(Math.max(0, n - 6))}c`];
		}
	}
}

// 2004 time(second,10,2): `YYYY[-MM[-DD[Thh[:mm[:ss[.s[TZD]]]]]]]`, at most 2 fractional digits, zone only after them.
/** Dates whose formatting goes wrong first: 999 ms (3 digits, rounding into the next second, day, year), leap day. */
export const SAMPLE_DATES: readonly number[] = [
	Date.UTC(2026, 10, 24, 10, 5, 9, 999),
	Date.UTC(2026, 10, 24, 10, 5, 9, 0),
	Date.UTC(2026, 10, 24, 10, 5, 9, 5),
	Date.UTC(2026, 10, 24, 10, 5, 9, 995),
	Date.UTC(2026, 11, 31, 23, 59, 59, 999),
	Date.UTC(2028, 1, 29, 23, 59, 59, 999),
	Date.UTC(2038, 0, 19, 3, 14, 7, 999),
	Date.UTC(1970, 0, 1, 0, 0, 0, 1)
];
/** Durations (ms) around rounding edges, past the 1.2 four-digit-hours maximum, and broken clocks (NaN, negative). */
export const SAMPLE_DURATIONS: readonly number[] = [
	0, 1, 4, 5, 994, 995, 999, 1000, 59_994, 59_995, 59_999, 3_599_995, 3_599_999, 86_399_999, 360_000_000, 36_000_000_000, NaN, -1,
	Infinity
];

// ---------------------------------------------------------------------------------------------------------------
// The rules.
// ---------------------------------------------------------------------------------------------------------------

export const suspendData: Rule = {
	id: 'suspend-data',
	description: 'Saved progress at full progress with the longest valid answers fits cmi.suspend_data and reads back unchanged',
	check(input) {
		const failures: Failure[] = [];
		const fp = input.course.fingerprint;
		const worst = worstCaseProgress(input, 'pasted');
		const typed = worstCaseProgress(input, 'typed');
		for (const id of worst.unanswerable) {
			failures.push({ subject: `item ${id}`, found: 'no valid response was found to measure', limit: 'every question can be answered' });
		}
		let saved: string;
		let savedTyped: string;
		try {
			saved = input.format.serializeProgress(worst.progress, fp);
			savedTyped = input.format.serializeProgress(typed.progress, fp);
		} catch (error) {
			return [...failures, { subject: 'cmi.suspend_data', found: `serializeProgress threw: ${message(error)}`, limit: 'full progress can be saved' }];
		}
		const largest = worst.records
			.slice(0, 4)
			.map((r) => `${r.id} ${r.chars}`)
			.join(', ');
		for (const v of SCORM_VERSIONS) {
			const limit = limits(v).suspendData;
			if (saved.length <= limit) continue;
			failures.push({
				subject: paths(v).suspendData,
				version: v,
				found:
					`${saved.length} characters at full progress with the longest valid answers` +
					(savedTyped.length !== saved.length
						? ` (${savedTyped.length} with typed text only; pasted control characters in fill-in answers take 6 characters each in JSON)`
						: '') +
					`; ${Object.keys(worst.progress.answers).length} answers, largest: ${largest}; bookmark ${worst.progress.location}`,
				limit: `≤ ${limit} characters (${paths(v).suspendData})`
			});
		}
		const items = input.items.map((r) => r.item);
		const back = input.format.restoreProgress(saved, fp, items);
		if (back.status !== 'restored' || !isDeepStrictEqual(back.progress, worst.progress)) {
			failures.push({
				subject: 'cmi.suspend_data',
				found: `full progress reads back as "${back.status}"${back.status === 'restored' ? ' with different contents' : ''}`,
				limit: 'saved progress restores unchanged (restoreProgress)'
			});
		}
		return failures;
	},
	measure(input) {
		const size = input.format.serializeProgress(worstCaseProgress(input, 'pasted').progress, input.course.fingerprint).length;
		return `worst case ${size} characters (SCORM 1.2 limit ${limits('scorm12').suspendData}, 2004 ${limits('scorm2004').suspendData})`;
	}
};

export const bookmarkLocation: Rule = {
	id: 'bookmark-location',
	description: 'Every route the course can bookmark fits cmi.core.lesson_location / cmi.location and restores',
	check(input) {
		const failures: Failure[] = [];
		for (const pattern of input.unresolvedRoutes) {
			failures.push({
				subject: `route ${pattern}`,
				found: 'has a parameter whose values the check cannot list (teach scripts/package/conformance/input.ts)',
				limit: 'every route is measured'
			});
		}
		const fp = input.course.fingerprint;
		for (const route of input.routes) {
			for (const v of SCORM_VERSIONS) {
				const limit = limits(v).location;
				if (route.length > limit) {
					failures.push({ subject: `route ${route}`, version: v, found: `${route.length} characters`, limit: `≤ ${limit} characters (${paths(v).location})` });
				}
			}
			const saved = input.format.serializeProgress({ answers: {}, location: route, startedAt: 0, finishedAt: null, seed: 'a' }, fp);
			const back = input.format.restoreProgress(saved, fp, []);
			if (back.progress.location !== route) {
				failures.push({
					subject: `route ${route}`,
					found: `saved progress with this bookmark reads back as "${back.status}" at ${quote(back.progress.location)}`,
					limit: 'a bookmark saved progress accepts (restoreProgress)'
				});
			}
		}
		return failures;
	},
	measure(input) {
		const longest = input.routes.reduce((a, b) => (b.length > a.length ? b : a), '');
		return `longest ${longest.length} characters, ${longest} (limit ${limits('scorm12').location} in 1.2, ${limits('scorm2004').location} in 2004)`;
	}
};

export const interactionIds: Rule = {
	id: 'interaction-ids',
	description: 'Every interaction id (interactionId) is unique, printable ASCII without spaces ≤ 255 (1.2), without whitespace ≤ 4000 (2004)',
	check(input) {
		const failures: Failure[] = [];
		const seen = new Map<string, ReportedItem>();
		for (const r of input.items) {
			let id: string;
			try {
				id = input.format.interactionId(r.item.id);
			} catch (error) {
				failures.push({
					subject: describeItem(r),
					found: `interactionId refuses ${quote(r.item.id)}: ${message(error)}`,
					limit: `printable ASCII without spaces, ≤ ${limits('scorm12').interactionId} characters (cmi.interactions.n.id in both versions)`
				});
				continue;
			}
			const other = seen.get(id);
			if (other) failures.push({ subject: describeItem(r), found: `interaction id "${id}" is also ${describeItem(other)}'s`, limit: 'every interaction id unique' });
			else seen.set(id, r);
			for (const v of SCORM_VERSIONS) {
				const problem = identifierProblem(v, id, limits(v).interactionId);
				if (problem) {
					const kind = v === 'scorm12' ? 'CMIIdentifier: printable ASCII without spaces' : 'long_identifier_type: no whitespace';
					failures.push({ subject: describeItem(r), version: v, found: `interaction id ${problem}`, limit: `${kind}, ≤ ${limits(v).interactionId} characters (cmi.interactions.n.id)` });
				}
			}
		}
		return failures;
	}
};

export const objectiveIds: Rule = {
	id: 'objective-ids',
	description: 'Every objective id the course writes is unique and a valid cmi.objectives.n.id',
	check(input) {
		const failures: Failure[] = [];
		const seen = new Set<string>();
		for (const { id } of input.objectives) {
			if (seen.has(id)) failures.push({ subject: `objective ${id}`, found: 'written for two objectives', limit: 'every objective id unique' });
			seen.add(id);
			for (const v of SCORM_VERSIONS) {
				const problem = identifierProblem(v, id, limits(v).objectiveId);
				if (problem) {
					failures.push({ subject: `objective ${id}`, version: v, found: `objective id ${problem}`, limit: `≤ ${limits(v).objectiveId} characters, no whitespace (cmi.objectives.n.id)` });
				}
			}
		}
		return failures;
	}
};

export const responseTokens: Rule = {
	id: 'response-tokens',
	description: 'Every correct pattern and learner response (correctPattern / learnerResponse, every option) has the strict format of its type',
	check(input) {
		const failures: Failure[] = [];
		for (const r of lessonItems(input)) {
			const item = r.item as QuizItem & ReportableItem;
			let type: InteractionType;
			try {
				type = interactionType(item);
			} catch (error) {
				failures.push({ subject: describeItem(r), found: message(error), limit: 'a SCORM interaction type' });
				continue;
			}
			for (const v of SCORM_VERSIONS) {
				const limit = `${RESPONSE_RULE[v][type] ?? 'the type\'s format'} (cmi.interactions.n.${dataModel[v].interaction.learnerResponse} / correct_responses.n.pattern)`;
				const values: [what: string, make: () => string][] = [
					['correct pattern', () => input.format.correctPattern(v, item)],
					...responsesToCheck(item).map((response): [string, () => string] => [
						`response ${quote(JSON.stringify(response), 40)}`,
						() => input.format.learnerResponse(v, item, response as never)
					])
				];
				for (const [what, make] of values) {
					let value: string;
					try {
						value = make();
					} catch (error) {
						failures.push({ subject: describeItem(r), version: v, found: `${what} cannot be written: ${message(error)}`, limit });
						continue;
					}
					const problem = responseProblem(v, type, value);
					if (problem) failures.push({ subject: describeItem(r), version: v, found: `${what} → ${quote(value)}: ${problem}`, limit });
				}
			}
		}
		return failures;
	}
};

export const timeFormats: Rule = {
	id: 'time-formats',
	description: 'Timestamps, times and timespans (interactionTime / timespan) have the strict format, at most 2 fractional digits',
	check(input) {
		const failures: Failure[] = [];
		const run = (subject: string, version: ScormVersion, limit: string, make: () => string, ok: (value: string) => string | null) => {
			let value: string;
			try {
				value = make();
			} catch (error) {
				failures.push({ subject, version, found: `threw: ${message(error)}`, limit });
				return;
			}
			const problem = ok(value);
			if (problem) failures.push({ subject, version, found: `${quote(value)} ${problem}`, limit });
		};
		for (const at of SAMPLE_DATES) {
			const iso = new Date(at).toISOString();
			run(`timestamp for ${iso}`, 'scorm2004', 'YYYY-MM-DDThh:mm:ss.s[s] with at most 2 fractional digits, a zone only after them (cmi.interactions.n.timestamp)', () => input.format.interactionTime('scorm2004', at), (value) => {
				if (!TIMESTAMP_2004.test(value)) return /\.\d{3}/.test(value) ? 'has more than 2 fractional digits' : 'is not a SCORM 2004 time(second,10,2)';
				const hasZone = /(Z|[+-]\d{2}(:\d{2})?)$/.test(value.slice(19));
				const parsed = hasZone ? Date.parse(value) : NaN;
				return hasZone && !(Math.abs(parsed - at) < 10) ? 'names a different time' : null;
			});
			run(`time for ${iso}`, 'scorm12', 'HH:MM:SS(.SS), a time of day (cmi.interactions.n.time)', () => input.format.interactionTime('scorm12', at), (value) =>
				TIME_12.test(value) ? null : 'is not a CMITime'
			);
		}
		for (const ms of SAMPLE_DURATIONS) {
			run(`timespan for ${ms} ms`, 'scorm12', 'HH[HH]:MM:SS(.SS) (cmi.core.session_time, cmi.interactions.n.latency)', () => input.format.timespan('scorm12', ms), (value) =>
				TIMESPAN_12.test(value) ? null : 'is not a CMITimespan'
			);
			run(`duration for ${ms} ms`, 'scorm2004', 'ISO 8601 duration, at most 2 fractional digits (cmi.session_time, cmi.interactions.n.latency)', () => input.format.timespan('scorm2004', ms), (value) =>
				DURATION_2004.test(value) ? null : /\.\d{3}/.test(value) ? 'has more than 2 fractional digits' : 'is not a SCORM 2004 timeinterval'
			);
		}
		return failures;
	}
};

function recordTotals(input: ConformanceInput) {
	const { quiz } = input.course.settings;
	const lessons = input.course.lessons;
	const finalDrawn = finalSize(lessons, quiz.final.perLesson);
	const questions = lessons.reduce((n, l) => n + l.quiz.length, 0) + finalDrawn;
	const seeded = input.packages
		.filter((p) => p.version === 'scorm2004')
		.flatMap((p) => [...p.manifest.matchAll(/objectiveID="([^"]*)"/g)].map((m) => m[1]!));
	const objectives = new Set([...seeded, ...input.objectives.map((o) => o.id)]).size;
	return { questions, tries: quiz.attempts.lms, objectives };
}

export const recordCounts: Rule = {
	id: 'record-counts',
	description: 'The interaction and objective records one attempt can write fit the SCORM 2004 minimums an LMS must hold (250 / 100)',
	check(input) {
		const failures: Failure[] = [];
		const { questions, tries, objectives } = recordTotals(input);
		const v = 'scorm2004';
		const { interactions: maxInteractions, objectives: maxObjectives } = dataModel.scorm2004.limits;
		if (tries === null && questions > 0) {
			failures.push({ subject: 'cmi.interactions', version: v, found: 'unlimited tries in an LMS: one record per try has no bound', limit: `≤ ${maxInteractions} interaction records` });
		} else if (tries !== null && questions * tries > maxInteractions) {
			failures.push({ subject: 'cmi.interactions', version: v, found: `${questions} questions × ${tries} tries = ${questions * tries} records`, limit: `≤ ${maxInteractions} interaction records` });
		}
		if (objectives > maxObjectives) {
			failures.push({ subject: 'cmi.objectives', version: v, found: `${objectives} objectives (manifest and run time)`, limit: `≤ ${maxObjectives} objective records` });
		}
		return failures;
	},
	measure(input) {
		const { questions, tries, objectives } = recordTotals(input);
		const { interactions: maxI, objectives: maxO } = dataModel.scorm2004.limits;
		return `${tries === null ? 'unbounded' : questions * tries} interaction records (${questions} questions × ${tries ?? '∞'} tries) of ${maxI}; ${objectives} objectives of ${maxO}`;
	}
};
