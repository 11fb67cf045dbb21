/**
 * The value formats a strict LMS enforces (identifiers, response tokens per interaction type, times, durations,
 * decimals), written from the specs and Moodle's strict player, not from the course's formatters, so a formatter bug
 * cannot vouch for itself. One definition, imported by the packaging check (scripts/package/conformance/rules.ts) and
 * by the LMS preview's strict mode (preview/strict.ts). Sizes come from the data-model table.
 *
 * Each `…Problem` function says why a value is refused, or returns null. Pure: no DOM, no LMS.
 */

import { dataModel, type ScormVersion } from './data-model.ts';

/** 1.2 CMIIdentifier (RTE 3.4.2): printable ASCII, no spaces. */
export const CMI_IDENTIFIER = /^[\x21-\x7e]+$/;
/** 2004 long_identifier_type: a URN when it starts with `urn:`. */
export const URN = /^urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:\S+$/i;
/** Response tokens a strict 2004 LMS accepts: Moodle's player rejects hyphens; `[`, `]`, `,` clash with delimiters. */
export const TOKEN_2004 = /^[A-Za-z0-9_.]+$/;
/** 1.2 choice, sequencing, likert tokens: one character 0–9 or a–z. */
export const TOKEN_12 = /^[0-9a-z]$/;
/** xs:ID / NCName, ASCII only (what every LMS's manifest parser handles). */
export const XML_ID = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
/** CMIDecimal / real(10,7): digits with "." as the separator. */
export const DECIMAL = /^-?\d+(\.\d+)?$/;
/** 2004 time(second,10,2): `YYYY[-MM[-DD[Thh[:mm[:ss[.s[TZD]]]]]]]`, at most 2 fractional digits, zone only after them. */
export const TIMESTAMP_2004 = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2}(\.\d{1,2}(Z|[+-]\d{2}(:\d{2})?)?)?)?)?)?)?)?$/;
/** 2004 timeinterval(second,10,2): ISO 8601 duration, at most 2 fractional digits on the seconds. */
export const DURATION_2004 = /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;
/** 1.2 CMITime: a time of day, HH:MM:SS(.SS). */
export const TIME_12 = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
/** 1.2 CMITimespan: HHHH:MM:SS.SS, 2 to 4 hour digits. */
export const TIMESPAN_12 = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
/** 2004 fill-in: the most strings one value may hold. */
export const FILL_IN_STRINGS = 10;
/** 2004 long-fill-in and other: localized_string_type / characterstring SPM 4000. */
export const LONG_TEXT_2004 = 4000;

/** A value in a message: JSON-quoted, cut at `max` characters. */
export const quote = (s: string, max = 80): string => JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s);

/** Why an identifier is not a valid cmi.interactions.n.id / cmi.objectives.n.id in a version, or null. */
export function identifierProblem(version: ScormVersion, id: string, max: number): string | null {
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

/**
 * Why a learner response or correct-response pattern is not valid for the interaction type in a strict LMS, or
 * null. `type` is cmi.interactions.n.type as the LMS holds it (any string: the types the course does not write,
 * likert, numeric, long-fill-in, other, are judged too; an unknown type only by length in 1.2). `isPattern`: the
 * value is a correct_responses.n.pattern (2004 numeric patterns are ranges `min[:]max`).
 */
export function responseProblem(version: ScormVersion, type: string, value: string, isPattern = false): string | null {
	const { responseItems: max, responseText } = dataModel[version].limits;
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
			case 'likert':
				return value === '' || TOKEN_12.test(value) ? null : `${quote(value)} is not one character 0-9 or a-z`;
			case 'numeric':
				return DECIMAL.test(value) ? null : `${quote(value)} is not a decimal number`;
		}
		// fill-in, performance and anything else: CMIFeedback, a string of at most 255 characters.
		return value.length > responseText ? `is ${value.length} characters` : null;
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
			const pairs = value.split('[,]');
			if (pairs.length > max) return `${pairs.length} pairs`;
			for (const pair of pairs) {
				const parts = pair.split('[.]');
				if (parts.length !== 2) return `pair ${quote(pair)} is not source[.]target`;
				const bad = parts.find((t) => !TOKEN_2004.test(t));
				if (bad !== undefined) return `token ${quote(bad)} has characters outside [A-Za-z0-9_.]`;
			}
			return null;
		}
		case 'fill-in': {
			const parts = value.replace(/^(\{(case_matters|order_matters|lang)=[^}]*\})+/, '').split('[,]');
			if (parts.length > FILL_IN_STRINGS) return `${parts.length} strings`;
			const long = parts.find((p) => p.length > responseText);
			return long === undefined ? null : `a string of ${long.length} characters`;
		}
		case 'likert':
			return TOKEN_2004.test(value) ? null : `${quote(value)} is not a token of [A-Za-z0-9_.]`;
		case 'numeric':
			if (isPattern && /^(-?\d+(\.\d+)?)?\[:\](-?\d+(\.\d+)?)?$/.test(value)) return null;
			return DECIMAL.test(value) ? null : `${quote(value)} is not a decimal number${isPattern ? ' or min[:]max' : ''}`;
		case 'long-fill-in':
		case 'other':
			return value.length > LONG_TEXT_2004 ? `is ${value.length} characters` : null;
	}
	return null;
}
