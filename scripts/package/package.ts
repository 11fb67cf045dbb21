import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { create } from 'xmlbuilder2';
import { loadCourse } from '../content/build-course.ts';
import { SCORM_VERSIONS, type ScormVersion } from '../../src/lib/tracking/scorm/data-model.ts';
import { buildCourseStructure, STRUCTURE_FILE, validateCourseStructure } from './cmi5-structure.ts';
import { buildManifest, LAUNCH_FILE, MANIFEST_FILE, type ManifestInput } from './manifest.ts';
import { schemaFiles, validateManifest, XSD_ROOT } from './validate.ts';

/**
 * `npm run package`: zips the static build (build/) into one SCORM 1.2 and one SCORM 2004 4th edition package
 * in dist/. Each zip holds the build files, imsmanifest.xml and that version's schema files, all at the root.
 *
 * Before a zip is written, its manifest must validate against the shipped schemas and list exactly the files
 * the zip holds: an LMS rejects a package whose manifest is invalid, and a file missing from the list may not be
 * served (or be deleted on import) by strict LMSs.
 */

export { SCORM_VERSIONS };

/** The course as the manifest needs it: settings plus lessons. */
export type PackageCourse = Omit<ManifestInput, 'files'>;

export interface PackageResult {
	/** Path of the written zip. */
	file: string;
	bytes: number;
	/** Every path inside the zip, imsmanifest.xml included. */
	entries: string[];
}

/** `baclofen_patient_education`, `1.0.0`, `scorm12` → `baclofen-patient-education-1.0.0-scorm12.zip` (or `-cmi5.zip`). */
export function packageFileName(course: { id: string; version: string }, version: ScormVersion | 'cmi5'): string {
	const safe = (s: string) => s.replace(/[^A-Za-z0-9.-]+/g, '-');
	return `${safe(course.id)}-${safe(course.version)}-${version}.zip`;
}

/** The file paths a manifest lists in its resources (`<file href>`), decoded back to zip paths. */
export function manifestFiles(manifestXml: string): string[] {
	const root = create(manifestXml).root().node as unknown as Element;
	const cp = root.namespaceURI ?? '';
	return [...root.getElementsByTagNameNS(cp, 'file')].map((file) => decodeURI(file.getAttribute('href') ?? ''));
}

/** Throws unless the manifest lists every file of the zip (except itself) and nothing else. */
export function assertManifestMatchesZip(manifestXml: string, zipEntries: string[]): void {
	const listed = new Set(manifestFiles(manifestXml));
	const inZip = new Set(zipEntries.filter((entry) => entry !== MANIFEST_FILE));
	const notInZip = [...listed].filter((file) => !inZip.has(file));
	const notListed = [...inZip].filter((file) => !listed.has(file));
	if (!zipEntries.includes(MANIFEST_FILE)) throw new Error(`The package has no ${MANIFEST_FILE}.`);
	if (notInZip.length || notListed.length) {
		throw new Error(
			'The manifest and the zip disagree:' +
				(notInZip.length ? `\n  listed in ${MANIFEST_FILE} but not in the zip: ${notInZip.join(', ')}` : '') +
				(notListed.length ? `\n  in the zip but not listed in ${MANIFEST_FILE}: ${notListed.join(', ')}` : '')
		);
	}
}

/**
 * Zip path → contents of one package, imsmanifest.xml aside: the build files and the version's schema files.
 * Shared with the strict conformance check (check-scorm.ts), so it checks exactly what would be zipped.
 */
export function packageEntries(version: ScormVersion, buildDir: string): Record<string, Uint8Array> {
	if (!existsSync(join(buildDir, LAUNCH_FILE))) {
		throw new Error(`No ${LAUNCH_FILE} in ${buildDir}: run \`npm run build\` first.`);
	}
	// Build files and schema files share the zip root, so a name clash would silently replace one of them: refuse it.
	const entries: Record<string, Uint8Array> = {};
	const add = (path: string, contents: Uint8Array, from: string) => {
		if (path in entries || path === MANIFEST_FILE) throw new Error(`${from} has a file ${path}, which clashes with a file the package adds.`);
		entries[path] = contents;
	};
	for (const path of listFiles(buildDir)) add(path, readFileSync(join(buildDir, path)), buildDir);
	const xsdDir = join(XSD_ROOT, version);
	for (const path of schemaFiles(version)) add(path, readFileSync(join(xsdDir, path)), xsdDir);
	return entries;
}

/** Builds, checks and writes one package. Throws (writing nothing) if any check fails. */
export async function writePackage(
	version: ScormVersion,
	{ buildDir, outDir, course }: { buildDir: string; outDir: string; course: PackageCourse }
): Promise<PackageResult> {
	const entries = packageEntries(version, buildDir);
	const manifest = buildManifest(version, { ...course, files: Object.keys(entries) });
	const validation = await validateManifest(version, manifest);
	if (!validation.valid) {
		throw new Error(`The ${version} manifest does not validate against the SCORM schemas:\n${validation.errors.join('\n')}`);
	}
	// Manifest first in the zip: not required, but it is what people and tools look for when they open one.
	const files = { [MANIFEST_FILE]: new TextEncoder().encode(manifest), ...entries };
	assertManifestMatchesZip(manifest, Object.keys(files));

	const zip = zipSync(files, { level: 9 });
	mkdirSync(outDir, { recursive: true });
	const file = join(outDir, packageFileName(course, version));
	writeFileSync(file, zip);
	return { file, bytes: zip.byteLength, entries: Object.keys(files) };
}

/**
 * The cmi5 package: cmi5.xml and the build files, all at the zip root (cmi5 spec 14.1). The same build as the SCORM
 * zips: the course finds cmi5's launch parameters in its address and reports to the LRS instead of a SCORM API.
 * Throws (writing nothing) when cmi5.xml does not validate against the official CourseStructure schema.
 */
export async function writeCmi5Package({ buildDir, outDir, course }: { buildDir: string; outDir: string; course: PackageCourse }): Promise<PackageResult> {
	if (!existsSync(join(buildDir, LAUNCH_FILE))) throw new Error(`No ${LAUNCH_FILE} in ${buildDir}: run \`npm run build\` first.`);
	const structure = buildCourseStructure(course);
	const validation = await validateCourseStructure(structure);
	if (!validation.valid) {
		throw new Error(`${STRUCTURE_FILE} does not validate against the cmi5 CourseStructure schema:\n${validation.errors.join('\n')}`);
	}
	const files: Record<string, Uint8Array> = { [STRUCTURE_FILE]: new TextEncoder().encode(structure) };
	for (const path of listFiles(buildDir)) {
		if (path in files) throw new Error(`${buildDir} has a file ${path}, which clashes with the ${STRUCTURE_FILE} the package adds.`);
		files[path] = readFileSync(join(buildDir, path));
	}
	const zip = zipSync(files, { level: 9 });
	mkdirSync(outDir, { recursive: true });
	const file = join(outDir, packageFileName(course, 'cmi5'));
	writeFileSync(file, zip);
	return { file, bytes: zip.byteLength, entries: Object.keys(files) };
}

/** Every file under dir, as sorted posix paths relative to it (zip entry names always use `/`). */
function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

async function main(): Promise<void> {
	const root = fileURLToPath(new URL('../../', import.meta.url));
	const buildDir = join(root, 'build');
	if (!existsSync(join(buildDir, LAUNCH_FILE))) {
		console.error(`No course build found (${join('build', LAUNCH_FILE)} is missing). Run \`npm run build\` first, then \`npm run package\`.`);
		process.exit(1);
	}
	const { course } = await loadCourse(join(root, 'content'));
	// The strict conformance check first (check-scorm.ts): no zip is written for a course a strict LMS would refuse.
	// Imported here, not at the top: the check imports this module's helpers.
	const { checkScorm } = await import('./check-scorm.ts');
	const check = await checkScorm({ buildDir, course });
	if (!check.ok) {
		console.error(`${check.report}\n\nNo package written: fix the failures above (details: npm run check:scorm).`);
		process.exit(1);
	}
	console.log(check.summary);
	const input: PackageCourse = {
		...course.settings,
		lessons: course.lessons.map(({ slug, title }) => ({ slug, title }))
	};
	const written = [];
	for (const version of SCORM_VERSIONS) written.push(await writePackage(version, { buildDir, outDir: join(root, 'dist'), course: input }));
	written.push(await writeCmi5Package({ buildDir, outDir: join(root, 'dist'), course: input }));
	for (const result of written) {
		const kb = (result.bytes / 1024).toFixed(1);
		console.log(`${relative(root, result.file)}  ${kb} KB  (${result.entries.length} files)`);
	}
}

if (import.meta.main) {
	main().catch((error: unknown) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	});
}
