// @ts-check
/**
 * LMS preview: a simulated LMS page for the course packages (served by scripts/preview/start-preview.ts).
 *
 * It does what an LMS player does: puts the SCORM API object on its window (scorm-again, the LMS-side runtime),
 * seeds the data model (learner, entry, pass mark from the manifest, the stored attempt), launches the SCO in an
 * iframe from a deep path, and keeps what the SCO commits. Beside the course it shows the data model live and a log
 * of every API call, and it exposes `window.previewLms` for automated tests.
 *
 * Plain browser ES module with JSDoc types: no build step.
 */

/** @typedef {'scorm12' | 'scorm2004'} ScormVersion */
/**
 * @typedef {object} LogEntry
 * @property {number} n           1-based position in the log
 * @property {number} launch      launches since this page loaded: 1 for the first, +1 per relaunch
 * @property {number} attempt     the learner attempt (kept in storage)
 * @property {number} session     the session within that attempt (kept in storage)
 * @property {number} at          milliseconds since the preview page loaded
 * @property {string} method      API method the SCO called, e.g. "LMSSetValue" or "SetValue"
 * @property {string[]} args
 * @property {string} result      what the API returned to the SCO
 * @property {string} errorCode   the API's last error after the call ("0" = none; always "0" for the
 *                                GetLastError/GetErrorString/GetDiagnostic calls themselves, which never fail)
 * @property {string} [errorString]
 * @property {string} [diagnostic]
 * @property {boolean} [strict]   refused by strict mode (a strict LMS's limit), not by scorm-again
 */
/**
 * @typedef {object} LmsEvent
 * @property {number} launch
 * @property {number} at
 * @property {'info' | 'warning'} level
 * @property {string} message
 */
/**
 * @typedef {object} StoredAttempt  What this simulated LMS keeps in localStorage between sessions.
 * @property {1} format
 * @property {ScormVersion} version
 * @property {number} attempt
 * @property {number} session        the session that saved it
 * @property {Record<string, any>} cmi   the data model at the last commit / terminate (as scorm-again renders it)
 * @property {string} totalTime      LMS-held total time (session times added at each Terminate/LMSFinish)
 * @property {string} exit           cmi.exit / cmi.core.exit at that point
 * @property {boolean} terminated    whether the session ended with Terminate/LMSFinish
 * @property {'commit' | 'terminate'} trigger
 * @property {string} savedAt        ISO date
 */
/**
 * @typedef {object} LaunchPlan
 * @property {'ab-initio' | 'resume' | ''} entry
 * @property {number} attempt
 * @property {number} session
 * @property {StoredAttempt | null} carry   stored data continued into this session, or null for a fresh attempt
 * @property {string} reason
 */
/**
 * @typedef {object} ManifestInfo
 * @property {string} title
 * @property {string} identifier
 * @property {string} schemaVersion
 * @property {string} launchHref      relative to the package folder, with the item's parameters
 * @property {number | null} mastery  1.2 masteryscore (0–100) or 2004 minNormalizedMeasure (0–1), if declared
 * @property {string} masterySource
 * @property {string} launchData
 * @property {string} completionThreshold
 * @property {string[]} objectiveIds  2004: objective ids from the item's sequencing (primary first)
 * @property {string[]} warnings
 */

/* ---------------------------------------------------------------- configuration ---------------------------------------------------------------- */

/** Same paths as PACKAGE_PATHS in scripts/preview/start-preview.ts. */
const PACKAGE_PATHS = {
	scorm12: '/lms/scorm12/pluginfile.php/42/mod_scorm/content/1/',
	scorm2004: '/lms/scorm2004/pluginfile.php/43/mod_scorm/content/1/'
};
const LEARNER = { id: 'learner_0042', first: 'Jane', last: 'Doe' };
const STORAGE_PREFIX = 'lms-preview:';
const LOG_ROWS_SHOWN = 1500;
const VALUE_PREVIEW = 160;

const NS = {
	adlcp12: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
	adlcp2004: 'http://www.adlnet.org/xsd/adlcp_v1p3',
	imsss: 'http://www.imsglobal.org/xsd/imsss'
};

const VERSIONS = {
	scorm12: {
		label: 'SCORM 1.2',
		other: /** @type {ScormVersion} */ ('scorm2004'),
		otherLabel: 'SCORM 2004',
		global: 'API',
		ctor: 'Scorm12API',
		script: 'scorm12.js',
		suspendLimit: 4096,
		locationLimit: 255,
		init: 'LMSInitialize',
		finish: 'LMSFinish',
		commit: 'LMSCommit',
		set: 'LMSSetValue',
		methods: ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
		diagnostics: ['LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
		el: { exit: 'cmi.core.exit', entry: 'cmi.core.entry', sessionTime: 'cmi.core.session_time' }
	},
	scorm2004: {
		label: 'SCORM 2004 4th edition',
		other: /** @type {ScormVersion} */ ('scorm12'),
		otherLabel: 'SCORM 1.2',
		global: 'API_1484_11',
		ctor: 'Scorm2004API',
		script: 'scorm2004.js',
		suspendLimit: 64000,
		locationLimit: 1000,
		init: 'Initialize',
		finish: 'Terminate',
		commit: 'Commit',
		set: 'SetValue',
		methods: ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'],
		diagnostics: ['GetLastError', 'GetErrorString', 'GetDiagnostic'],
		el: { exit: 'cmi.exit', entry: 'cmi.entry', sessionTime: 'cmi.session_time' }
	}
};

/** @type {ScormVersion} */
const version = new URLSearchParams(location.search).get('v') === 'scorm12' ? 'scorm12' : 'scorm2004';
/** `?mode=review` or `?mode=browse`: launch as an LMS does when a learner reviews a finished attempt. */
const launchMode = (() => {
	const m = new URLSearchParams(location.search).get('mode');
	return m === 'review' || m === 'browse' ? m : 'normal';
})();
const V = VERSIONS[version];
const is12 = version === 'scorm12';
const packagePath = PACKAGE_PATHS[version];
const storageKey = STORAGE_PREFIX + version;
const t0 = performance.now();

/* ---------------------------------------------------------------- state ---------------------------------------------------------------- */

/** @type {any} the current scorm-again API instance (window.API or window.API_1484_11) */
let api = null;
/** @type {LogEntry[]} */
const log = [];
/** @type {LmsEvent[]} */
const events = [];
/** What the LMS held when each earlier session ended (the stored record each launch of this page started from). */
/** @type {StoredAttempt[]} */
const sessionHistory = [];
/** @type {ManifestInfo | null} */
let manifest = null;
/** @type {LaunchPlan | null} */
let plan = null;
/** LMS-held total time at launch (the SCO cannot change it; it grows at Terminate). */
let launchTotalTime = '';
/** Session bookkeeping for the current API instance. */
const session = {
	number: 0,
	state: /** @type {'not initialized' | 'initialized' | 'terminated'} */ ('not initialized'),
	/** Elements the SCO set successfully this session. */
	setElements: /** @type {Set<string>} */ (new Set()),
	/** Successful SetValue calls since the last Commit/Terminate. */
	uncommitted: 0,
	commits: 0,
	lastCommitAt: /** @type {Date | null} */ (null),
	/** The last payload an LMS would have received (renderCommitCMI at commit/terminate). */
	lastPayload: /** @type {unknown} */ (null)
};
/** Set while discarding the attempt (New attempt): the unloading course's Terminate must not save it back. */
let discarding = false;
/** @type {Promise<void> | null} */
let relaunching = null;
/** @type {Array<() => void>} */
let initializedWaiters = [];

/* ---------------------------------------------------------------- small helpers ---------------------------------------------------------------- */

/** @param {string} id */
function $(id) {
	const el = document.getElementById(id);
	if (!el) throw new Error(`#${id} missing from preview/index.html`);
	return el;
}

/**
 * Creates an element. Text children are text nodes, so nothing the course sends is ever parsed as HTML.
 * @param {string} tag
 * @param {Record<string, string | boolean | undefined>} [attrs]
 * @param {...(Node | string | null | undefined | false)} children
 */
function h(tag, attrs = {}, ...children) {
	const el = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) {
		if (v === undefined || v === false) continue;
		if (k === 'class') el.className = String(v);
		else el.setAttribute(k, v === true ? '' : v);
	}
	for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
	return el;
}

/** @param {unknown} v */
function str(v) {
	return v === undefined || v === null ? '' : String(v);
}

/** @param {string} s @param {number} [max] */
function clip(s, max = VALUE_PREVIEW) {
	return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** A value cell: monospace, empty shown as a dash, long values clipped with the full text in a tooltip. */
function val(/** @type {unknown} */ v, max = VALUE_PREVIEW) {
	const s = str(v);
	if (s === '') return h('span', { class: 'empty' }, '—');
	return h('code', { class: 'v', title: s.length > max ? s : undefined }, clip(s, max));
}

function elapsed() {
	return Math.round(performance.now() - t0);
}

/** @param {number} ms */
function fmtElapsed(ms) {
	return `${(ms / 1000).toFixed(2)} s`;
}

/** @param {Record<string, any>} obj  scorm-again's numbered children ({"0": …, "1": …}) in index order */
function indexed(obj) {
	return Object.entries(obj ?? {})
		.filter(([k]) => /^\d+$/.test(k))
		.sort(([a], [b]) => Number(a) - Number(b));
}

/** Deep copy without empty strings and empty objects (scorm-again's defaults), for seeding. @param {any} o */
function prune(o) {
	if (o && typeof o === 'object') {
		/** @type {Record<string, any>} */
		const out = {};
		for (const [k, v] of Object.entries(o)) {
			const p = prune(v);
			if (p !== undefined) out[k] = p;
		}
		return Object.keys(out).length > 0 ? out : undefined;
	}
	return o === '' || o === null ? undefined : o;
}

/** @param {string} message @param {'info' | 'warning'} [level] */
function note(message, level = 'info') {
	const e = { launch: session.number, at: elapsed(), level, message };
	events.push(e);
	appendLogRow(e);
	scheduleRender();
}

/* ---------------------------------------------------------------- storage ---------------------------------------------------------------- */

/** @returns {StoredAttempt | null} */
function loadRecord() {
	try {
		const raw = localStorage.getItem(storageKey);
		const rec = raw ? JSON.parse(raw) : null;
		return rec && rec.format === 1 && rec.cmi ? rec : null;
	} catch {
		return null;
	}
}

/** Saves what the SCO has committed: called after a successful Commit and Terminate. @param {'commit' | 'terminate'} trigger */
function persist(trigger) {
	if (discarding || !api || !plan) return;
	const cmi = api.renderCMIToJSONObject().cmi;
	let totalTime = launchTotalTime;
	let payload;
	try {
		payload = api.renderCommitCMI(trigger === 'terminate');
		if (trigger === 'terminate') totalTime = str(is12 ? payload?.cmi?.core?.total_time : payload?.cmi?.total_time) || totalTime;
	} catch (err) {
		note(`Could not render the commit payload: ${err}`, 'warning');
	}
	session.lastPayload = payload ?? null;
	/** @type {StoredAttempt} */
	const record = {
		format: 1,
		version,
		attempt: plan.attempt,
		session: plan.session,
		cmi,
		totalTime,
		exit: str(is12 ? cmi.core?.exit : cmi.exit),
		terminated: trigger === 'terminate',
		trigger,
		savedAt: new Date().toISOString()
	};
	try {
		localStorage.setItem(storageKey, JSON.stringify(record));
	} catch (err) {
		note(`Could not save to localStorage: ${err}`, 'warning');
	}
}

/* ---------------------------------------------------------------- manifest ---------------------------------------------------------------- */

/** @returns {Promise<ManifestInfo>} */
async function readManifest() {
	const url = `${packagePath}imsmanifest.xml`;
	const res = await fetch(url, { cache: 'no-store' });
	if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
	const doc = new DOMParser().parseFromString(await res.text(), 'application/xml');
	if (doc.getElementsByTagName('parsererror').length > 0) throw new Error(`${url} is not well-formed XML`);
	/** @type {string[]} */
	const warnings = [];
	/** @param {Element | Document} el @param {string} name */
	const all = (el, name) => Array.from(el.getElementsByTagNameNS('*', name));
	/** @param {Element | Document} el @param {string} name */
	const first = (el, name) => all(el, name)[0] ?? null;
	/** @param {Element | null} el */
	const text = (el) => (el?.textContent ?? '').trim();

	const root = doc.documentElement;
	const schemaVersion = text(first(doc, 'schemaversion'));
	if (is12 && schemaVersion !== '1.2') warnings.push(`schemaversion is "${schemaVersion}", expected "1.2"`);
	if (!is12 && !/^2004/.test(schemaVersion)) warnings.push(`schemaversion is "${schemaVersion}", expected "2004 4th Edition"`);

	const orgs = first(doc, 'organizations');
	const orgList = orgs ? all(orgs, 'organization') : [];
	const org = orgList.find((o) => o.getAttribute('identifier') === orgs?.getAttribute('default')) ?? orgList[0] ?? null;
	const item = org ? (all(org, 'item').find((i) => i.hasAttribute('identifierref')) ?? null) : null;
	if (!item) warnings.push('no <item> with an identifierref in the default organization');
	const ref = item?.getAttribute('identifierref') ?? '';
	const resource = all(doc, 'resource').find((r) => r.getAttribute('identifier') === ref) ?? null;
	if (item && !resource) warnings.push(`no <resource identifier="${ref}">`);
	let href = resource?.getAttribute('href') ?? 'index.html';
	const base = resource?.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'base') ?? '';
	if (base) href = base.replace(/\/?$/, '/') + href;
	if (/^([a-z]+:|\/)/i.test(href)) warnings.push(`launch href "${href}" is not relative to the package`);
	const parameters = item?.getAttribute('parameters') ?? '';
	if (parameters) href += (href.includes('?') ? '&' : '?') + parameters.replace(/^[?&]/, '');
	const scormType = resource
		? is12
			? resource.getAttributeNS(NS.adlcp12, 'scormtype')
			: resource.getAttributeNS(NS.adlcp2004, 'scormType')
		: '';
	if (resource && scormType !== 'sco') {
		warnings.push(`resource ${is12 ? 'adlcp:scormtype' : 'adlcp:scormType'} is "${scormType ?? ''}", expected "sco" (an LMS would not provide the API)`);
	}

	/** @type {number | null} */
	let mastery = null;
	let masterySource = '';
	/** @type {string[]} */
	const objectiveIds = [];
	if (is12) {
		const ms = item ? item.getElementsByTagNameNS(NS.adlcp12, 'masteryscore')[0] : undefined;
		if (ms && text(ms) !== '') {
			mastery = Number(text(ms));
			masterySource = 'imsmanifest.xml <adlcp:masteryscore>';
			if (!Number.isFinite(mastery) || mastery < 0 || mastery > 100) warnings.push(`masteryscore "${text(ms)}" is not 0–100`);
		}
	} else if (item) {
		const primary = item.getElementsByTagNameNS(NS.imsss, 'primaryObjective')[0];
		if (primary) {
			const id = primary.getAttribute('objectiveID');
			if (id) objectiveIds.push(id);
			const mnm = primary.getElementsByTagNameNS(NS.imsss, 'minNormalizedMeasure')[0];
			if (primary.getAttribute('satisfiedByMeasure') === 'true') {
				mastery = mnm ? Number(text(mnm)) : 1;
				masterySource = 'imsmanifest.xml primary objective <imsss:minNormalizedMeasure>';
			} else if (mnm) {
				warnings.push('primary objective has minNormalizedMeasure without satisfiedByMeasure="true": an LMS sends no cmi.scaled_passing_score');
			}
		}
		for (const o of Array.from(item.getElementsByTagNameNS(NS.imsss, 'objective'))) {
			const id = o.getAttribute('objectiveID');
			if (id && !objectiveIds.includes(id)) objectiveIds.push(id);
		}
	}
	const dataFromLms = item ? item.getElementsByTagNameNS(is12 ? NS.adlcp12 : NS.adlcp2004, is12 ? 'datafromlms' : 'dataFromLMS')[0] : undefined;
	const threshold = !is12 && item ? item.getElementsByTagNameNS(NS.adlcp2004, 'completionThreshold')[0] : undefined;
	return {
		title: text(org ? first(org, 'title') : null) || text(item ? first(item, 'title') : null),
		identifier: root.getAttribute('identifier') ?? '',
		schemaVersion,
		launchHref: href,
		mastery,
		masterySource,
		launchData: text(dataFromLms ?? null),
		completionThreshold: threshold ? (threshold.getAttribute('minProgressMeasure') ?? text(threshold)) : '',
		objectiveIds,
		warnings
	};
}

/* ---------------------------------------------------------------- strict mode ---------------------------------------------------------------- */

/**
 * Strict mode plays a strict LMS (the specs' data types and sizes, Moodle's strict mode and token rules): every SetValue
 * the course makes is checked here first, and what a strict LMS refuses is refused — "false", with the spec's error
 * code (1.2: 405 incorrect data type; 2004: 406 type mismatch, 407 value out of range) and a diagnostic naming the
 * limit — before scorm-again, which is lenient (it takes 1.2 suspend_data over 4096 characters, ids with spaces,
 * hyphens in choice responses, timestamps with three fractional digits, descriptions over 250 characters).
 *
 * The same limits as the packaging check (scripts/package/conformance/rules.ts), written independently on purpose:
 * this page stands for an LMS, so it must not borrow the course's own formatting code.
 *
 * On: the "Strict LMS" toggle (kept in localStorage), or `?strict=1` in the address (`?strict=0` turns it off), which
 * wins over the stored choice for that page.
 */

/**
 * @typedef {object} StrictRejection
 * @property {string} code        the error code GetLastError reports
 * @property {string} diagnostic  what GetDiagnostic reports: the element, the value's problem and the limit
 */

const STRICT_KEY = `${STORAGE_PREFIX}strict`;
const strictQuery = new URLSearchParams(location.search).get('strict');
let strictMode = strictQuery !== null ? strictQuery === '1' || strictQuery === 'true' : readStrictSetting();

function readStrictSetting() {
	try {
		return localStorage.getItem(STRICT_KEY) === '1';
	} catch {
		return false;
	}
}

/** @param {boolean} on */
function setStrictMode(on) {
	strictMode = on;
	try {
		localStorage.setItem(STRICT_KEY, on ? '1' : '0');
	} catch {
		// Storage unavailable: strict mode still applies to this page.
	}
	// Keep an explicit ?strict= in the address in step, so a reload does not undo the toggle.
	const url = new URL(location.href);
	if (url.searchParams.has('strict')) {
		url.searchParams.set('strict', on ? '1' : '0');
		history.replaceState(history.state, '', url);
	}
	syncStrictChrome();
	note(`Strict LMS mode ${on ? 'on: every SetValue is checked against the limits a strict LMS enforces' : 'off: scorm-again alone judges SetValue (lenient)'}.`);
}

const CMI_IDENTIFIER = /^[\x21-\x7e]{1,255}$/;
const TOKEN_2004 = /^[A-Za-z0-9_.]{1,250}$/;
const TOKEN_12 = /^[0-9a-z]$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const TIME_12 = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
const TIMESPAN_12 = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
const TIMESTAMP_2004 = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2}(\.\d{1,2}(Z|[+-]\d{2}(:\d{2})?)?)?)?)?)?)?)?$/;
const DURATION_2004 = /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;
const URN = /^urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:\S+$/i;
/** Most items in a choice / sequencing / matching response (2004 SPM 36; 1.2's 36 single characters). */
const MAX_ITEMS = 36;

/** @param {string} s */
const shortQuote = (s) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** The interaction type the LMS holds for record n ('' when not set): response formats depend on it. @param {any} instance @param {string} n */
function heldInteractionType(instance, n) {
	try {
		const interactions = instance.renderCMIToJSONObject()?.cmi?.interactions ?? {};
		return str(interactions[n]?.type);
	} catch {
		return '';
	}
}

/**
 * Why a response or pattern is not valid for the interaction type in a strict LMS, or null.
 * @param {string} type @param {string} value @param {boolean} isPattern
 */
function responseProblem(type, value, isPattern) {
	if (is12) {
		switch (type) {
			case 'true-false':
				return /^[01tf]$/.test(value) ? null : `${shortQuote(value)} is not t, f, 0 or 1 (true-false)`;
			case 'choice':
			case 'sequencing': {
				// A 1.2 choice pattern may wrap an unordered set in braces: {a,b}.
				const list = type === 'choice' && isPattern ? value.replace(/^\{(.*)\}$/, '$1') : value;
				const bad = list.split(',').find((t) => !TOKEN_12.test(t));
				return bad === undefined ? null : `token ${shortQuote(bad)} is not one character 0-9 or a-z (${type})`;
			}
			case 'matching': {
				const bad = value.split(',').find((p) => !/^[0-9a-z]\.[0-9a-z]$/.test(p));
				return bad === undefined ? null : `pair ${shortQuote(bad)} is not x.y with single characters 0-9 / a-z (matching)`;
			}
			case 'likert':
				return value === '' || TOKEN_12.test(value) ? null : `${shortQuote(value)} is not one character 0-9 or a-z (likert)`;
			case 'numeric':
				return DECIMAL.test(value) ? null : `${shortQuote(value)} is not a decimal number (numeric)`;
		}
		return value.length > 255 ? `is ${value.length} characters, over 255 (CMIFeedback)` : null;
	}
	switch (type) {
		case 'true-false':
			return /^(true|false)$/.test(value) ? null : `${shortQuote(value)} is not true or false (true-false)`;
		case 'choice':
		case 'sequencing': {
			if (value === '' && type === 'choice') return null;
			const tokens = value.split('[,]');
			const bad = tokens.find((t) => !TOKEN_2004.test(t));
			if (bad !== undefined) return `token ${shortQuote(bad)} has characters outside [A-Za-z0-9_.] (${type}; Moodle rejects hyphens)`;
			if (tokens.length > MAX_ITEMS) return `has ${tokens.length} tokens, over ${MAX_ITEMS}`;
			if (type === 'choice' && new Set(tokens).size !== tokens.length) return `${shortQuote(value)} repeats a token (choice)`;
			return null;
		}
		case 'matching': {
			const pairs = value.split('[,]');
			if (pairs.length > MAX_ITEMS) return `has ${pairs.length} pairs, over ${MAX_ITEMS}`;
			for (const pair of pairs) {
				const parts = pair.split('[.]');
				if (parts.length !== 2) return `pair ${shortQuote(pair)} is not source[.]target (matching)`;
				const bad = parts.find((t) => !TOKEN_2004.test(t));
				if (bad !== undefined) return `token ${shortQuote(bad)} has characters outside [A-Za-z0-9_.] (matching; Moodle rejects hyphens)`;
			}
			return null;
		}
		case 'fill-in': {
			const parts = value.replace(/^(\{(case_matters|order_matters|lang)=[^}]*\})+/, '').split('[,]');
			if (parts.length > 10) return `has ${parts.length} strings, over 10 (fill-in)`;
			const long = parts.find((s) => s.length > 250);
			return long === undefined ? null : `holds a string of ${long.length} characters, over 250 (fill-in)`;
		}
		case 'likert':
			return TOKEN_2004.test(value) ? null : `${shortQuote(value)} is not a token of [A-Za-z0-9_.] (likert)`;
		case 'numeric':
			if (isPattern) return /^(-?\d+(\.\d+)?)?\[:\](-?\d+(\.\d+)?)?$/.test(value) || DECIMAL.test(value) ? null : `${shortQuote(value)} is not min[:]max (numeric)`;
			return DECIMAL.test(value) ? null : `${shortQuote(value)} is not a decimal number (numeric)`;
		case 'long-fill-in':
		case 'other':
			return value.length > 4000 ? `is ${value.length} characters, over 4000` : null;
	}
	return null;
}

/**
 * The strict LMS's verdict on one SetValue: null to let it through (scorm-again still judges it), or the rejection.
 * @param {any} instance @param {string} element @param {string} value
 * @returns {StrictRejection | null}
 */
function strictCheck(instance, element, value) {
	const typeMismatch = is12 ? '405' : '406';
	const outOfRange = is12 ? '405' : '407';
	/** @param {string} code @param {string} problem @param {string} limit */
	const reject = (code, problem, limit) => ({ code, diagnostic: `Strict LMS: ${element} ${problem}. Limit: ${limit}.` });
	/** @param {number} max @param {string} type */
	const maxLength = (max, type) => (value.length > max ? reject(typeMismatch, `is ${value.length} characters`, `at most ${max} characters (${type})`) : null);
	/** @param {number} min @param {number} max */
	const decimalIn = (min, max) =>
		!DECIMAL.test(value)
			? reject(typeMismatch, `${shortQuote(value)} is not a decimal number`, 'a real number with "." as the separator')
			: Number(value) < min || Number(value) > max
				? reject(outOfRange, `${value} is out of range`, `${min} to ${max}`)
				: null;
	/** @param {number} max */
	const identifier = (max) => {
		if (is12) {
			return CMI_IDENTIFIER.test(value)
				? null
				: reject(typeMismatch, `${shortQuote(value)} is not a CMIIdentifier`, 'printable ASCII without spaces, 1 to 255 characters');
		}
		if (value === '' || /\s/u.test(value)) return reject(typeMismatch, `${shortQuote(value)} is empty or contains whitespace`, 'long_identifier_type: no whitespace');
		if (/^urn:/i.test(value) && !URN.test(value)) return reject(typeMismatch, `${shortQuote(value)} starts with urn: but is not a URN`, 'urn:<nid>:<nss>');
		return maxLength(max, 'long_identifier_type');
	};

	let m;
	if (is12) {
		if (element === 'cmi.suspend_data') return maxLength(4096, 'CMIString4096');
		if (element === 'cmi.core.lesson_location') return maxLength(255, 'CMIString255');
		if (element === 'cmi.comments') return maxLength(4096, 'CMIString4096');
		if (element === 'cmi.core.session_time' || /^cmi\.interactions\.\d+\.latency$/.test(element)) {
			return TIMESPAN_12.test(value) ? null : reject(typeMismatch, `${shortQuote(value)} is not a CMITimespan`, 'HHHH:MM:SS.SS (2 to 4 hour digits, at most 2 fractional digits)');
		}
		if (/^cmi\.interactions\.\d+\.time$/.test(element)) {
			return TIME_12.test(value) ? null : reject(typeMismatch, `${shortQuote(value)} is not a CMITime`, 'HH:MM:SS.SS, a time of day');
		}
		if (/^cmi\.(core|objectives\.\d+)\.score\.(raw|min|max)$/.test(element)) return value === '' ? null : decimalIn(0, 100);
	} else {
		if (element === 'cmi.suspend_data') return maxLength(64000, 'characterstring SPM 64000');
		if (element === 'cmi.location') return maxLength(1000, 'characterstring SPM 1000');
		if (element === 'cmi.session_time' || /^cmi\.interactions\.\d+\.latency$/.test(element)) {
			return DURATION_2004.test(value) ? null : reject(typeMismatch, `${shortQuote(value)} is not a timeinterval`, 'ISO 8601 duration (PT1M30.5S), at most 2 fractional digits');
		}
		if (/^cmi\.interactions\.\d+\.timestamp$/.test(element)) {
			if (TIMESTAMP_2004.test(value)) return null;
			const digits = /\.(\d+)/.exec(value)?.[1]?.length ?? 0;
			return reject(typeMismatch, digits > 2 ? `${shortQuote(value)} has ${digits} fractional digits` : `${shortQuote(value)} is not a time(second,10,2)`, 'YYYY-MM-DDThh:mm:ss.ssZ, at most 2 fractional digits, a zone only after them');
		}
		if (/^cmi\.(interactions|objectives)\.\d+\.description$/.test(element)) {
			const text = value.replace(/^\{lang=[^}]*\}/, '');
			return text.length > 250 ? reject(typeMismatch, `is ${text.length} characters`, 'at most 250 characters (localized_string_type SPM)') : null;
		}
		if (/^cmi\.comments_from_learner\.\d+\.comment$/.test(element)) return maxLength(4000, 'localized_string_type SPM 4000');
		if (/^cmi\.(objectives\.\d+\.)?score\.scaled$/.test(element)) return decimalIn(-1, 1);
		if (/^cmi\.(objectives\.\d+\.)?progress_measure$/.test(element)) return decimalIn(0, 1);
		if (/^cmi\.interactions\.\d+\.weighting$/.test(element)) {
			return DECIMAL.test(value) ? null : reject(typeMismatch, `${shortQuote(value)} is not a decimal number`, 'a real number');
		}
	}
	if (/^cmi\.(interactions\.\d+\.|interactions\.\d+\.objectives\.\d+\.|objectives\.\d+\.)id$/.test(element)) return identifier(4000);
	if ((m = /^cmi\.interactions\.(\d+)\.(student_response|learner_response|correct_responses\.\d+\.pattern)$/.exec(element))) {
		const type = heldInteractionType(instance, m[1] ?? '');
		const problem = responseProblem(type, value, m[2] !== 'student_response' && m[2] !== 'learner_response');
		if (!problem) return null;
		const limit = is12
			? 'CMI 1.2: single characters 0-9 / a-z joined by "," (choice, sequencing), x.y pairs (matching), t/f, at most 255 characters'
			: 'tokens of [A-Za-z0-9_.] joined by "[,]", source[.]target pairs (matching), true/false, fill-in strings of at most 250 characters';
		return reject(typeMismatch, problem, limit);
	}
	return null;
}

function syncStrictChrome() {
	const box = /** @type {HTMLInputElement | null} */ (document.getElementById('strict'));
	if (box) box.checked = strictMode;
	document.documentElement.dataset.strict = strictMode ? 'on' : 'off';
	const sw = /** @type {HTMLAnchorElement | null} */ (document.getElementById('switch'));
	if (sw) sw.href = `?v=${V.other}${new URLSearchParams(location.search).has('strict') ? `&strict=${strictMode ? 1 : 0}` : ''}`;
}

/* ---------------------------------------------------------------- launch ---------------------------------------------------------------- */

/**
 * Decides cmi.entry and whether the stored attempt continues, as an LMS does:
 * - nothing stored → first attempt, entry "ab-initio";
 * - last session's exit was "suspend" → same attempt, entry "resume", data kept;
 * - SCORM 1.2, any other exit → same attempt, data kept, entry "" (the 1.2 vocabulary for "neither");
 * - SCORM 2004, any other exit ("", normal, logout, time-out) → that attempt is over: a new attempt with a fresh
 *   data model and entry "ab-initio".
 * @param {StoredAttempt | null} record
 * @returns {LaunchPlan}
 */
function planLaunch(record) {
	if (!record) {
		return { entry: 'ab-initio', attempt: 1, session: 1, carry: null, reason: 'First launch: nothing stored for this learner.' };
	}
	const exit = record.exit ?? '';
	const exitEl = V.el.exit;
	if (exit === 'suspend') {
		return {
			entry: 'resume',
			attempt: record.attempt,
			session: record.session + 1,
			carry: record,
			reason: `The last session set ${exitEl} = "suspend": the attempt resumes with its data.`
		};
	}
	if (is12) {
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

/** The JSON this LMS loads into the data model before the SCO starts. @param {LaunchPlan} p */
function seedFor(p) {
	/** @type {Record<string, any>} */
	const carried = p.carry ? structuredClone(p.carry.cmi) : {};
	const totalTime = p.carry?.totalTime ?? '';
	const mastery = manifest?.mastery ?? (is12 ? 80 : 0.8);
	if (is12) {
		// LMS-owned or per-session elements are set afresh below, never carried over.
		for (const k of ['student_id', 'student_name', 'entry', 'credit', 'lesson_mode', 'exit', 'session_time', 'total_time']) delete carried.core?.[k];
		for (const k of ['student_data', 'launch_data', 'comments_from_lms']) delete carried[k];
		const seed = prune(carried) ?? {};
		seed.core = {
			...seed.core,
			student_id: LEARNER.id,
			student_name: `${LEARNER.last}, ${LEARNER.first}`,
			credit: 'credit',
			lesson_mode: launchMode,
			...(p.entry ? { entry: p.entry } : {}),
			...(totalTime ? { total_time: totalTime } : {})
		};
		seed.student_data = { mastery_score: String(mastery) };
		if (manifest?.launchData) seed.launch_data = manifest.launchData;
		return seed;
	}
	for (const k of [
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
	]) {
		delete carried[k];
	}
	const seed = prune(carried) ?? {};
	// A new attempt starts with the objectives the manifest declares (SCORM 2004 RTE: the LMS initializes
	// cmi.objectives.n.id from the activity's objectives), so a SCO must look ids up rather than assume indexes.
	if (!p.carry && manifest?.objectiveIds.length) {
		seed.objectives = Object.fromEntries(manifest.objectiveIds.map((id, i) => [String(i), { id }]));
	}
	Object.assign(seed, {
		learner_id: LEARNER.id,
		learner_name: `${LEARNER.first} ${LEARNER.last}`,
		credit: 'credit',
		mode: launchMode,
		scaled_passing_score: String(mastery),
		...(p.entry ? { entry: p.entry } : {}),
		...(totalTime ? { total_time: totalTime } : {}),
		...(manifest?.launchData ? { launch_data: manifest.launchData } : {}),
		...(manifest?.completionThreshold ? { completion_threshold: manifest.completionThreshold } : {})
	});
	return seed;
}

/** Creates the API object for a new session, seeded, instrumented, and on the window. @param {LaunchPlan} p */
function createApi(p) {
	const Ctor = /** @type {any} */ (window)[V.ctor];
	if (typeof Ctor !== 'function') throw new Error(`scorm-again did not define window.${V.ctor}`);
	const instance = new Ctor({ autocommit: false, logLevel: 5 });
	const seed = seedFor(p);
	try {
		instance.loadFromJSON(seed, '');
	} catch (err) {
		note(`Seeding the data model failed (${err}); loading element groups one by one.`, 'warning');
		for (const [k, v] of Object.entries(seed)) {
			try {
				instance.loadFromJSON({ [k]: v }, '');
			} catch (e) {
				note(`Could not seed cmi.${k}: ${e}`, 'warning');
			}
		}
	}
	/** @type {any} */ (window).previewFaults?.wrap(instance, version, note); // ?faults=…: see faults.js
	instrument(instance, session.number, p);
	return instance;
}

/**
 * Wraps the API methods the SCO calls so every call is logged with its arguments, return value and error code,
 * and so the LMS side can react (save on commit/terminate, track state). The SCO sees the same results.
 * @param {any} instance
 * @param {number} launchNumber
 * @param {LaunchPlan} p
 */
function instrument(instance, launchNumber, p) {
	const originals = Object.fromEntries(V.methods.map((m) => [m, instance[m]]));
	const diag = new Set(V.diagnostics);
	const getLastError = originals[V.methods[5]];
	const getErrorString = originals[V.methods[6]];
	const getDiagnostic = originals[V.methods[7]];
	/** Strict mode's refusal of this instance's last call: GetDiagnostic reports it until the next call clears it. */
	/** @type {StrictRejection | null} */
	let refusal = null;
	for (const method of V.methods) {
		const original = originals[method];
		if (typeof original !== 'function') continue;
		instance[method] = (/** @type {unknown[]} */ ...args) => {
			// SCORM: every call but the three error-handling ones starts by clearing the error state. scorm-again
			// 3.4 skips that in some GetValue paths (a successful read of cmi.completion_status after a failed call
			// still reports the old error), so the LMS does it here, as Moodle and SCORM Cloud do.
			if (!diag.has(method)) {
				instance.lastErrorCode = '0';
				refusal = null;
			}
			// Strict mode judges SetValue first (see strictCheck); only a running session's values, so scorm-again
			// still answers calls before Initialize / after Terminate with its own state errors.
			const refused = method === V.set && strictMode && instance === api && session.state === 'initialized' ? strictCheck(instance, str(args[0]), str(args[1])) : null;
			let result;
			if (refused) {
				refusal = refused;
				instance.lastErrorCode = refused.code;
				result = 'false';
			} else if (refusal && method === V.methods[7] && (str(args[0]) === '' || str(args[0]) === refusal.code)) {
				result = refusal.diagnostic;
			} else {
				result = original.apply(instance, args);
			}
			/** @type {LogEntry} */
			const entry = {
				n: log.length + 1,
				launch: launchNumber,
				attempt: p.attempt,
				session: p.session,
				at: elapsed(),
				method,
				args: args.map(str),
				result: str(result),
				errorCode: '0'
			};
			if (!diag.has(method)) {
				entry.errorCode = str(instance.lastErrorCode ?? getLastError.call(instance)) || '0';
				if (entry.errorCode !== '0') {
					entry.errorString = str(getErrorString.call(instance, entry.errorCode));
					entry.diagnostic = refused ? refused.diagnostic : str(getDiagnostic.call(instance, entry.errorCode));
				}
			}
			if (refused) entry.strict = true;
			log.push(entry);
			appendLogRow(entry);
			if (refused) note(`Strict LMS refused ${method}(${JSON.stringify(clip(str(args[0]), 80))}) with ${refused.code} ${entry.errorString ?? ''}: ${refused.diagnostic}`, 'warning');
			if (instance === api) afterCall(entry);
			scheduleRender();
			return result;
		};
	}
}

/** LMS-side bookkeeping after each call of the current session. @param {LogEntry} e */
function afterCall(e) {
	const ok = e.result === 'true';
	if (e.method === V.init && ok) {
		session.state = 'initialized';
		const waiters = initializedWaiters;
		initializedWaiters = [];
		for (const w of waiters) w();
	} else if (e.method === V.set && ok) {
		session.setElements.add(e.args[0] ?? '');
		session.uncommitted++;
	} else if (e.method === V.commit && ok) {
		session.commits++;
		session.lastCommitAt = new Date();
		session.uncommitted = 0;
		persist('commit');
	} else if (e.method === V.finish && ok) {
		session.state = 'terminated';
		session.lastCommitAt = new Date();
		session.uncommitted = 0;
		persist('terminate');
	}
}

/** Navigates the course frame and waits for its load event. @param {string} src */
function navigateFrame(src) {
	const frame = /** @type {HTMLIFrameElement} */ ($('course'));
	return new Promise((resolve) => {
		const done = () => {
			clearTimeout(timer);
			frame.removeEventListener('load', done);
			resolve(undefined);
		};
		const timer = setTimeout(done, 15000);
		frame.addEventListener('load', done);
		frame.src = src;
	});
}

/** Starts a session: reads storage, decides entry, creates the API on the window, then loads the SCO. */
async function launch() {
	const record = loadRecord();
	if (record) sessionHistory.push(record);
	plan = planLaunch(record);
	launchTotalTime = plan.carry?.totalTime ?? '';
	session.number++;
	session.state = 'not initialized';
	session.setElements = new Set();
	session.uncommitted = 0;
	session.commits = 0;
	session.lastCommitAt = null;
	session.lastPayload = null;
	api = createApi(plan);
	/** @type {any} */ (window)[V.global] = api; // before the SCO loads, so its API search finds it
	note(`Launch ${session.number}: attempt ${plan.attempt}, session ${plan.session}, entry = "${plan.entry}". ${plan.reason}`);
	render();
	await navigateFrame(new URL(manifest?.launchHref ?? 'index.html', location.origin + packagePath).href);
}

/** Unloads the course (its pagehide handler should Terminate), then launches it again from what was stored. */
function relaunch() {
	relaunching ??= (async () => {
		setBusy(true);
		try {
			await navigateFrame('about:blank');
			if (session.state !== 'terminated') {
				const lost = session.uncommitted;
				note(
					session.state === 'not initialized'
						? `The course unloaded without calling ${V.init}.`
						: `The course unloaded without calling ${V.finish}. ` +
								(lost > 0
									? `${lost} value${lost === 1 ? '' : 's'} set after the last ${V.commit} never reached the LMS.`
									: `Everything it set had been committed.`),
					'warning'
				);
			}
			await launch();
		} finally {
			relaunching = null;
			setBusy(false);
		}
	})();
	return relaunching;
}

/** Forgets the stored attempt for this version and reloads the page: the next launch is ab-initio. */
function newAttempt() {
	discarding = true;
	localStorage.removeItem(storageKey);
	location.reload();
}

/** The whole data model as the LMS holds it now (`{ cmi: … }`), including write-only elements. */
function getData() {
	if (!api) return null;
	const data = JSON.parse(JSON.stringify(api.renderCMIToJSONObject()));
	// scorm-again leaves 1.2's total_time out of its JSON; show the LMS-held value like 2004's.
	if (is12 && data.cmi?.core) data.cmi.core.total_time = launchTotalTime || '0000:00:00';
	return data;
}

/* ---------------------------------------------------------------- rendering ---------------------------------------------------------------- */

let renderPending = false;
function scheduleRender() {
	if (renderPending) return;
	renderPending = true;
	setTimeout(() => {
		renderPending = false;
		render();
	}, 40);
}

/** @param {boolean} busy */
function setBusy(busy) {
	for (const id of ['relaunch', 'new-attempt']) /** @type {HTMLButtonElement} */ ($(id)).disabled = busy;
	$('relaunch').textContent = busy ? 'Relaunching…' : 'Exit and relaunch';
}

/** @param {string} status */
function badge(status) {
	const s = status || 'not set';
	return h('span', { class: `badge badge-${s.replace(/\s+/g, '-')}` }, s);
}

/** A definition list from [term, value] pairs. @param {Array<[string, Node | string]>} rows */
function dl(rows) {
	return h('dl', { class: 'facts' }, ...rows.flatMap(([t, d]) => [h('dt', {}, t), h('dd', {}, d)]));
}

/** @param {string} id @param {...(Node | string | null | false)} children */
function fill(id, ...children) {
	$(id).replaceChildren(...children.filter((c) => c !== null && c !== false));
}

/** Shows a value the SCO is expected to set, or says it has not. @param {string} element @param {unknown} value */
function setOrNot(element, value) {
	return session.setElements.has(element) ? val(value) : h('span', { class: 'empty' }, 'not set this session');
}

function render() {
	if (!api || !plan) return;
	const data = getData()?.cmi ?? {};
	const core = data.core ?? {};

	// Session
	const stateText =
		session.state === 'initialized' ? 'running' : session.state === 'terminated' ? `terminated (${V.finish})` : `waiting for ${V.init}`;
	const lastCommit = session.lastCommitAt
		? `${session.lastCommitAt.toLocaleTimeString()} · ${session.commits} commit${session.commits === 1 ? '' : 's'}`
		: 'none yet';
	const masteryNote = manifest?.mastery === null || !manifest ? ' (fallback: the manifest declares none)' : '';
	fill(
		'session-facts',
		dl([
			['Learner', `${is12 ? core.student_name : data.learner_name} (${is12 ? core.student_id : data.learner_id})`],
			['Attempt', String(plan.attempt)],
			['Session', `${plan.session} of this attempt`],
			['Entry', h('span', {}, val(is12 ? core.entry : data.entry), h('span', { class: 'why' }, plan.reason))],
			['API', h('span', { class: `state state-${session.state.replace(' ', '-')}` }, stateText)],
			['Last commit', lastCommit],
			[
				'Uncommitted',
				session.uncommitted > 0
					? h('span', { class: 'warn-text' }, `${session.uncommitted} value${session.uncommitted === 1 ? '' : 's'} set since the last ${V.commit}`)
					: 'nothing'
			],
			[is12 ? 'Mastery score' : 'Passing score', h('span', {}, val(is12 ? data.student_data?.mastery_score : data.scaled_passing_score), masteryNote)],
			[
				'LMS rules',
				strictMode
					? h('span', { class: 'strict-on' }, 'strict', h('span', { class: 'why' }, 'SetValue checked against the limits a strict LMS enforces'))
					: h('span', {}, 'lenient', h('span', { class: 'why' }, 'scorm-again alone judges SetValue; turn on Strict LMS to see what strict LMSs refuse'))
			]
		])
	);

	// Status and score
	const score = (is12 ? core.score : data.score) ?? {};
	fill(
		'status-facts',
		dl([
			...(is12
				? /** @type {Array<[string, Node | string]>} */ ([['lesson_status', badge(core.lesson_status)]])
				: /** @type {Array<[string, Node | string]>} */ ([
						['completion_status', badge(data.completion_status)],
						['success_status', badge(data.success_status)],
						['progress_measure', val(data.progress_measure)]
					])),
			[
				'Score',
				h(
					'span',
					{ class: 'score' },
					h('span', {}, 'raw ', val(score.raw)),
					h('span', {}, 'min ', val(score.min)),
					h('span', {}, 'max ', val(score.max)),
					is12 ? null : h('span', {}, 'scaled ', val(score.scaled))
				)
			]
		])
	);

	// Bookmark and saved state
	const suspend = str(data.suspend_data);
	const limit = V.suspendLimit;
	const pct = Math.min(100, (suspend.length / limit) * 100);
	const bytes = new TextEncoder().encode(suspend).length;
	const level = suspend.length > limit ? 'over' : pct >= 90 ? 'high' : 'ok';
	const location_ = str(is12 ? core.lesson_location : data.location);
	fill(
		'state-facts',
		dl([
			[is12 ? 'lesson_location' : 'location', h('span', {}, val(location_), location_.length > V.locationLimit ? h('span', { class: 'warn-text' }, ` over ${V.locationLimit} characters`) : null)],
			[
				'suspend_data',
				h(
					'div',
					{ class: 'meter-wrap' },
					h(
						'div',
						{
							class: `meter meter-${level}`,
							role: 'meter',
							'aria-valuemin': '0',
							'aria-valuemax': String(limit),
							'aria-valuenow': String(suspend.length),
							'aria-label': 'suspend_data length'
						},
						h('span', { style: `width:${pct.toFixed(1)}%` })
					),
					h(
						'span',
						{ class: 'meter-text', id: 'suspend-length' },
						`${suspend.length.toLocaleString('en')} / ${limit.toLocaleString('en')} characters`,
						bytes !== suspend.length ? ` (${bytes.toLocaleString('en')} bytes UTF-8)` : '',
						level === 'over' ? ' — over the limit' : ''
					)
				)
			],
			['session_time', setOrNot(V.el.sessionTime, is12 ? core.session_time : data.session_time)],
			['total_time', h('span', {}, val(is12 ? core.total_time : data.total_time), h('span', { class: 'why' }, 'held by the LMS; grows at ' + V.finish))],
			['exit', setOrNot(V.el.exit, is12 ? core.exit : data.exit)]
		]),
		suspend
			? h('details', { class: 'raw' }, h('summary', {}, 'suspend_data text'), h('pre', { tabindex: '0' }, suspend))
			: null
	);

	renderInteractions(data);
	renderObjectives(data);

	const json = JSON.stringify({ cmi: data }, null, 2);
	if ($('data-json').textContent !== json) $('data-json').textContent = json;
	const payload = session.lastPayload ? JSON.stringify(session.lastPayload, null, 2) : 'Nothing committed yet this session.';
	if ($('payload-json').textContent !== payload) $('payload-json').textContent = payload;

	const errors = log.filter((e) => e.errorCode !== '0').length;
	const refusals = log.filter((e) => e.strict).length;
	fill(
		'log-count',
		`${log.length} call${log.length === 1 ? '' : 's'}`,
		errors ? h('span', { class: 'badge badge-failed' }, `${errors} error${errors === 1 ? '' : 's'}`) : null,
		refusals ? h('span', { class: 'badge badge-strict' }, `${refusals} refused by strict mode`) : null
	);
}

/**
 * A compact table: the inspector is narrow, so related fields share a cell, each labelled.
 * @param {string} label @param {string[]} head @param {Node[]} rows
 */
function table(label, head, rows) {
	return h(
		'div',
		{ class: 'table-scroll', role: 'region', 'aria-label': `${label} table`, tabindex: '0' },
		h('table', {}, h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))), h('tbody', {}, ...rows))
	);
}

/** A labelled line inside a cell. @param {string} label @param {Node | string} value */
function line(label, value) {
	return h('div', { class: 'cell-line' }, h('span', { class: 'cell-label' }, label), value);
}

/** @param {Record<string, any>} data */
function renderInteractions(data) {
	const rows = indexed(data.interactions);
	$('interactions-count').textContent = `(${rows.length})`;
	if (rows.length === 0) {
		fill('interactions-body', h('p', { class: 'empty-note' }, 'No interactions recorded yet.'));
		return;
	}
	fill(
		'interactions-body',
		table(
			'Interactions',
			['#', 'id and type', 'responses', 'result, latency, time'],
			rows.map(([n, i]) => {
				const patterns = indexed(i.correct_responses).map(([, c]) => str(c.pattern));
				return h(
					'tr',
					{},
					h('td', { class: 'num' }, n),
					h('td', { title: str(i.description) || undefined }, h('div', {}, val(i.id, 60)), line('type', str(i.type) || '—')),
					h(
						'td',
						{},
						line('learner', val(is12 ? i.student_response : i.learner_response, 80)),
						line(patterns.length > 1 ? 'correct patterns' : 'correct', patterns.length ? h('span', {}, ...patterns.flatMap((p, k) => [k > 0 ? ' | ' : null, val(p, 80)])) : val(''))
					),
					h(
						'td',
						{},
						h('div', {}, i.result ? badge(str(i.result)) : val('')),
						line('latency', val(i.latency)),
						line(is12 ? 'time' : 'timestamp', val(is12 ? i.time : i.timestamp))
					)
				);
			})
		)
	);
}

/** @param {Record<string, any>} data */
function renderObjectives(data) {
	const rows = indexed(data.objectives);
	$('objectives-count').textContent = `(${rows.length})`;
	if (rows.length === 0) {
		fill('objectives-body', h('p', { class: 'empty-note' }, 'No objectives recorded yet.'));
		return;
	}
	/** @param {any} s */
	const rmm = (s) => ([s?.raw, s?.min, s?.max].some((x) => str(x) !== '') ? [s?.raw, s?.min, s?.max].map((x) => str(x) || '–').join(' / ') : '');
	fill(
		'objectives-body',
		table(
			'Objectives',
			['#', 'id', 'score', 'status'],
			rows.map(([n, o]) =>
				h(
					'tr',
					{},
					h('td', { class: 'num' }, n),
					h('td', { title: str(o.description) || undefined }, val(o.id, 60)),
					h('td', {}, line('raw/min/max', val(rmm(o.score))), is12 ? null : line('scaled', val(o.score?.scaled))),
					is12
						? h('td', {}, badge(str(o.status)))
						: h('td', {}, line('success', badge(str(o.success_status))), line('completion', badge(str(o.completion_status))))
				)
			)
		)
	);
}

/** @param {LogEntry | LmsEvent} e */
function appendLogRow(e) {
	const body = document.getElementById('log-body');
	if (!body) return;
	const scroller = $('log-scroll');
	const pinned = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 24;
	let row;
	if ('method' in e) {
		const failed = e.errorCode !== '0';
		const kind = V.diagnostics.includes(e.method) ? 'diag' : /GetValue$/.test(e.method) ? 'get' : /SetValue$/.test(e.method) ? 'set' : 'life';
		row = h(
			'tr',
			{ class: `call call-${kind}${failed ? ' call-error' : ''}${e.strict ? ' call-strict' : ''}` },
			h('td', { class: 'num' }, String(e.n), h('span', { class: 'time' }, fmtElapsed(e.at))),
			h(
				'td',
				{ class: 'call-cell' },
				h('span', { class: 'method' }, e.method),
				'(',
				...e.args.flatMap((a, i) => [i > 0 ? ', ' : null, h('code', { class: 'arg', title: a.length > 120 ? a : undefined }, JSON.stringify(clip(a, 120)))]),
				')',
				// Narrow screens hide the Returned column and show the result (and error text) here instead.
				h('span', { class: 'inline-result' }, ' → ', val(e.result, 60), failed && e.errorString ? h('span', { class: 'err-text' }, e.errorString) : null)
			),
			h('td', { class: 'result-cell' }, val(e.result, 60)),
			h(
				'td',
				{ class: failed ? 'err' : 'ok' },
				failed
					? h('span', { title: e.diagnostic || undefined }, e.errorCode, e.strict ? h('span', { class: 'strict-mark' }, ' strict') : null, h('span', { class: 'err-text' }, e.errorString ?? ''))
					: e.errorCode
			)
		);
	} else {
		row = h('tr', { class: `event event-${e.level}` }, h('td', { colspan: '4' }, e.level === 'warning' ? 'Warning: ' : '', e.message));
	}
	body.append(row);
	while (body.childElementCount > LOG_ROWS_SHOWN) body.firstElementChild?.remove();
	if (pinned) scroller.scrollTop = scroller.scrollHeight;
}

function renderPackage() {
	if (!manifest) return;
	fill(
		'package-facts',
		dl([
			['Title', manifest.title || '—'],
			['Identifier', val(manifest.identifier)],
			['Schema version', val(manifest.schemaVersion)],
			['Launch', val(packagePath + manifest.launchHref, 200)],
			[is12 ? 'masteryscore' : 'Pass mark', manifest.mastery === null ? h('span', { class: 'warn-text' }, `none declared (using ${is12 ? 80 : 0.8})`) : h('span', {}, val(manifest.mastery), h('span', { class: 'why' }, manifest.masterySource))],
			...(is12 ? [] : /** @type {Array<[string, Node | string]>} */ ([['Objectives seeded', manifest.objectiveIds.length ? val(manifest.objectiveIds.join(', '), 400) : 'none']])),
			['Stored under', h('code', { class: 'v' }, `localStorage["${storageKey}"]`)]
		]),
		manifest.warnings.length ? h('ul', { class: 'warnings' }, ...manifest.warnings.map((w) => h('li', {}, w))) : null
	);
}

/* ---------------------------------------------------------------- start ---------------------------------------------------------------- */

/** @param {string} src */
function loadScript(src) {
	return new Promise((resolve, reject) => {
		const s = h('script', { src });
		s.addEventListener('load', () => resolve(undefined));
		s.addEventListener('error', () => reject(new Error(`Could not load ${src}`)));
		document.head.append(s);
	});
}

/** @param {string} message */
function showProblem(message) {
	const box = $('player-message');
	box.hidden = false;
	box.replaceChildren(h('h2', {}, 'The package could not be launched'), h('p', {}, message), h('p', {}, 'Run ', h('code', {}, 'npm run build && npm run package'), ', then restart ', h('code', {}, 'npm start'), '.'));
	$('course').hidden = true;
}

function setupChrome() {
	document.title = `LMS preview · ${V.label}`;
	$('version-label').textContent = V.label;
	const sw = /** @type {HTMLAnchorElement} */ ($('switch'));
	sw.href = `?v=${V.other}`;
	sw.textContent = `Switch to ${V.otherLabel}`;
	$('strict').addEventListener('change', (e) => setStrictMode(/** @type {HTMLInputElement} */ (e.currentTarget).checked));
	syncStrictChrome();
	$('relaunch').addEventListener('click', () => void relaunch());
	$('new-attempt').addEventListener('click', () => newAttempt());
	const logBox = $('log');
	for (const [id, cls] of [
		['hide-diag', 'hide-diag'],
		['errors-only', 'errors-only']
	]) {
		const box = /** @type {HTMLInputElement} */ ($(id));
		const sync = () => logBox.classList.toggle(cls, box.checked);
		box.addEventListener('change', sync);
		sync();
	}
}

/** @type {(value?: void) => void} */
let markReady = () => {};
const ready = /** @type {Promise<void>} */ (new Promise((resolve) => (markReady = resolve)));

/** For automated tests (and the console). */
const previewLms = {
	version,
	storageKey,
	packagePath,
	/** The current API instance (a new one after each relaunch). */
	get api() {
		return api;
	},
	getData,
	/** Every API call the SCO made since the page loaded (all sessions). */
	log,
	/** LMS-side notes: session starts, missing Terminate, seeding problems. */
	events,
	/**
	 * Log entries with a non-zero error code. Pass codes to leave out, e.g. errors(['403']) to ignore 2004 reads of
	 * never-set elements (cmi.suspend_data, cmi.location… on a first launch: spec-correct "not initialized").
	 * @param {string[]} [ignore]
	 */
	errors: (ignore = []) => log.filter((e) => e.errorCode !== '0' && !ignore.includes(e.errorCode)),
	relaunch,
	newAttempt,
	/** Whether strict mode is on (the Strict LMS toggle or ?strict=1). */
	get strict() {
		return strictMode;
	},
	/** Turns strict mode on or off (and stores the choice), as the toggle does. @param {boolean} on */
	setStrict: (on) => {
		setStrictMode(on);
		scheduleRender();
	},
	/** Log entries strict mode refused (a subset of errors()). */
	refusals: () => log.filter((e) => e.strict),
	/**
	 * The current launch: `number` counts launches since this page loaded (1, then +1 per relaunch); `attempt` and
	 * `session` are the stored learner attempt and the session within it; `state` is the API state.
	 */
	get launch() {
		return (
			plan && { number: session.number, entry: plan.entry, attempt: plan.attempt, session: plan.session, reason: plan.reason, state: session.state }
		);
	},
	/** The manifest as this LMS read it. */
	get manifest() {
		return manifest;
	},
	/** What is stored for the next launch (the last commit or terminate). */
	stored: loadRecord,
	/**
	 * The stored record each launch of this page started from, oldest first: after a relaunch, `previous()` is what
	 * the LMS received from the session that just ended, even when a new 2004 attempt has started with fresh data.
	 */
	history: sessionHistory,
	previous: () => sessionHistory.at(-1) ?? null,
	/** Resolves once the first launch has loaded the course frame. */
	ready,
	/** Resolves when the current session's SCO has called Initialize / LMSInitialize. */
	whenInitialized() {
		return session.state !== 'not initialized' ? Promise.resolve() : new Promise((resolve) => initializedWaiters.push(() => resolve(undefined)));
	}
};
/** @type {any} */ (window).previewLms = previewLms;

async function main() {
	setupChrome();
	try {
		await loadScript(`/vendor/scorm-again/${V.script}`);
	} catch (err) {
		showProblem(String(err));
		return;
	}
	try {
		manifest = await readManifest();
	} catch (err) {
		manifest = null;
		showProblem(`No readable imsmanifest.xml at ${packagePath} (${err instanceof Error ? err.message : err}).`);
		return;
	}
	renderPackage();
	$('course').setAttribute('title', `Course: ${manifest.title || 'SCORM package'} (${V.label})`);
	$('launch-url').textContent = packagePath + manifest.launchHref;
	for (const w of manifest.warnings) note(`Manifest: ${w}`, 'warning');
	if (new URLSearchParams(location.search).has('faults')) await import('./faults.js'); // an LMS that fails on purpose
	await launch();
	document.documentElement.dataset.previewReady = 'true';
	markReady();
}

void main();
