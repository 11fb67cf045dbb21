/**
 * This page's configuration, read once from its address: the SCORM version, launch mode and strict default (see
 * launch-plan.ts), the LMS profile (profiles.ts), the version's API names from the data-model table, the preview's own labels, scorm-again's
 * constructor and script, the package path and the storage key.
 */

import { dataModel, type ScormVersion } from '../src/lib/tracking/scorm/data-model.ts';
import { launchOptions } from './launch-plan.ts';
import { PACKAGE_PATHS } from './lms-paths.ts';
import { chooseProfile, type LmsProfile } from './profiles.ts';
import { readProfileSetting, readStrictSetting, storageKeyFor } from './storage.ts';

/** What the preview shows for each version, and the scorm-again build that plays its LMS. */
const PLAYER: Readonly<Record<ScormVersion, { label: string; short: string; ctor: string; script: string }>> = {
	scorm12: { label: 'SCORM 1.2', short: 'SCORM 1.2', ctor: 'Scorm12API', script: 'scorm12.js' },
	scorm2004: { label: 'SCORM 2004 4th edition', short: 'SCORM 2004', ctor: 'Scorm2004API', script: 'scorm2004.js' }
};

export const options = launchOptions(location.search, readStrictSetting());
/** The LMS this page plays (profiles.ts): `?lms=`, else the choice stored from the top bar. */
export const profile: LmsProfile = chooseProfile(location.search, readProfileSetting());
export const version: ScormVersion = options.version;
export const is12 = version === 'scorm12';
const other: ScormVersion = is12 ? 'scorm2004' : 'scorm12';
const model = dataModel[version];

/** The current version's names: the data model's, plus the preview's labels and scorm-again's. */
export const V = {
	...PLAYER[version],
	other,
	otherLabel: PLAYER[other].short,
	/** window.API or window.API_1484_11. */
	global: model.apiName,
	methods: model.methods,
	/** The eight API methods, in the data model's order. */
	allMethods: Object.values(model.methods) as string[],
	/** GetLastError, GetErrorString, GetDiagnostic: they never fail and never clear the error state. */
	diagnostics: [model.methods.getLastError, model.methods.getErrorString, model.methods.getDiagnostic] as string[],
	paths: model.paths,
	limits: model.limits
};

export const packagePath = PACKAGE_PATHS[version];
export const storageKey = storageKeyFor(version);
/** The call log shows this many rows (the whole log stays in previewLms.log). */
export const LOG_ROWS_SHOWN = 1500;
/** Longer values are clipped in the inspector, with the full text in a tooltip. */
export const VALUE_PREVIEW = 160;

const t0 = performance.now();
/** Milliseconds since the preview page loaded. */
export const elapsed = (): number => Math.round(performance.now() - t0);
