import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NS, type ScormVersion } from './manifest.ts';
import { assertManifestMatchesZip, manifestFiles, packageFileName, writePackage, type PackageCourse, type PackageResult } from './package.ts';
import { schemaFiles } from './validate.ts';

const FIXTURE = fileURLToPath(new URL('../../tests/fixtures/scorm-build/', import.meta.url));
const FIXTURE_FILES = ['_app/immutable/assets/start.css', '_app/version.json', 'images/pill photo.svg', 'index.html'];

const course: PackageCourse = {
	id: 'baclofen_patient_education',
	title: 'Understanding Baclofen',
	version: '1.0.0',
	passMark: 80,
	lessons: [
		{ slug: 'what-is-baclofen', title: 'What is Baclofen?' },
		{ slug: 'in-summary', title: 'In Summary' }
	]
};

const temp = mkdtempSync(join(tmpdir(), 'scorm-package-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe.each<ScormVersion>(['scorm12', 'scorm2004'])('writePackage(%s)', (version) => {
	const outDir = join(temp, version);
	let written: PackageResult;
	beforeAll(async () => {
		written = await writePackage(version, { buildDir: FIXTURE, outDir, course });
	});

	it(`writes dist/<id>-<version>-${version}.zip`, async () => {
		const { file } = written;
		expect(file.endsWith(`-${version}.zip`)).toBe(true);
		expect(readdirSync(outDir)).toEqual([`baclofen-patient-education-1.0.0-${version}.zip`]);
	});

	it('zips exactly the files its manifest lists, plus the manifest', async () => {
		const zip = unzipSync(readFileSync(written.file));
		const entries = Object.keys(zip);
		const manifest = strFromU8(zip['imsmanifest.xml']!);
		const listed = manifestFiles(manifest);
		expect(new Set(listed).size).toBe(listed.length);
		expect([...listed].sort()).toEqual(entries.filter((e) => e !== 'imsmanifest.xml').sort());
		expect(() => assertManifestMatchesZip(manifest, entries)).not.toThrow();
	});

	it('holds the build files unchanged and the schema files at the root', async () => {
		const zip = unzipSync(readFileSync(written.file));
		for (const file of FIXTURE_FILES) expect(strFromU8(zip[file]!)).toBe(readFileSync(join(FIXTURE, file), 'utf8'));
		for (const file of schemaFiles(version)) expect(zip[file], file).toBeDefined();
		const expected = version === 'scorm12'
			? ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd']
			: ['imscp_v1p1.xsd', 'adlcp_v1p3.xsd', 'imsss_v1p0.xsd', 'xml.xsd', 'common/anyElement.xsd', 'extend/strict.xsd', 'unique/strict.xsd', 'vocab/strict.xsd'];
		for (const file of expected) expect(Object.keys(zip)).toContain(file);
		// The shipped imscp_v1p1.xsd is ADL's, unchanged: the xml.xsd rewrite is for validation only.
		if (version === 'scorm2004') expect(strFromU8(zip['imscp_v1p1.xsd']!)).toContain('http://www.w3.org/2001/xml.xsd');
	});

	it('carries the pass mark in the manifest', async () => {
		const manifest = strFromU8(unzipSync(readFileSync(written.file))['imsmanifest.xml']!);
		if (version === 'scorm12') expect(manifest).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
		else expect(manifest).toContain('<imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>');
		expect(manifest).toContain(`xmlns="${NS[version].cp}"`);
	});
});

describe('packaging checks', () => {
	const manifest = `<manifest xmlns="${NS.scorm12.cp}" identifier="m"><resources><resource identifier="r" type="webcontent" href="index.html">
		<file href="index.html"/><file href="a%20b.css"/></resource></resources></manifest>`;

	it('accepts a zip that matches its manifest', () => {
		expect(() => assertManifestMatchesZip(manifest, ['imsmanifest.xml', 'index.html', 'a b.css'])).not.toThrow();
	});

	it('names files listed but missing from the zip, and files in the zip but not listed', () => {
		expect(() => assertManifestMatchesZip(manifest, ['imsmanifest.xml', 'index.html'])).toThrow(/not in the zip: a b\.css/);
		expect(() => assertManifestMatchesZip(manifest, ['imsmanifest.xml', 'index.html', 'a b.css', 'extra.js'])).toThrow(/not listed in imsmanifest\.xml: extra\.js/);
		expect(() => assertManifestMatchesZip(manifest, ['index.html', 'a b.css'])).toThrow(/no imsmanifest\.xml/);
	});

	it('asks for a build when the build folder is missing', async () => {
		await expect(writePackage('scorm12', { buildDir: join(temp, 'no-build'), outDir: join(temp, 'out'), course })).rejects.toThrow(/npm run build/);
	});

	it('refuses a build whose files clash with the manifest or the schema files', async () => {
		for (const clash of ['imsmanifest.xml', 'imscp_rootv1p1p2.xsd']) {
			const buildDir = join(temp, `clash-${clash}`);
			cpSync(FIXTURE, buildDir, { recursive: true });
			writeFileSync(join(buildDir, clash), '<x/>');
			await expect(writePackage('scorm12', { buildDir, outDir: join(temp, 'clash-out'), course })).rejects.toThrow(clash);
		}
	});

	it('names packages after the course id and version', () => {
		expect(packageFileName(course, 'scorm12')).toBe('baclofen-patient-education-1.0.0-scorm12.zip');
		expect(packageFileName({ id: 'my course', version: '2.0' }, 'scorm2004')).toBe('my-course-2.0-scorm2004.zip');
	});
});
