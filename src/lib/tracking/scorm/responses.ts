/**
 * Quiz items and learner responses as SCORM interaction values: type, learner/student response, correct-response
 * pattern, result and id, for SCORM 1.2 and 2004.
 *
 * One entry per item type in FORMATS below. A learner response and a correct answer have the same shape for every
 * type (an option id, a list of ids, a boolean, pairs, text), so each entry has ONE encoder used for both — the
 * learner's string and the pattern then compare equal exactly when the answer is right, which is how LMS reports
 * show them. Adding an item type means adding one entry (the compiler insists, FORMATS is exhaustive).
 *
 * Values that cannot be written validly throw a ScormFormatError instead of being "fixed" silently: item and option
 * ids are checked when the course is built, so a failure here is a programming error the adapter should catch,
 * log, and skip for that one interaction. Free text (fill-in) is the exception: the learner typed it, so it is
 * cleaned and shortened rather than refused.
 *
 * Pure functions, no DOM.
 */

import type { MatchPair, ReportableItem, ReportableResponse } from '../tracker.ts';
import { dataModel, type ScormVersion } from './data-model.ts';

export class ScormFormatError extends Error {
	override name = 'ScormFormatError';
}

export type { MatchPair, ReportableItem, ReportableResponse };

export type ReportableItemType = ReportableItem['type'];

/** cmi.interactions.n.type. These names are the same in 1.2 and 2004. */
export type InteractionType = 'choice' | 'true-false' | 'sequencing' | 'matching' | 'fill-in';

// ---------------------------------------------------------------------------------------------------------------
// Tokens: the ids that go inside choice, sequencing and matching values.
// ---------------------------------------------------------------------------------------------------------------

/**
 * 1.2 (RTE 3.4.2.7.5): choice, sequencing and matching use single characters 0–9 or a–z — that is why option ids
 * are one lower-case letter. 2004: short_identifier_type; we allow only letters, digits, `_` and `.` because Moodle's
 * player rejects hyphens in response tokens, and `[`, `]`, `,` would collide with the reserved delimiters.
 */
const TOKEN_PATTERN: Record<ScormVersion, RegExp> = {
	scorm12: /^[0-9a-z]$/,
	scorm2004: /^(?!\.+$)[A-Za-z0-9_.]{1,250}$/
};

function token(version: ScormVersion, value: unknown): string {
	if (typeof value !== 'string' || !TOKEN_PATTERN[version].test(value)) {
		const rule = version === 'scorm12' ? 'one character 0-9 or a-z' : 'letters, digits, _ and . only';
		throw new ScormFormatError(`Invalid ${version} response id ${JSON.stringify(value)}: ${rule}`);
	}
	return value;
}

function tokenList(version: ScormVersion, values: readonly unknown[], what: string, unique: boolean): string[] {
	const { limits } = dataModel[version];
	if (values.length === 0) throw new ScormFormatError(`An empty ${what}`);
	if (values.length > limits.responseItems) {
		throw new ScormFormatError(`${values.length} ids in a ${what}, at most ${limits.responseItems}`);
	}
	const tokens = values.map((v) => token(version, v));
	if (unique && new Set(tokens).size !== tokens.length) {
		throw new ScormFormatError(`A ${what} repeats an id: ${tokens}`);
	}
	return tokens;
}

// ---------------------------------------------------------------------------------------------------------------
// Free text: fill-in responses and descriptions.
// ---------------------------------------------------------------------------------------------------------------

/** Cut to at most `max` UTF-16 units (what JavaScript validators count) without leaving half a surrogate pair. */
function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	let end = max;
	const last = text.charCodeAt(end - 1);
	if (last >= 0xd800 && last <= 0xdbff) end--;
	return text.slice(0, end).trimEnd();
}

/**
 * Learner-typed text made safe for a SCORM string element:
 * - every run of whitespace (including line breaks) becomes one space: validators match with `.`, which does not
 *   match a line break, so one newline would make the whole value a type mismatch; other control characters go;
 * - in 2004, the literal `[,]` would split the text into several responses, so it becomes `,`; and a leading `{`
 *   would be read as a `{lang=…}` / `{case_matters=…}` delimiter (scorm-again rejects it with 406; a language tag
 *   in front does not help), so a space is put before it;
 * - cut to `max` characters.
 */
function cleanText(version: ScormVersion, text: string, max: number): string {
	// eslint-disable-next-line no-control-regex -- removing control characters is the point
	let out = text.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '').trim();
	if (version === 'scorm2004') {
		out = out.replaceAll(dataModel.scorm2004.vocabulary.listDelimiter, ',');
		if (out.startsWith('{')) out = ` ${out}`;
	}
	return truncate(out, max);
}

// ---------------------------------------------------------------------------------------------------------------
// One format per item type.
// ---------------------------------------------------------------------------------------------------------------

type ItemOf<K extends ReportableItemType> = Extract<ReportableItem, { type: K }>;
type ValueOf<K extends ReportableItemType> = ItemOf<K>['correct'];

interface TypeFormat<K extends ReportableItemType> {
	interactionType: InteractionType;
	/** Whether a value has this type's response shape (contents are checked by `encode`). */
	is(value: unknown): value is ValueOf<K>;
	/** The value as a learner response or correct-response pattern string. */
	encode(version: ScormVersion, value: ValueOf<K>): string;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringList = (v: unknown): v is readonly string[] => Array.isArray(v) && v.every(isString);
const isPairList = (v: unknown): v is readonly MatchPair[] =>
	Array.isArray(v) && v.every((p) => Array.isArray(p) && p.length === 2 && isString(p[0]) && isString(p[1]));

/**
 * Choice answers are sets: ids are sorted so that `c,a` and `a,c` report identically, and the learner's string
 * equals the pattern exactly when the answer is right.
 */
function encodeChoice(version: ScormVersion, ids: readonly string[]): string {
	return tokenList(version, ids, 'choice response', true).sort().join(dataModel[version].vocabulary.listDelimiter);
}

const FORMATS: { [K in ReportableItemType]: TypeFormat<K> } = {
	single: {
		interactionType: 'choice',
		is: isString,
		encode: (version, id) => encodeChoice(version, [id])
	},
	multiple: {
		interactionType: 'choice',
		is: isStringList,
		encode: encodeChoice
	},
	'true-false': {
		interactionType: 'true-false',
		is: (v): v is boolean => typeof v === 'boolean',
		encode: (version, value) => (value ? dataModel[version].vocabulary.true : dataModel[version].vocabulary.false)
	},
	ordering: {
		interactionType: 'sequencing',
		is: isStringList,
		// Order is the answer: kept as given. Ids are unique because each option is placed once.
		encode: (version, ids) =>
			tokenList(version, ids, 'sequencing response', true).join(dataModel[version].vocabulary.listDelimiter)
	},
	matching: {
		interactionType: 'matching',
		is: isPairList,
		encode: (version, pairs) => {
			const { listDelimiter, pairDelimiter } = dataModel[version].vocabulary;
			const sources = tokenList(version, pairs.map(([s]) => s), 'matching response', true);
			const targets = tokenList(version, pairs.map(([, t]) => t), 'matching response', false);
			// A set of pairs, like choice: sorted by source so equal answers give equal strings.
			return sources
				.map((s, i) => `${s}${pairDelimiter}${targets[i]}`)
				.sort()
				.join(listDelimiter);
		}
	},
	'fill-in': {
		interactionType: 'fill-in',
		is: isString,
		encode: (version, text) => cleanText(version, text, dataModel[version].limits.responseText)
	}
};

/** The format for an item, with the per-type generics erased (the union of items cannot carry them). */
function formatFor(item: ReportableItem): TypeFormat<ReportableItemType> {
	const format = (FORMATS as Record<string, TypeFormat<ReportableItemType>>)[item.type];
	if (!format) throw new ScormFormatError(`No format for item type ${JSON.stringify(item.type)}`);
	return format;
}

// ---------------------------------------------------------------------------------------------------------------
// Public API.
// ---------------------------------------------------------------------------------------------------------------

/** cmi.interactions.n.type for an item (same word in both versions). */
export function interactionType(item: Pick<ReportableItem, 'type'>): InteractionType {
	return formatFor(item as ReportableItem).interactionType;
}

/** cmi.core… `student_response` (1.2) / `learner_response` (2004) for a response to `item`. */
export function learnerResponse(version: ScormVersion, item: ReportableItem, response: ReportableResponse): string {
	const format = formatFor(item);
	if (!format.is(response)) {
		throw new ScormFormatError(`Response ${JSON.stringify(response)} does not fit a ${item.type} item (${item.id})`);
	}
	return format.encode(version, response as never);
}

/** cmi.interactions.n.correct_responses.0.pattern for `item`. */
export function correctPattern(version: ScormVersion, item: ReportableItem): string {
	const format = formatFor(item);
	if (!format.is(item.correct)) throw new ScormFormatError(`Item ${item.id} has a malformed correct answer`);
	return format.encode(version, item.correct as never);
}

/** cmi.interactions.n.result: 1.2 `correct`/`wrong`, 2004 `correct`/`incorrect`. */
export function resultValue(version: ScormVersion, correct: boolean): string {
	const { vocabulary } = dataModel[version];
	return correct ? vocabulary.resultCorrect : vocabulary.resultIncorrect;
}

/**
 * Printable ASCII without spaces (0x21–0x7E), 1–255 characters: valid as a 1.2 CMIIdentifier and a 2004
 * long_identifier_type (whose 4000 limit is looser), so the same id works in both packages. Course item ids
 * (/^[a-z][a-z0-9_]{0,63}$/) always pass; the check guards against a future id scheme that would not.
 * 2004 reads an id starting with `urn:` as a URN, so such an id must also be one (`urn:<nid>:<nss>`).
 */
const INTERACTION_ID = /^[\x21-\x7e]{1,255}$/;
const URN = /^urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:\S+$/i;

export function interactionId(itemId: string): string {
	if (
		typeof itemId !== 'string' ||
		!INTERACTION_ID.test(itemId) ||
		(/^urn:/i.test(itemId) && !URN.test(itemId))
	) {
		throw new ScormFormatError(`Invalid interaction id ${JSON.stringify(itemId)}`);
	}
	return itemId;
}
