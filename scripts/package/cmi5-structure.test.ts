import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { create } from 'xmlbuilder2';
import { auIri, buildCourseStructure, CMI5_NS, courseIri, validateCourseStructure } from './cmi5-structure.ts';
import { writeCmi5Package, type PackageCourse } from './package.ts';

const FIXTURE = fileURLToPath(new URL('../../tests/fixtures/scorm-build/', import.meta.url));
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

const parse = (xml: string) => ({ documentElement: create(xml).root().node as unknown as Element });
const temp = mkdtempSync(join(tmpdir(), 'cmi5-package-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('cmi5.xml', () => {
	it('validates against the official CourseStructure schema', async () => {
		const result = await validateCourseStructure(buildCourseStructure(course));
		expect(result.errors).toEqual([]);
		expect(result.valid).toBe(true);
	});

	it('names course and AU by distinct IRIs, one AU launched from index.html, moveOn and masteryScore from the pass mark', () => {
		const doc = parse(buildCourseStructure({ ...course, passMark: 75 }));
		expect(doc.documentElement.namespaceURI).toBe(CMI5_NS);
		const courseEl = doc.documentElement.getElementsByTagNameNS(CMI5_NS, 'course')[0]!;
		const aus = [...doc.documentElement.getElementsByTagNameNS(CMI5_NS, 'au')];
		expect(aus).toHaveLength(1);
		expect(courseEl.getAttribute('id')).toBe('urn:x-patient-education:baclofen_patient_education');
		expect(aus[0]!.getAttribute('id')).toBe(`${courseEl.getAttribute('id')}:au`);
		expect(aus[0]!.getAttribute('moveOn')).toBe('CompletedAndPassed');
		expect(aus[0]!.getAttribute('masteryScore')).toBe('0.75');
		expect(aus[0]!.getElementsByTagNameNS(CMI5_NS, 'url')[0]!.textContent).toBe('index.html');
		expect(courseEl.getElementsByTagNameNS(CMI5_NS, 'title')[0]!.textContent).toBe('Understanding Baclofen');
		expect(courseEl.getElementsByTagNameNS(CMI5_NS, 'description')[0]!.textContent).toContain('What is Baclofen?; In Summary');
	});

	it('keeps the ids of a course from one version to the next', () => {
		expect(courseIri('x')).toBe(courseIri('x'));
		expect(auIri('x')).not.toBe(courseIri('x'));
	});

	it('the schema refuses a structure with no AU (the validator is not lenient)', async () => {
		const broken = buildCourseStructure(course).replace(/<au [\s\S]*<\/au>/, '');
		const result = await validateCourseStructure(broken);
		expect(result.valid).toBe(false);
		expect(result.errors.join('\n')).toMatch(/au|block/);
	});
});

describe('writeCmi5Package', () => {
	it('writes <id>-<version>-cmi5.zip with cmi5.xml and the build at its root', async () => {
		const written = await writeCmi5Package({ buildDir: FIXTURE, outDir: temp, course });
		expect(written.file.endsWith('baclofen-patient-education-1.0.0-cmi5.zip')).toBe(true);
		const zip = unzipSync(readFileSync(written.file));
		expect(Object.keys(zip).sort()).toEqual(['_app/immutable/assets/start.css', '_app/version.json', 'cmi5.xml', 'images/pill photo.svg', 'index.html']);
		expect(strFromU8(zip['cmi5.xml']!)).toBe(buildCourseStructure(course));
	});

	it('refuses to write a package whose cmi5.xml is invalid', async () => {
		const out = join(temp, 'invalid');
		await expect(writeCmi5Package({ buildDir: FIXTURE, outDir: out, course: { ...course, passMark: 120 } })).rejects.toThrow(
			/cmi5\.xml does not validate[\s\S]*masteryScore/
		);
		expect(existsSync(out)).toBe(false);
	});
});
