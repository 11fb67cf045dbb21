/**
 * Strict mode's verdict on one SetValue: the LMS preview plays a strict LMS (the specs' data types and sizes, Moodle's
 * strict mode and token rules), so what a strict LMS refuses is refused — "false" with the spec's error code (1.2:
 * 405 incorrect data type; 2004: 406 type mismatch, 407 value out of range) and a diagnostic naming the limit — before
 * scorm-again, which is lenient (it takes 1.2 suspend_data over 4096 characters, ids with spaces, hyphens in choice
 * responses, timestamps with three fractional digits, descriptions over 250 characters).
 *
 * Element names and sizes come from the data-model table and the value formats from value-formats.ts: the same
 * definitions the packaging check (scripts/package/conformance/) holds the course to. Pure: no DOM, no API.
 */

import { dataModel, type ScormVersion } from '../src/lib/tracking/scorm/data-model.ts';
import {
	DECIMAL,
	DURATION_2004,
	identifierProblem,
	quote,
	responseProblem,
	TIME_12,
	TIMESPAN_12,
	TIMESTAMP_2004
} from '../src/lib/tracking/scorm/value-formats.ts';
import type { StrictRejection } from './types.ts';

/** 1.2 cmi.comments (CMIString4096) and 2004 cmi.comments_from_learner.n.comment (localized_string_type SPM 4000). */
const COMMENTS: Readonly<Record<ScormVersion, number>> = { scorm12: 4096, scorm2004: 4000 };
/** 1.2 scores (cmi.core.score.*, cmi.objectives.n.score.*) are CMIDecimal 0–100. */
const SCORE_12 = [0, 100] as const;
/** 2004 score.scaled −1…1 and progress_measure 0…1. */
const SCALED = [-1, 1] as const;
const PROGRESS = [0, 1] as const;

const shortQuote = (s: string) => quote(s, 40);

/** What each version's response limit says, for the diagnostic. */
const RESPONSE_LIMIT: Readonly<Record<ScormVersion, string>> = {
	scorm12: 'CMI 1.2: single characters 0-9 / a-z joined by "," (choice, sequencing), x.y pairs (matching), t/f, at most 255 characters',
	scorm2004: 'tokens of [A-Za-z0-9_.] (Moodle rejects hyphens) joined by "[,]", source[.]target pairs (matching), true/false, fill-in strings of at most 250 characters'
};

/**
 * The strict LMS's verdict on SetValue(element, value): null to let it through (scorm-again still judges it), or the
 * rejection. `heldType(n)` is cmi.interactions.n.type as the LMS holds it ('' when not set): response formats depend
 * on it.
 */
export function strictCheck(version: ScormVersion, element: string, value: string, heldType: (n: string) => string): StrictRejection | null {
	const is12 = version === 'scorm12';
	const { paths, limits, interaction, objective } = dataModel[version];
	const typeMismatch = is12 ? '405' : '406';
	const outOfRange = is12 ? '405' : '407';
	const reject = (code: string, problem: string, limit: string): StrictRejection => ({ code, diagnostic: `Strict LMS: ${element} ${problem}. Limit: ${limit}.` });
	const maxLength = (max: number, type: string) => (value.length > max ? reject(typeMismatch, `is ${value.length} characters`, `at most ${max} characters (${type})`) : null);
	const decimalIn = ([min, max]: readonly [number, number]) =>
		!DECIMAL.test(value)
			? reject(typeMismatch, `${shortQuote(value)} is not a decimal number`, 'a real number with "." as the separator')
			: Number(value) < min || Number(value) > max
				? reject(outOfRange, `${value} is out of range`, `${min} to ${max}`)
				: null;
	const identifier = (max: number) => {
		const problem = identifierProblem(version, value, max);
		if (!problem) return null;
		return reject(
			typeMismatch,
			problem,
			is12 ? `CMIIdentifier: printable ASCII without spaces, 1 to ${max} characters` : `long_identifier_type: no whitespace, a URN if it starts with urn:, at most ${max} characters`
		);
	};
	const duration = () =>
		is12
			? TIMESPAN_12.test(value)
				? null
				: reject(typeMismatch, `${shortQuote(value)} is not a CMITimespan`, 'HHHH:MM:SS.SS (2 to 4 hour digits, at most 2 fractional digits)')
			: DURATION_2004.test(value)
				? null
				: reject(typeMismatch, `${shortQuote(value)} is not a timeinterval`, 'ISO 8601 duration (PT1M30.5S), at most 2 fractional digits');

	if (element === paths.suspendData) return maxLength(limits.suspendData, is12 ? 'CMIString4096' : 'characterstring SPM 64000');
	if (element === paths.location) return maxLength(limits.location, is12 ? 'CMIString255' : 'characterstring SPM 1000');
	if (element === paths.sessionTime) return duration();
	if (is12 && element === 'cmi.comments') return maxLength(COMMENTS.scorm12, 'CMIString4096');
	if (!is12 && /^cmi\.comments_from_learner\.\d+\.comment$/.test(element)) return maxLength(COMMENTS.scorm2004, 'localized_string_type SPM 4000');
	if (is12 && ([paths.scoreRaw, paths.scoreMin, paths.scoreMax] as string[]).includes(element)) return value === '' ? null : decimalIn(SCORE_12);
	if (element === paths.scoreScaled) return decimalIn(SCALED);
	if (element === paths.progressMeasure) return decimalIn(PROGRESS);

	const record = /^cmi\.(interactions|objectives)\.(\d+)\.(.+)$/.exec(element);
	if (!record) return null;
	const [, kind, n = '', field] = record;
	if (kind === 'objectives') {
		if (field === objective.id) return identifier(limits.objectiveId);
		if (is12 && ([objective.scoreRaw, objective.scoreMin, objective.scoreMax] as string[]).includes(field!)) return value === '' ? null : decimalIn(SCORE_12);
		if (field === objective.scoreScaled) return decimalIn(SCALED);
		if (field === objective.progressMeasure) return decimalIn(PROGRESS);
		if (field === objective.description) return description(limits.description);
		return null;
	}
	if (field === interaction.id) return identifier(limits.interactionId);
	if (/^objectives\.\d+\.id$/.test(field!)) return identifier(limits.objectiveId);
	if (field === interaction.latency) return duration();
	if (field === interaction.timestamp) {
		if (is12) return TIME_12.test(value) ? null : reject(typeMismatch, `${shortQuote(value)} is not a CMITime`, 'HH:MM:SS.SS, a time of day');
		if (TIMESTAMP_2004.test(value)) return null;
		const digits = /\.(\d+)/.exec(value)?.[1]?.length ?? 0;
		return reject(
			typeMismatch,
			digits > 2 ? `${shortQuote(value)} has ${digits} fractional digits` : `${shortQuote(value)} is not a time(second,10,2)`,
			'YYYY-MM-DDThh:mm:ss.ssZ, at most 2 fractional digits, a zone only after them'
		);
	}
	if (field === interaction.description) return description(limits.description);
	if (!is12 && field === interaction.weighting) {
		return DECIMAL.test(value) ? null : reject(typeMismatch, `${shortQuote(value)} is not a decimal number`, 'a real number');
	}
	const isPattern = /^correct_responses\.\d+\.pattern$/.test(field!);
	if (field === interaction.learnerResponse || isPattern) {
		const type = heldType(n);
		const problem = responseProblem(version, type, value, isPattern);
		return problem ? reject(typeMismatch, `${problem} (${type || 'no type set'})`, RESPONSE_LIMIT[version]) : null;
	}
	return null;

	/** 2004 descriptions: localized_string_type, the text after a {lang=…} delimiter counts. */
	function description(max: number) {
		const text = value.replace(/^\{lang=[^}]*\}/, '');
		return text.length > max ? reject(typeMismatch, `is ${text.length} characters`, `at most ${max} characters (localized_string_type SPM)`) : null;
	}
}
