import { isDeepStrictEqual } from 'node:util';
import { create } from 'xmlbuilder2';
import type { QuizItem } from '../../../src/lib/content/types.ts';
import { finalSize } from '../../../src/lib/quiz/final.ts';
import type { Response } from '../../../src/lib/quiz/scoring.ts';
import { dataModel, SCORM_VERSIONS } from '../../../src/lib/tracking/scorm/data-model.ts';
import { interactionType, type InteractionType, type ReportableItem } from '../../../src/lib/tracking/scorm/responses.ts';
import { MANIFEST_FILE, NS } from '../manifest.ts';
import { manifestFiles } from '../package.ts';
import type { ConformanceInput, Failure, ReportedItem, Rule, RuleResult, ScormVersion } from './types.ts';
import { lmsPayload } from './payload.ts';
import { longestTextLength, worstCaseProgress } from './worst-case.ts';

/**
 * The strict conformance rules: what a strict LMS (Moodle's strict mode, SCORM Cloud, the specs themselves) refuses
 * and lenient simulators such as scorm-again let through. Each rule is small and pure: it reads the input (built from
 * the real course, the real formatters and the generated manifests, see input.ts) and returns failures, each naming
 * the item and the limit. Limits come from the data-model table (src/lib/tracking/scorm/data-model.ts), so the check
 * and the adapter agree on what the limits are; the *formats* are checked here independently of the formatters, so a
 * formatter bug cannot vouch for itself.
 */

export const VERSION_LABEL: Record<ScormVersion, string> = { scorm12: 'SCORM 1.2', scorm2004: 'SCORM 2004' };

const limits = (v: ScormVersion) => dataModel[v].limits;
const paths = (v: ScormVersion) => dataModel[v].paths;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const quote = (s: string, max = 80) => JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s);

export function describeItem(r: ReportedItem): string {
	const where = r.drawnFrom !== undefined ? `final check, from ${r.drawnFrom}` : r.lesson;
	return `item ${r.item.id} (${where})`;
}

/** Lesson questions only: final-check copies share their options and prompt, so checking them again only repeats. */
const lessonItems = (input: ConformanceInput) => input.items.filter((r) => r.drawnFrom === undefined);

// ---------------------------------------------------------------------------------------------------------------
// Value formats, written from the specs (not from our formatters).
// ---------------------------------------------------------------------------------------------------------------

/** 1.2 CMIIdentifier (RTE 3.4.2): printable ASCII, no spaces. */
const CMI_IDENTIFIER = /^[\x21-\x7e]+$/;
/** 2004 long_identifier_type: a URN when it starts with `urn:`. */
const URN = /^urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:\S+$/i;
/** Response tokens a strict 2004 LMS accepts: Moodle's player rejects hyphens; `[`, `]`, `,` clash with delimiters. */
const TOKEN_2004 = /^[A-Za-z0-9_.]+$/;
const TOKEN_12 = /^[0-9a-z]$/;
/** xs:ID / NCName, ASCII only (what every LMS's manifest parser handles). */
const XML_ID = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Why an identifier is not a valid cmi.interactions.n.id / cmi.objectives.n.id in a version, or null. */
function identifierProblem(version: ScormVersion, id: string, max: number): string | null {
	if (id.length === 0) return 'is empty';
	if (version === 'scorm12') {
		if (!CMI_IDENTIFIER.test(id)) return `${quote(id)} has a space or a character outside printable ASCII`;
	} else {
		if (/\s/u.test(id)) return `${quote(id)} contains whitespace`;
		if (/^urn:/i.test(id) && !URN.test(id)) return `${quote(id)} starts with "urn:" but is not a URN`;
	}
	if (id.length > max) return `is ${id.length} characters`;
	return null;
}

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

/** Why a learner response / correct pattern is not valid for the interaction type in a strict LMS, or null. */
export function responseProblem(version: ScormVersion, type: InteractionType, value: string): string | null {
	const max = limits(version).responseItems;
	if (version === 'scorm12') {
		switch (type) {
			case 'true-false':
				return /^[tf01]$/.test(value) ? null : `${quote(value)} is not t, f, 0 or 1`;
			case 'choice':
			case 'sequencing': {
				const tokens = value.split(',');
				const bad = tokens.find((t) => !TOKEN_12.test(t));
				if (bad !== undefined) return `token ${quote(bad)} is not one character 0-9 or a-z`;
				return tokens.length > max ? `${tokens.length} tokens` : null;
			}
			case 'matching': {
				const bad = value.split(',').find((p) => !/^[0-9a-z]\.[0-9a-z]$/.test(p));
				return bad === undefined ? null : `pair ${quote(bad)} is not x.y with single characters 0-9 / a-z`;
			}
			case 'fill-in':
				return value.length > limits(version).responseText ? `is ${value.length} characters` : null;
		}
		return null;
	}
	switch (type) {
		case 'true-false':
			return /^(true|false)$/.test(value) ? null : `${quote(value)} is not true or false`;
		case 'choice':
		case 'sequencing': {
			const tokens = value.split('[,]');
			const bad = tokens.find((t) => !TOKEN_2004.test(t));
			if (bad !== undefined) return `token ${quote(bad)} has characters outside [A-Za-z0-9_.]`;
			if (tokens.length > max) return `${tokens.length} tokens`;
			if (type === 'choice' && new Set(tokens).size !== tokens.length) return `${quote(value)} repeats a token`;
			return null;
		}
		case 'matching': {
			for (const pair of value.split('[,]')) {
				const parts = pair.split('[.]');
				if (parts.length !== 2) return `pair ${quote(pair)} is not source[.]target`;
				const bad = parts.find((t) => !TOKEN_2004.test(t));
				if (bad !== undefined) return `token ${quote(bad)} has characters outside [A-Za-z0-9_.]`;
			}
			return null;
		}
		case 'fill-in': {
			const parts = value.replace(/^(\{(case_matters|order_matters|lang)=[^}]*\})+/, '').split('[,]');
			if (parts.length > 10) return `${parts.length} strings`;
			const long = parts.find((p) => p.length > limits(version).responseText);
			return long === undefined ? null : `a string of ${long.length} characters`;
		}
	}
	return null;
}

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
const TIMESTAMP_2004 = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2}(\.\d{1,2}(Z|[+-]\d{2}(:\d{2})?)?)?)?)?)?)?)?$/;
// 2004 timeinterval(second,10,2): ISO 8601 duration, at most 2 fractional digits on the seconds.
const DURATION_2004 = /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;
// 1.2 CMITime (time of day) and CMITimespan (HHHH:MM:SS.SS, 2–4 hour digits).
const TIME_12 = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
const TIMESPAN_12 = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;

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

export const manifestIds: Rule = {
	id: 'manifest-ids',
	description: 'Manifest identifiers (manifest, organization, item, resource, objectiveID) are unique, valid XML IDs, and references resolve',
	check(input) {
		const failures: Failure[] = [];
		for (const pkg of input.packages) {
			const subject = (what: string) => `${MANIFEST_FILE} ${what}`;
			let root: Element;
			try {
				root = create(pkg.manifest).root().node as unknown as Element;
			} catch (error) {
				failures.push({ subject: subject('(whole file)'), version: pkg.version, found: `does not parse: ${message(error)}`, limit: 'well-formed XML' });
				continue;
			}
			const cp = root.namespaceURI ?? '';
			const all = [root, ...root.getElementsByTagName('*')];
			const ids = new Map<string, string>();
			for (const el of all) {
				if (!el.hasAttribute('identifier')) continue;
				const value = el.getAttribute('identifier') ?? '';
				const where = `<${el.localName} identifier>`;
				if (!XML_ID.test(value)) failures.push({ subject: subject(where), version: pkg.version, found: quote(value), limit: 'an XML ID (NCName): a letter or _ first, then letters, digits, _ . -' });
				const other = ids.get(value);
				if (other) failures.push({ subject: subject(where), version: pkg.version, found: `${quote(value)} is also the identifier of <${other}>`, limit: 'identifiers unique in the manifest (xs:ID)' });
				ids.set(value, el.localName);
			}
			if (!root.hasAttribute('identifier')) failures.push({ subject: subject('<manifest>'), version: pkg.version, found: 'has no identifier', limit: 'identifier is required' });
			const byName = (name: string, ns = cp) => [...root.getElementsByTagNameNS(ns, name)];
			const idsOf = (name: string) => new Set(byName(name).map((e) => e.getAttribute('identifier')));
			const organizations = idsOf('organization');
			const resources = idsOf('resource');
			for (const orgs of byName('organizations')) {
				const def = orgs.getAttribute('default');
				if (def !== null && !organizations.has(def)) failures.push({ subject: subject('<organizations default>'), version: pkg.version, found: `${quote(def)} names no <organization>`, limit: 'an IDREF to an organization' });
			}
			for (const el of [...byName('item'), ...byName('dependency')]) {
				const ref = el.getAttribute('identifierref');
				if (ref !== null && !resources.has(ref)) failures.push({ subject: subject(`<${el.localName} identifierref>`), version: pkg.version, found: `${quote(ref)} names no <resource>`, limit: 'an IDREF to a resource' });
			}
			for (const seq of byName('objectives', NS.scorm2004.imsss)) {
				const seen = new Set<string>();
				for (const el of [...seq.children]) {
					const value = el.getAttribute('objectiveID');
					if (value === null) continue;
					const where = `<imsss:${el.localName} objectiveID>`;
					if (!XML_ID.test(value)) failures.push({ subject: subject(where), version: pkg.version, found: quote(value), limit: 'an XML ID (NCName), so cmi.objectives.n.id can be the same string' });
					if (seen.has(value)) failures.push({ subject: subject(where), version: pkg.version, found: `${quote(value)} declared twice`, limit: 'objectiveIDs unique within an activity' });
					seen.add(value);
				}
			}
		}
		return failures;
	}
};

export const packageFiles: Rule = {
	id: 'package-files',
	description: 'Every file in the zip is listed in the manifest, and every listed file is in the zip',
	check(input) {
		const failures: Failure[] = [];
		for (const pkg of input.packages) {
			const limit = `every file of the package listed in its ${MANIFEST_FILE} resource, nothing else`;
			if (!pkg.entries.includes(MANIFEST_FILE)) failures.push({ subject: MANIFEST_FILE, version: pkg.version, found: 'is not at the zip root', limit: `${MANIFEST_FILE} at the zip root` });
			let listed: string[];
			try {
				listed = manifestFiles(pkg.manifest);
			} catch (error) {
				failures.push({ subject: MANIFEST_FILE, version: pkg.version, found: `cannot be read: ${message(error)}`, limit });
				continue;
			}
			const inZip = new Set(pkg.entries.filter((e) => e !== MANIFEST_FILE && !e.endsWith('/')));
			const listedSet = new Set(listed);
			for (const file of listedSet) if (listed.indexOf(file) !== listed.lastIndexOf(file)) failures.push({ subject: `file ${file}`, version: pkg.version, found: 'listed twice', limit });
			for (const file of listedSet) if (!inZip.has(file)) failures.push({ subject: `file ${file}`, version: pkg.version, found: `listed in ${MANIFEST_FILE} but not in the zip`, limit });
			for (const file of inZip) if (!listedSet.has(file)) failures.push({ subject: `file ${file}`, version: pkg.version, found: `in the zip but not listed in ${MANIFEST_FILE}`, limit });
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

/** Every rule, in report order. */
export const RULES: readonly Rule[] = [
	suspendData,
	bookmarkLocation,
	interactionIds,
	objectiveIds,
	responseTokens,
	timeFormats,
	manifestIds,
	packageFiles,
	recordCounts,
	lmsPayload
];

/** Runs rules; a rule that throws is reported as a failure of that rule, not a crash of the check. */
export function runRules(input: ConformanceInput, rules: readonly Rule[] = RULES): RuleResult[] {
	return rules.map((rule) => {
		try {
			const failures = rule.check(input);
			let measured: string | undefined;
			try {
				measured = rule.measure?.(input);
			} catch {
				// A measure is a nicety for the report; the failures above already say what is wrong.
			}
			return { rule, failures, ...(measured === undefined ? {} : { measured }) };
		} catch (error) {
			return { rule, failures: [{ subject: `rule ${rule.id}`, found: `crashed: ${message(error)}`, limit: 'the rule runs to completion' }] };
		}
	});
}

export function formatFailure(f: Failure): string {
	return `${f.version ? `[${VERSION_LABEL[f.version]}] ` : ''}${f.subject}: ${f.found} — limit: ${f.limit}`;
}

/** The report: one line per rule (OK / FAIL), each failure indented below its rule, a summary last. */
export function formatReport(results: readonly RuleResult[], title: string): string {
	const width = Math.max(...results.map((r) => r.rule.id.length));
	const lines = [title, ''];
	const indent = ' '.repeat(width + 10);
	for (const { rule, failures, measured } of results) {
		lines.push(`  ${failures.length ? 'FAIL' : 'OK  '}  ${rule.id.padEnd(width)}  ${rule.description}`);
		if (measured) lines.push(`${indent}${measured}`);
		for (const f of failures) lines.push(`${indent}- ${formatFailure(f)}`);
	}
	const failed = results.filter((r) => r.failures.length);
	const count = failed.reduce((n, r) => n + r.failures.length, 0);
	lines.push(
		'',
		failed.length
			? `${results.length} rules: ${results.length - failed.length} OK, ${failed.length} failed (${count} failure${count === 1 ? '' : 's'}).`
			: `${results.length} rules: all OK.`
	);
	return lines.join('\n');
}
