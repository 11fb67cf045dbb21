import { create } from 'xmlbuilder2';
import { MANIFEST_NAMESPACES, type ScormVersion } from '../../src/lib/tracking/scorm/data-model.ts';
import { objectiveId, PRIMARY_OBJECTIVE_ID } from '../../src/lib/tracking/scorm/ids.ts';

/**
 * Builds imsmanifest.xml for the SCORM 1.2 and SCORM 2004 4th edition packages.
 * Pure: strings in, string out. The file list comes from the caller, which reads the build folder.
 *
 * The package is one SCO (the whole single-page course) in one resource. Everything LMS-visible that could vary
 * (identifiers, pass mark, objective ids) is derived from the course settings, so re-packaging the same course
 * gives the same manifest and an LMS recognises an updated upload as the same course.
 */

export type { ScormVersion };

export interface ManifestInput {
	id: string;
	title: string;
	version: string;
	/** Percentage 0–100: 1.2 `masteryscore`, 2004 `minNormalizedMeasure` (as 0–1). */
	passMark: number;
	/** Optional course description, written as LOM metadata in the 2004 manifest (1.2: see buildManifest). */
	description?: string;
	/** Become SCORM 2004 objectives (one per lesson), so the runtime can report per-lesson results. */
	lessons: { slug: string; title: string }[];
	/** Every file of the package except imsmanifest.xml itself: posix paths relative to the zip root. */
	files: string[];
}

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const XMLNS = 'http://www.w3.org/2000/xmlns/';

/** The manifests' XML namespaces: one definition (the SCORM facts table), shared with the preview's manifest reader. */
export const NS = MANIFEST_NAMESPACES;

/**
 * Namespace → root schema file (at the zip root). Written to the manifest's xsi:schemaLocation, and the
 * validator imports exactly these, so what the manifest claims is what the tests check.
 */
export const SCHEMA_LOCATIONS: Record<ScormVersion, [namespace: string, file: string][]> = {
	scorm12: [
		[NS.scorm12.cp, 'imscp_rootv1p1p2.xsd'],
		[NS.scorm12.imsmd, 'imsmd_rootv1p2p1.xsd'],
		[NS.scorm12.adlcp, 'adlcp_rootv1p2.xsd']
	],
	scorm2004: [
		[NS.scorm2004.cp, 'imscp_v1p1.xsd'],
		[NS.scorm2004.adlcp, 'adlcp_v1p3.xsd'],
		[NS.scorm2004.adlseq, 'adlseq_v1p3.xsd'],
		[NS.scorm2004.adlnav, 'adlnav_v1p3.xsd'],
		[NS.scorm2004.imsss, 'imsss_v1p0.xsd'],
		[NS.scorm2004.lom, 'lom.xsd']
	]
};

const SCHEMA_VERSION: Record<ScormVersion, string> = { scorm12: '1.2', scorm2004: '2004 4th Edition' };

/** The launch file; the LMS opens it inside its player frame. */
export const LAUNCH_FILE = 'index.html';
export const MANIFEST_FILE = 'imsmanifest.xml';

// Identifiers local to the manifest. Fixed, so they never depend on content.
const ORG_ID = 'org_default';
const ITEM_ID = 'item_course';
const RESOURCE_ID = 'resource_course';

/**
 * Makes a string a valid xs:ID (an NCName): letters, digits, `_`, `.` and `-`, starting with a letter.
 * Course ids are author-written; an invalid ID makes strict LMSs (and the XSD) reject the whole package.
 */
export function xmlId(value: string): string {
	const cleaned = value.replace(/[^A-Za-z0-9_.-]/g, '_');
	return /^[A-Za-z]/.test(cleaned) ? cleaned : `id_${cleaned}`;
}

/** Pass mark 0–100 → SCORM 2004 normalized measure 0–1, as a short decimal string ("0.8", not "0.80000001"). */
export function normalizedPassMark(passMark: number): string {
	return String(Number((passMark / 100).toFixed(4)));
}

export function buildManifest(version: ScormVersion, input: ManifestInput): string {
	checkInput(input);
	const ns = NS[version];
	const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(ns.cp, 'manifest');
	// Declare every prefix once on the root, so child elements reuse it instead of redeclaring it locally.
	for (const [prefix, uri] of Object.entries(ns)) {
		if (prefix !== 'cp' && prefix !== 'lom' && prefix !== 'imsmd') root.att(XMLNS, `xmlns:${prefix}`, uri);
	}
	root
		.att(XMLNS, 'xmlns:xsi', XSI)
		.att('identifier', xmlId(input.id))
		.att('version', input.version)
		.att(XSI, 'xsi:schemaLocation', SCHEMA_LOCATIONS[version].flat().join(' '));

	const metadata = root.ele('metadata');
	metadata.ele('schema').txt('ADL SCORM');
	metadata.ele('schemaversion').txt(SCHEMA_VERSION[version]);
	// LOM only in 2004: libxml2 cannot compile the 1.2 imsmd schema (non-deterministic content models), so 1.2 LOM
	// could never be validated here, and LMSs do not show it anyway.
	if (input.description && version === 'scorm2004') addLom(metadata, input.title, input.description);

	const organization = root.ele('organizations', { default: ORG_ID }).ele('organization', { identifier: ORG_ID });
	organization.ele('title').txt(input.title);
	const item = organization.ele('item', { identifier: ITEM_ID, identifierref: RESOURCE_ID });
	item.ele('title').txt(input.title);

	if (version === 'scorm12') {
		// Becomes cmi.student_data.mastery_score; the LMS (Moodle, for one) recomputes passed/failed from it.
		item.ele(NS.scorm12.adlcp, 'adlcp:masteryscore').txt(String(input.passMark));
	} else {
		addSequencing(item, input);
	}

	const resource = root.ele('resources').ele('resource', { identifier: RESOURCE_ID, type: 'webcontent', href: LAUNCH_FILE });
	// The attribute name differs between the versions: lower case in 1.2, camel case in 2004.
	if (version === 'scorm12') resource.att(NS.scorm12.adlcp, 'adlcp:scormtype', 'sco');
	else resource.att(NS.scorm2004.adlcp, 'adlcp:scormType', 'sco');
	for (const file of input.files) resource.ele('file', { href: fileHref(file) });

	return root.end({ prettyPrint: true });
}

/**
 * Only what stops the LMS from tracking the SCO itself: no control modes, rules or rollup, because several LMSs
 * ignore or mishandle SCORM 2004 sequencing (see the notes).
 * - deliveryControls: the content, not the LMS, sets completion and success (otherwise some LMSs mark the SCO
 *   complete on exit).
 * - primaryObjective satisfiedByMeasure + minNormalizedMeasure: the LMS derives passed/failed from the score and
 *   hands the pass mark to the SCO as cmi.scaled_passing_score.
 * - one objective per lesson, with the ids the runtime reports in cmi.objectives.
 */
function addSequencing(item: Builder, input: ManifestInput): void {
	const imsss = NS.scorm2004.imsss;
	const sequencing = item.ele(imsss, 'imsss:sequencing');
	// Schema order matters: objectives come before deliveryControls.
	const objectives = sequencing.ele(imsss, 'imsss:objectives');
	objectives
		.ele(imsss, 'imsss:primaryObjective', { objectiveID: PRIMARY_OBJECTIVE_ID, satisfiedByMeasure: 'true' })
		.ele(imsss, 'imsss:minNormalizedMeasure')
		.txt(normalizedPassMark(input.passMark));
	// Every objective carries the pass mark too. Moodle takes cmi.scaled_passing_score from the LAST objective listed,
	// not the primary one, and reads an objective without minNormalizedMeasure as 1.0: a 100 % pass mark. The lesson
	// objectives are not satisfiedByMeasure, so for a conformant LMS the value changes nothing.
	for (const lesson of input.lessons) {
		objectives.ele(imsss, 'imsss:objective', { objectiveID: objectiveId(lesson.slug) }).ele(imsss, 'imsss:minNormalizedMeasure').txt(normalizedPassMark(input.passMark));
	}
	sequencing.ele(imsss, 'imsss:deliveryControls', { completionSetByContent: 'true', objectiveSetByContent: 'true' });
}

/** Title and description as IEEE LOM metadata (no language given: the course settings do not name one). */
function addLom(metadata: Builder, title: string, description: string): void {
	// Default namespace on <lom>, as ADL's examples do; the children inherit it.
	const general = metadata.ele(NS.scorm2004.lom, 'lom').ele('general');
	general.ele('title').ele('string').txt(title);
	general.ele('description').ele('string').txt(description);
}

type Builder = ReturnType<typeof create>;

/** href is an xs:anyURI: percent-encode what a URI may not contain (spaces, non-ASCII); keep `/`. */
function fileHref(file: string): string {
	return encodeURI(file);
}

function checkInput(input: ManifestInput): void {
	const problems: string[] = [];
	if (!input.id.trim()) problems.push('course id is empty');
	if (!input.title.trim()) problems.push('course title is empty');
	if (!Number.isFinite(input.passMark) || input.passMark < 0 || input.passMark > 100) {
		problems.push(`pass mark must be a number from 0 to 100, got ${input.passMark}`);
	}
	if (!input.files.includes(LAUNCH_FILE)) problems.push(`files do not include the launch file ${LAUNCH_FILE}`);
	const seen = new Set<string>();
	for (const file of input.files) {
		if (seen.has(file)) problems.push(`file listed twice: ${file}`);
		seen.add(file);
		if (file === MANIFEST_FILE) problems.push(`${MANIFEST_FILE} must not list itself`);
		if (file.startsWith('/') || file.includes('\\') || file.split('/').some((part) => part === '..' || part === '.' || part === '')) {
			problems.push(`not a relative posix path inside the package: ${file}`);
		}
	}
	const ids = input.lessons.map((l) => objectiveId(l.slug));
	const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
	if (duplicate) problems.push(`two lessons give the same objective id ${duplicate}`);
	if (problems.length) throw new Error(`Cannot build the SCORM manifest:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}
