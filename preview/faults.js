// @ts-check
/**
 * Fault injection for the LMS preview: an LMS that fails on purpose, to see (and test) what the course does.
 *
 * Loaded by preview/main.ts only when the address has `?faults=…`:
 *   ?faults=commit-fails,slow-commit          preset names, comma-separated (see PRESETS)
 *   ?faults={"rules":[{"method":"commit","action":"false","code":"391","times":2}]}   a FaultSpec as JSON
 *   ?faults=none                              nothing yet: set faults later from the console or a test
 * and changed at any time through `window.previewFaults` (set / add / clear). Each launch's scorm-again API object
 * is wrapped by `wrap()` before the preview instruments it, so the call log shows what the course saw: the "false"
 * and the injected error code, which GetLastError / GetErrorString / GetDiagnostic then report as scorm-again's own.
 *
 * Plain browser ES module with JSDoc types (checked by npm run check).
 */

import { dataModel } from '../src/lib/tracking/scorm/data-model.ts';

/** @typedef {import('../src/lib/tracking/scorm/data-model.ts').ScormVersion} ScormVersion */
/** @typedef {'initialize' | 'terminate' | 'getValue' | 'setValue' | 'commit'} Method */
/**
 * @typedef {object} Rule
 * @property {Method | '*'} method
 * @property {'false' | 'throw' | 'slow'} action  answer "false" with `code`, throw an Error, or busy-wait `ms` then answer normally
 * @property {string} [element]  GetValue/SetValue only: a regular expression the element must match
 * @property {string} [code]     error code for "false" (default: the version's general failure for that call)
 * @property {number} [ms]       for "slow" (capped at MAX_SLOW_MS)
 * @property {number} [times]    apply to this many matching calls, then stop (default: every call)
 * @property {number} [used]     how many calls it has applied to (kept by this module)
 */
/**
 * @typedef {object} FaultSpec
 * @property {Rule[]} [rules]
 * @property {'normal' | 'review' | 'browse'} [mode]   cmi.mode / cmi.core.lesson_mode the LMS reports
 * @property {'credit' | 'no-credit'} [credit]
 * @property {string} [suspendData]                   replaces the stored suspend_data at launch
 */

/** A slow LMS is simulated with a synchronous busy-wait (SCORM calls are synchronous): bounded, so a test cannot hang. */
const MAX_SLOW_MS = 5000;

/** The five course-facing calls a fault can hit, by the data model's names. @type {readonly Method[]} */
const METHODS = ['initialize', 'terminate', 'getValue', 'setValue', 'commit'];

/**
 * The error an LMS gives when a call fails for its own reasons (not the course's): 1.2 has only 101 general
 * exception; 2004 has one per call (102 general initialization, 111 general termination, 351 general set,
 * 391 general commit failure, 301 general get failure).
 * @type {Record<ScormVersion, Record<Method, string>>}
 */
const GENERAL = {
	scorm12: { initialize: '101', terminate: '101', getValue: '101', setValue: '101', commit: '101' },
	scorm2004: { initialize: '102', terminate: '111', getValue: '301', setValue: '351', commit: '391' }
};

/** @type {Record<string, (v: ScormVersion) => FaultSpec>} */
const PRESETS = {
	none: () => ({}),
	'commit-fails': () => ({ rules: [{ method: 'commit', action: 'false' }] }),
	'commit-throws': () => ({ rules: [{ method: 'commit', action: 'throw' }] }),
	'set-fails': () => ({ rules: [{ method: 'setValue', action: 'false' }] }),
	'set-throws': () => ({ rules: [{ method: 'setValue', action: 'throw' }] }),
	'suspend-fails': () => ({ rules: [{ method: 'setValue', element: '^cmi\\.suspend_data$', action: 'false' }] }),
	/** The LMS lost the session (1.2 301 "not initialized", 2004 132 "store data before initialization"). */
	'session-lost': (v) => ({ rules: [{ method: 'setValue', action: 'false', code: v === 'scorm12' ? '301' : '132' }, { method: 'commit', action: 'false', code: v === 'scorm12' ? '301' : '142' }] }),
	/** A value the LMS will never take: the learner's response, with the version's type-mismatch code. */
	'response-refused': (v) => ({ rules: [{ method: 'setValue', element: '_response$', action: 'false', code: v === 'scorm12' ? '405' : '406' }] }),
	'init-fails': () => ({ rules: [{ method: 'initialize', action: 'false' }] }),
	'init-fails-twice': () => ({ rules: [{ method: 'initialize', action: 'false', times: 2 }] }),
	'terminate-fails': () => ({ rules: [{ method: 'terminate', action: 'false' }] }),
	'slow-commit': () => ({ rules: [{ method: 'commit', action: 'slow', ms: 1500 }] }),
	'slow-init': () => ({ rules: [{ method: 'initialize', action: 'slow', ms: 1500 }] }),
	review: () => ({ mode: 'review' }),
	browse: () => ({ mode: 'browse' }),
	'no-credit': () => ({ credit: 'no-credit' })
};

/** @param {string} raw @param {ScormVersion} version @returns {FaultSpec} */
export function parseFaults(raw, version) {
	const text = raw.trim();
	if (text.startsWith('{')) return JSON.parse(text);
	/** @type {FaultSpec} */
	const spec = { rules: [] };
	for (const name of text.split(',').map((s) => s.trim()).filter(Boolean)) {
		const preset = PRESETS[name];
		if (!preset) throw new Error(`Unknown fault preset "${name}" (known: ${Object.keys(PRESETS).join(', ')})`);
		const { rules = [], ...rest } = preset(version);
		spec.rules = [...(spec.rules ?? []), ...rules];
		Object.assign(spec, rest);
	}
	return spec;
}

/** @type {FaultSpec} */
let spec = {};

/** @param {number} ms */
function busyWait(ms) {
	const end = performance.now() + Math.min(Math.max(0, ms), MAX_SLOW_MS);
	while (performance.now() < end) {
		/* an LMS that answers slowly blocks the course's thread too: SCORM calls are synchronous */
	}
}

/**
 * Wraps a fresh scorm-again instance (before the preview instruments it): seeds mode, credit and suspend_data, and
 * makes the five course-facing calls fail as the current spec says.
 * @param {any} instance
 * @param {ScormVersion} version
 * @param {(message: string, level?: 'info' | 'warning') => void} note
 */
export function wrap(instance, version, note) {
	const is12 = version === 'scorm12';
	/** @type {Record<string, any>} */
	const seed = {};
	if (is12 && (spec.mode || spec.credit)) seed.core = { ...(spec.mode ? { lesson_mode: spec.mode } : {}), ...(spec.credit ? { credit: spec.credit } : {}) };
	if (!is12 && spec.mode) seed.mode = spec.mode;
	if (!is12 && spec.credit) seed.credit = spec.credit;
	if (spec.suspendData !== undefined) seed.suspend_data = spec.suspendData;
	if (Object.keys(seed).length) {
		instance.loadFromJSON(seed, '');
		note(`Faults: the LMS reports ${JSON.stringify(seed).slice(0, 300)}.`, 'warning');
	}
	for (const method of METHODS) {
		const name = dataModel[version].methods[method];
		const original = instance[name];
		if (typeof original !== 'function') continue;
		instance[name] = (/** @type {string[]} */ ...args) => {
			const rule = (spec.rules ?? []).find(
				(r) =>
					(r.method === method || r.method === '*') &&
					(r.times === undefined || (r.used ?? 0) < r.times) &&
					(!r.element || new RegExp(r.element).test(String(args[0] ?? '')))
			);
			if (!rule) return original.apply(instance, args);
			rule.used = (rule.used ?? 0) + 1;
			if (rule.action === 'slow') {
				busyWait(rule.ms ?? 1000);
				return original.apply(instance, args);
			}
			if (rule.action === 'throw') {
				note(`Faults: ${name}(${args.map((a) => JSON.stringify(String(a)).slice(0, 60)).join(', ')}) threw.`, 'warning');
				throw new Error(`Simulated LMS failure in ${name}`);
			}
			instance.lastErrorCode = rule.code ?? GENERAL[version][method];
			return 'false';
		};
	}
}

/** The console and test handle. */
const previewFaults = {
	wrap,
	parseFaults,
	presets: Object.keys(PRESETS),
	get spec() {
		return spec;
	},
	/** Replaces the faults (rules apply from the next call; mode, credit and suspendData from the next launch). @param {FaultSpec} next */
	set(next) {
		spec = structuredClone(next);
	},
	/** Adds rules to the current ones. @param {Rule[]} rules */
	add(...rules) {
		spec = { ...spec, rules: [...(spec.rules ?? []), ...structuredClone(rules)] };
	},
	/** The LMS works again. */
	clear() {
		spec = {};
	}
};
/** @type {any} */ (window).previewFaults = previewFaults;

const param = new URLSearchParams(location.search).get('faults');
if (param !== null) {
	const version = new URLSearchParams(location.search).get('v') === 'scorm12' ? 'scorm12' : 'scorm2004';
	spec = parseFaults(param, version);
}
