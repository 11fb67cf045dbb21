import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadCourse } from '../../content/build-course.ts';
import type { Course, Lesson, QuizItem } from '../../../src/lib/content/types.ts';
import { miniCourse, miniItems } from '../../../tests/fixtures/conformance/mini-course.ts';
import { packagesFromZips, packagesToCheck } from '../check-scorm.ts';
import { buildManifest } from '../manifest.ts';
import { writePackage } from '../package.ts';
import { conformanceInput, expandRoutes, routePatterns, type InputOptions } from './input.ts';
import { manifestIds, packageFiles } from './package-rules.ts';
import { formatFailure, formatReport, RULES, runRules } from './report.ts';
import { bookmarkLocation, interactionIds, objectiveIds, recordCounts, responseTokens, suspendData, timeFormats } from './rules.ts';
import { largestDataModel, lmsPayload, moodleName, multipartFieldBytes } from './payload.ts';
import type { ConformanceInput, Failure, PackageUnderCheck, Rule } from './types.ts';

/**
 * Every rule of the strict conformance check has a fixture that breaks it (and the failure must name the item and the
 * limit); the mini fixture course and the real course pass every rule.
 */

const FIXTURES = fileURLToPath(new URL('../../../tests/fixtures/conformance/', import.meta.url));
/** A stand-in build folder (the real build/ may not exist when unit tests run): the manifests' ids do not depend on it. */
const BUILD = fileURLToPath(new URL('../../../tests/fixtures/scorm-build/', import.meta.url));

type MiniCourse = typeof miniCourse;

function course(change: (c: MiniCourse) => void = () => {}): MiniCourse {
	const copy = structuredClone(miniCourse);
	change(copy);
	return copy;
}

function input(c: MiniCourse = miniCourse, options: InputOptions & { packages?: PackageUnderCheck[] } = {}): ConformanceInput {
	return conformanceInput(c, options.packages ?? packagesToCheck(c, BUILD), options);
}

const lesson = (c: MiniCourse, n: number): Lesson => c.lessons[n]!;
const lines = (failures: Failure[]) => failures.map(formatFailure);

/** Asserts the rule fails and that some failure line holds every given fragment (item name, limit…). */
function expectFailure(rule: Rule, at: ConformanceInput, ...fragments: (string | RegExp)[]) {
	const failures = rule.check(at);
	expect(failures.length, `${rule.id} should fail`).toBeGreaterThan(0);
	const found = lines(failures).some((line) => fragments.every((f) => (typeof f === 'string' ? line.includes(f) : f.test(line))));
	expect(found, `no ${rule.id} failure mentions ${fragments.join(' + ')}:\n${lines(failures).join('\n')}`).toBe(true);
	return failures;
}

describe('the fixture course', () => {
	it.each(RULES.map((r) => [r.id, r] as const))('passes %s', (_id, rule) => {
		expect(lines(rule.check(input()))).toEqual([]);
	});
});

describe('the real course and its manifests', async () => {
	const { course: real } = await loadCourse(fileURLToPath(new URL('../../../content', import.meta.url)));
	const realInput = conformanceInput(real, packagesToCheck(real, BUILD));

	it('covers every question, its final-check copy, every route and every objective', () => {
		const questions = real.lessons.flatMap((l) => l.quiz);
		expect(realInput.items.filter((r) => r.drawnFrom === undefined)).toHaveLength(questions.length);
		expect(realInput.items.filter((r) => r.lesson === 'final')).toHaveLength(questions.length);
		const last = real.lessons.at(-1)!;
		expect(realInput.routes).toEqual(
			expect.arrayContaining(['/', '/results', '/final', `/final/${real.lessons.length}`, `/lesson/${last.slug}`, `/lesson/${last.slug}/score`, `/lesson/${last.slug}/quiz/${last.quiz.length}`])
		);
		expect(realInput.unresolvedRoutes).toEqual([]);
		expect(realInput.objectives.map((o) => o.id)).toEqual(expect.arrayContaining(['lesson_final', 'safety_essentials', ...real.lessons.map((l) => `lesson_${l.slug.replaceAll('-', '_')}`)]));
	});

	it.each(RULES.map((r) => [r.id, r] as const))('passes %s', (_id, rule) => {
		expect(lines(rule.check(realInput))).toEqual([]);
	});
});

describe('suspend-data', () => {
	// 40 "select all that apply" questions of 8 options: each answer keeps two long tries (last and best).
	const big = course((c) => {
		const options = 'abcdefgh'.split('').map((id) => ({ id, text: id.toUpperCase() }));
		for (let n = 0; n < 40; n++) {
			lesson(c, 0).quiz.push({ ...miniItems.multiple!, id: `mini_many_options_${String(n).padStart(2, '0')}`, options } as QuizItem);
		}
	});

	it('fails when the longest answers overflow 4096 characters in 1.2 (not 64000 in 2004), naming the largest answers and the limit', () => {
		const failures = expectFailure(suspendData, input(big), '[SCORM 1.2] cmi.suspend_data', '≤ 4096 characters', 'at full progress with the longest valid answers', 'largest: final_mini_many_options_00');
		expect(failures.map((f) => f.version)).toEqual(['scorm12']);
	});

	it('measures fill-in answers at the longest length the course accepts, in the costliest characters', () => {
		const withFillIn = course((c) => lesson(c, 0).quiz.push(miniItems.fillIn!));
		const at = input(withFillIn, { format: { serializeProgress: (p, f) => (JSON.stringify(p.answers.mini_fill_in).length > 200 ? 'x'.repeat(5000) : JSON.stringify({ p, f })) } });
		expectFailure(suspendData, at, '[SCORM 1.2] cmi.suspend_data', '5000 characters');
	});

	it('measures the real serializer: a format that grows is caught', () => {
		const bloated = input(miniCourse, { format: { serializeProgress: (p, f) => JSON.stringify({ pad: 'x'.repeat(5000), p, f }) } });
		expectFailure(suspendData, bloated, '[SCORM 1.2] cmi.suspend_data', '≤ 4096 characters');
	});

	it('fails when full progress does not read back', () => {
		const forgetful = input(miniCourse, { format: { restoreProgress: () => ({ status: 'corrupt', progress: { answers: {}, location: '/', startedAt: 0, finishedAt: null, seed: 'a' } }) } });
		expectFailure(suspendData, forgetful, 'cmi.suspend_data', 'reads back as "corrupt"', 'restores unchanged');
	});

	it('counts unlimited tries as a record holding two different answers', () => {
		const unlimited = course((c) => (c.settings.quiz.attempts.lms = null));
		expect(suspendData.check(input(unlimited))).toEqual([]);
	});
});

describe('bookmark-location', () => {
	it('fails for a route over 255 characters in 1.2 (not 2004), naming the route', () => {
		const long = course((c) => (lesson(c, 1).slug = `long-${'x'.repeat(250)}`));
		const failures = expectFailure(bookmarkLocation, input(long), `[SCORM 1.2] route /lesson/long-`, '≤ 255 characters (cmi.core.lesson_location)');
		expect(failures.filter((f) => f.version === 'scorm2004')).toEqual([]);
		expect(lines(failures).some((l) => l.includes('/quiz/2'))).toBe(true);
	});

	it('fails for a route over 1000 characters in 2004', () => {
		const long = course((c) => (lesson(c, 1).slug = 'x'.repeat(1000)));
		expectFailure(bookmarkLocation, input(long), '[SCORM 2004] route /lesson/xxx', '≤ 1000 characters (cmi.location)');
	});

	it('fails for a bookmark saved progress would not accept', () => {
		const dotted = course((c) => (lesson(c, 0).slug = 'first.lesson'));
		expectFailure(bookmarkLocation, input(dotted), 'route /lesson/first.lesson', 'reads back', 'a bookmark saved progress accepts');
	});

	it('fails for a route whose parameter it cannot enumerate', () => {
		expectFailure(bookmarkLocation, input(miniCourse, { routePatterns: ['/', '/glossary/[term]'] }), 'route /glossary/[term]', 'every route is measured');
	});
});

describe('interaction-ids', () => {
	it('fails for an id interactionId refuses, naming the item and the limit', () => {
		const spaced = course((c) => (lesson(c, 0).quiz[0]!.id = 'bad id'));
		expectFailure(interactionIds, input(spaced), 'item bad id (first-lesson)', 'printable ASCII without spaces, ≤ 255 characters');
	});

	it('checks the id itself, not only the formatter: spaces (both versions) and length (1.2)', () => {
		const lenient = { format: { interactionId: (id: string) => id } };
		const spaced = course((c) => (lesson(c, 0).quiz[0]!.id = 'bad id'));
		expectFailure(interactionIds, input(spaced, lenient), '[SCORM 1.2] item bad id', 'has a space', 'CMIIdentifier', '≤ 255 characters');
		expectFailure(interactionIds, input(spaced, lenient), '[SCORM 2004] item bad id', 'contains whitespace', '≤ 4000 characters');
		const long = course((c) => (lesson(c, 0).quiz[0]!.id = `q${'x'.repeat(300)}`));
		const failures = expectFailure(interactionIds, input(long, lenient), '[SCORM 1.2] item qxxx', 'is 301 characters', '≤ 255 characters (cmi.interactions.n.id)');
		expect(failures.some((f) => f.version === 'scorm2004' && f.subject.startsWith('item qxxx') && f.found.includes('301'))).toBe(false);
	});

	it('fails for an id used twice', () => {
		const twice = course((c) => (lesson(c, 1).quiz[0]!.id = 'mini_single'));
		expectFailure(interactionIds, input(twice), 'item mini_single (second-lesson)', 'also item mini_single (first-lesson)', 'every interaction id unique');
	});
});

describe('objective-ids', () => {
	it('fails for two lessons that give the same objective id', () => {
		const clash = course((c) => {
			lesson(c, 0).slug = 'side-effects';
			lesson(c, 1).slug = 'side_effects';
		});
		// (buildManifest refuses such a course too, so no packages here.)
		expectFailure(objectiveIds, input(clash, { packages: [] }), 'objective lesson_side_effects', 'every objective id unique');
	});

	it('fails for an objective id over 255 characters (1.2) or with whitespace', () => {
		const at = input();
		at.objectives.push({ id: `o${'x'.repeat(255)}` }, { id: 'two words' });
		expectFailure(objectiveIds, at, '[SCORM 1.2] objective oxxx', 'is 256 characters', '≤ 255 characters');
		expectFailure(objectiveIds, at, '[SCORM 2004] objective two words', 'contains whitespace', 'cmi.objectives.n.id');
	});
});

describe('response-tokens', () => {
	it('fails for an option id the formatter refuses (hyphen), naming the item and the token rule', () => {
		const hyphen = course((c) => {
			const item = lesson(c, 0).quiz[0] as Extract<QuizItem, { type: 'single' }>;
			item.options[1]!.id = 'b-2';
			item.correct = 'b-2';
		});
		expectFailure(responseTokens, input(hyphen), '[SCORM 2004] item mini_single (first-lesson)', 'cannot be written', '[A-Za-z0-9_.]');
		expectFailure(responseTokens, input(hyphen), '[SCORM 1.2] item mini_single (first-lesson)', 'single characters 0-9 or a-z');
	});

	it('checks the written values themselves: a hyphen in a 2004 choice or matching value, a long 1.2 token', () => {
		const lenient = input(miniCourse, {
			format: {
				correctPattern: (v, item) => (item.type === 'matching' ? (v === 'scorm2004' ? 'a[.]x-1[,]b[.]2' : 'a.1,b.2') : v === 'scorm2004' ? 'a-b' : 'ab')
			}
		});
		expectFailure(responseTokens, lenient, '[SCORM 2004] item mini_multiple', 'correct pattern → "a-b": token "a-b" has characters outside [A-Za-z0-9_.]', 'Moodle rejects hyphens');
		expectFailure(responseTokens, lenient, '[SCORM 2004] item mini_matching', 'token "x-1"', 'source[.]target');
		expectFailure(responseTokens, lenient, '[SCORM 1.2] item mini_single', 'token "ab" is not one character 0-9 or a-z');
	});

	it('checks the learner response for every option and true-false words', () => {
		const lenient = input(miniCourse, { format: { learnerResponse: (v, item, r) => (item.type === 'true-false' ? String(r).toUpperCase() : v === 'scorm12' ? 'a' : 'a') } });
		expectFailure(responseTokens, lenient, '[SCORM 2004] item mini_true_false', 'response "true" → "TRUE"', '"true" or "false"');
		expectFailure(responseTokens, lenient, '[SCORM 1.2] item mini_matching', 'pair "a" is not x.y');
	});

	it('checks fill-in text against the response length limits', () => {
		const withFillIn = course((c) => lesson(c, 0).quiz.push(miniItems.fillIn!));
		const lenient = input(withFillIn, { format: { learnerResponse: (_v, item, r) => (item.type === 'fill-in' ? `${r}`.padEnd(300, 'x') : 'a') } });
		expectFailure(responseTokens, lenient, '[SCORM 2004] item mini_fill_in', 'a string of 300 characters', '≤ 250 characters');
		expectFailure(responseTokens, lenient, '[SCORM 1.2] item mini_fill_in', 'is 300 characters', '≤ 255 characters');
	});
});

describe('time-formats', () => {
	it('fails for a 2004 timestamp with 3 fractional digits (toISOString), naming the date and the limit', () => {
		const iso = input(miniCourse, { format: { interactionTime: (v, d) => (v === 'scorm2004' ? new Date(d).toISOString() : '10:05:09') } });
		expectFailure(timeFormats, iso, '[SCORM 2004] timestamp for 2026-11-24T10:05:09.999Z', '"2026-11-24T10:05:09.999Z" has more than 2 fractional digits', 'at most 2 fractional digits');
	});

	it('fails for a timestamp that names another time, and one with a zone but no fraction', () => {
		const shifted = input(miniCourse, { format: { interactionTime: (v, d) => (v === 'scorm2004' ? new Date(Number(d) + 3_600_000).toISOString().replace(/\dZ$/, 'Z') : '10:05:09') } });
		expectFailure(timeFormats, shifted, 'timestamp for 2026-11-24T10:05:09.999Z', 'names a different time');
		const noFraction = input(miniCourse, { format: { interactionTime: (v, d) => (v === 'scorm2004' ? new Date(d).toISOString().replace(/\.\d+Z$/, 'Z') : '10:05:09') } });
		expectFailure(timeFormats, noFraction, 'timestamp for 2026-11-24T10:05:09.000Z', 'is not a SCORM 2004 time(second,10,2)');
	});

	it('fails for a 1.2 timespan with one hour digit and a 2004 duration with 3 fractional digits', () => {
		const sloppy = input(miniCourse, {
			format: { timespan: (v, ms) => (v === 'scorm12' ? `0:00:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}` : `PT${(Math.max(0, ms) / 1000 || 0).toFixed(3)}S`) }
		});
		expectFailure(timeFormats, sloppy, '[SCORM 1.2] timespan for 0 ms', '"0:00:00" is not a CMITimespan', 'HH[HH]:MM:SS(.SS)');
		expectFailure(timeFormats, sloppy, '[SCORM 2004] duration for 999 ms', '"PT0.999S" has more than 2 fractional digits', 'cmi.session_time');
	});

	it('fails for a 1.2 interaction time of day that is not HH:MM:SS', () => {
		const sloppy = input(miniCourse, { format: { interactionTime: (v, d) => (v === 'scorm12' ? '7:5:9' : new Date(d).toISOString().replace(/\dZ$/, 'Z')) } });
		expectFailure(timeFormats, sloppy, '[SCORM 1.2] time for 2026-11-24T10:05:09.999Z', '"7:5:9" is not a CMITime', 'cmi.interactions.n.time');
	});
});

describe('manifest-ids', () => {
	const bad = readFileSync(`${FIXTURES}bad-ids.imsmanifest.xml`, 'utf8');
	const at = input(miniCourse, { packages: [{ version: 'scorm2004', manifest: bad, entries: ['imsmanifest.xml', 'index.html'] }] });

	it.each([
		['<manifest identifier>', '"1 course"', 'an XML ID (NCName)'],
		['<resource identifier>', '"résumé:course"', 'an XML ID (NCName)'],
		['<item identifier>', '"org_default" is also the identifier of <organization>', 'identifiers unique in the manifest (xs:ID)'],
		['<organizations default>', '"org_missing" names no <organization>', 'an IDREF to an organization'],
		['<item identifierref>', '"resource_missing" names no <resource>', 'an IDREF to a resource'],
		['<imsss:objective objectiveID>', '"lesson one"', 'an XML ID (NCName)'],
		['<imsss:objective objectiveID>', '"primary" declared twice', 'objectiveIDs unique within an activity']
	])('fails for %s: %s', (element, found, limit) => {
		expectFailure(manifestIds, at, `[SCORM 2004] imsmanifest.xml ${element}`, found, limit);
	});

	it('fails for a manifest that is not XML', () => {
		const broken = input(miniCourse, { packages: [{ version: 'scorm12', manifest: 'not xml', entries: [] }] });
		expectFailure(manifestIds, broken, '[SCORM 1.2] imsmanifest.xml (whole file)', 'does not parse', 'well-formed XML');
	});
});

describe('package-files', () => {
	it('fails for a file in the zip but not in the manifest, and one listed but missing, naming each file', () => {
		const manifest = buildManifest('scorm12', { ...miniCourse.settings, lessons: [], files: ['index.html', 'gone.js'] });
		const at = input(miniCourse, { packages: [{ version: 'scorm12', manifest, entries: ['imsmanifest.xml', 'index.html', 'extra.css'] }] });
		expectFailure(packageFiles, at, '[SCORM 1.2] file extra.css', 'in the zip but not listed in imsmanifest.xml', 'every file of the package listed');
		expectFailure(packageFiles, at, '[SCORM 1.2] file gone.js', 'listed in imsmanifest.xml but not in the zip');
	});

	it('reads written zips back (check:scorm --dist): a file slipped into a zip is named', async () => {
		const dist = mkdtempSync(join(tmpdir(), 'conformance-zips-'));
		onTestFinished(() => rmSync(dist, { recursive: true, force: true }));
		const settings = { ...miniCourse.settings, lessons: miniCourse.lessons.map(({ slug, title }) => ({ slug, title })) };
		const written = [];
		for (const version of ['scorm12', 'scorm2004'] as const) written.push(await writePackage(version, { buildDir: BUILD, outDir: dist, course: settings }));
		expect(lines(packageFiles.check(input(miniCourse, { packages: packagesFromZips(dist) })))).toEqual([]);

		const file = written[0]!.file;
		writeFileSync(file, zipSync({ ...unzipSync(readFileSync(file)), 'notes.txt': strToU8('left behind') }));
		expectFailure(packageFiles, input(miniCourse, { packages: packagesFromZips(dist) }), '[SCORM 1.2] file notes.txt', 'in the zip but not listed in imsmanifest.xml');
	});

	it('fails for a zip without imsmanifest.xml at its root', () => {
		const manifest = buildManifest('scorm2004', { ...miniCourse.settings, lessons: [], files: ['index.html'] });
		const at = input(miniCourse, { packages: [{ version: 'scorm2004', manifest, entries: ['course/imsmanifest.xml', 'index.html'] }] });
		expectFailure(packageFiles, at, '[SCORM 2004] imsmanifest.xml', 'is not at the zip root');
	});
});

describe('record-counts', () => {
	it('fails when unlimited tries could write unbounded interaction records', () => {
		expectFailure(recordCounts, input(course((c) => (c.settings.quiz.attempts.lms = null))), '[SCORM 2004] cmi.interactions', 'unlimited tries', '≤ 250 interaction records');
	});

	it('fails when questions × tries exceed 250 records', () => {
		const many = course((c) => (c.settings.quiz.attempts.lms = 40));
		expectFailure(recordCounts, input(many), '[SCORM 2004] cmi.interactions', '7 questions × 40 tries = 280 records', '≤ 250 interaction records');
	});

	it('fails for more than 100 objectives', () => {
		const at = input();
		for (let i = 0; i < 100; i++) at.objectives.push({ id: `extra_${i}` });
		expectFailure(recordCounts, at, '[SCORM 2004] cmi.objectives', 'objectives (manifest and run time)', '≤ 100 objective records');
	});
});

describe('input and report', () => {
	it('reads the route patterns from src/routes', () => {
		expect(routePatterns()).toEqual(expect.arrayContaining(['/', '/lesson/[slug]', '/lesson/[slug]/quiz/[n]', '/lesson/[slug]/score', '/results']));
	});

	it('expands parameters from the course', () => {
		const { routes, unresolved } = expandRoutes(['/lesson/[slug]/quiz/[n]', '/final/[n]', '/x/[id]'], miniCourse as Course);
		expect(routes).toEqual(['/lesson/first-lesson/quiz/1', '/lesson/first-lesson/quiz/2', '/lesson/first-lesson/quiz/3', '/lesson/second-lesson/quiz/1', '/lesson/second-lesson/quiz/2', '/final/1', '/final/2']);
		expect(unresolved).toEqual(['/x/[id]']);
	});

	it('reports each rule as OK or FAIL with its failures, and a rule that crashes as a failure', () => {
		const crashing: Rule = { id: 'crashes', description: 'Throws', check: () => { throw new Error('boom'); } };
		const results = runRules(input(), [responseTokens, crashing]);
		const report = formatReport(results, 'Title');
		expect(report).toMatch(/^Title\n\n {2}OK {4}response-tokens/);
		expect(report).toContain('FAIL  crashes');
		expect(report).toContain('- rule crashes: crashed: boom — limit: the rule runs to completion');
		expect(report).toMatch(/2 rules: 1 OK, 1 failed \(1 failure\)\.$/);
	});
});

describe('lms-payload', () => {
	// 120 more single-choice questions (127 with the fixture's own and the final check's): one record each, far past
	// what one closing beacon can carry.
	const big = course((c) => {
		for (let n = 0; n < 120; n++) lesson(c, 0).quiz.push({ ...miniItems.single!, id: `mini_payload_question_${String(n).padStart(3, '0')}` } as QuizItem);
	});

	it('fails when the data model of a finished attempt passes 48 KB, naming the biggest fields and the limit', () => {
		expectFailure(lmsPayload, input(big), '[SCORM 2004] data model', "as Moodle's closing beacon", 'biggest: cmi.interactions', '(127 records)', '≤ 49152 B');
	});

	it('measures the real adapter: one record per question whatever the tries, written out field by field', () => {
		const model = largestDataModel(input(), 'scorm2004');
		const ids = [...model].filter(([element]) => /^cmi\.interactions\.\d+\.id$/.test(element)).map(([, id]) => id);
		// Two lesson questions per lesson plus one final-check copy each: 6 + 2 … every question once.
		expect(new Set(ids).size).toBe(ids.length);
		expect(model.get('cmi.interactions.0.id')).toBe('mini_single');
		expect(model.get('cmi.score.raw')).toBe('100');
		expect(model.get('cmi.completion_status')).toBe('completed');
		// Moodle's form-data name and Chromium's multipart framing for one field, counted by hand.
		expect(moodleName('cmi.interactions.0.id')).toBe('cmi__interactions__0__id');
		expect(multipartFieldBytes('a', 'b')).toBe(2 + 38 + 2 + 38 + 1 + 5 + 1 + 2);
	});
});
