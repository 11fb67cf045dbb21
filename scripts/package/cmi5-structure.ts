import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { create } from 'xmlbuilder2';
import { validateXML } from 'xmllint-wasm';
import { LAUNCH_FILE, normalizedPassMark } from './manifest.ts';
import type { ValidationResult } from './validate.ts';

/**
 * Builds and validates cmi5.xml, the course structure of the cmi5 package (cmi5 spec section 13): one course, one AU
 * (the whole single-page course), launched from index.html at the zip root. Pure apart from reading the schema.
 *
 * Ids are IRIs that stay the same from one version of the course to the next, so an LMS recognises an updated
 * upload as the same course (the SCORM manifests do the same with their identifier). The course has no web address
 * of its own, so they are URNs built from the course id (an IRI needs no host; an http(s) address we do not own
 * would be worse). moveOn is CompletedAndPassed and masteryScore the pass mark: the LMS counts the AU as done only
 * when every question is answered and the score reaches the pass mark, as the SCORM 2004 package says with its
 * completion and primary objective.
 */

export const STRUCTURE_FILE = 'cmi5.xml';
export const CMI5_NS = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';
const SCHEMA_FILE = fileURLToPath(new URL('../../cmi5/xsd/CourseStructure.xsd', import.meta.url));

export interface StructureInput {
	id: string;
	title: string;
	/** Percentage 0–100 → masteryScore 0–1. */
	passMark: number;
	description?: string;
	lessons: { slug: string; title: string }[];
}

/** `baclofen_patient_education` → `urn:x-patient-education:baclofen_patient_education` (course) and `…:au` (the AU). */
export function courseIri(id: string): string {
	return `urn:x-patient-education:${encodeURIComponent(id)}`;
}

export function auIri(id: string): string {
	return `${courseIri(id)}:au`;
}

/**
 * The description LMS catalogues show: the course's own when it has one, else what the course is made of (lesson
 * titles, the final check, the pass mark), which makes no claim of its own about the medicine.
 */
export function structureDescription(input: StructureInput): string {
	if (input.description) return input.description;
	const lessons = input.lessons.map((l) => l.title).join('; ');
	return `${input.lessons.length} short lessons, each ending in a short quiz, then a final check (pass mark ${input.passMark}%). Lessons: ${lessons}.`;
}

export function buildCourseStructure(input: StructureInput): string {
	const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(CMI5_NS, 'courseStructure');
	const text = (parent: ReturnType<typeof root.ele>, name: string, value: string) => parent.ele(name).ele('langstring', { lang: 'en' }).txt(value);
	const description = structureDescription(input);
	const course = root.ele('course', { id: courseIri(input.id) });
	text(course, 'title', input.title);
	text(course, 'description', description);
	const au = root.ele('au', {
		id: auIri(input.id),
		moveOn: 'CompletedAndPassed',
		masteryScore: normalizedPassMark(input.passMark),
		launchMethod: 'AnyWindow'
	});
	text(au, 'title', input.title);
	text(au, 'description', description);
	au.ele('url').txt(LAUNCH_FILE);
	return root.end({ prettyPrint: true });
}

/** Validates cmi5.xml against the official CourseStructure schema (cmi5/xsd/), offline. */
export async function validateCourseStructure(xml: string): Promise<ValidationResult> {
	const result = await validateXML({
		xml: [{ fileName: STRUCTURE_FILE, contents: xml }],
		schema: [{ fileName: 'CourseStructure.xsd', contents: readFileSync(SCHEMA_FILE, 'utf8') }]
	});
	return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage).filter((m) => m.trim()) };
}
