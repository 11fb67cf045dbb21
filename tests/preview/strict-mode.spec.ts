import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { findPackageZip, startPreview, type Preview } from '../../scripts/preview/start-preview.ts';
import type { QuizItem } from '../../src/lib/content/types.ts';
import { interactionType, type ReportableItem } from '../../src/lib/tracking/scorm/responses.ts';
import { answer, course, itemOnScreen } from '../e2e/course.ts';
import type { PreviewLms, PreviewLogEntry, ScormVersion } from './preview-lms.ts';

/**
 * Strict mode of the LMS preview: every SetValue is checked against the limits a strict LMS enforces before scorm-again
 * (which is lenient) sees it. The SCO probe sends bad values and must get "false" with the spec's error code and a
 * diagnostic naming the limit; the real packaged course must run in strict mode without a single refusal.
 */

/** The strict-mode parts of window.previewLms (preview/hook.ts). */
interface StrictPreview extends PreviewLms {
	readonly strict: boolean;
	setStrict(on: boolean): void;
	refusals(): (PreviewLogEntry & { strict: true })[];
}
/** The SCO probe's test hook (tests/fixtures/sco-probe/index.html), the parts used here. */
interface Probe {
	api: Record<string, (...args: string[]) => string>;
	set(element: string, value: string): string;
}
const strictOn = (page: Page) => page.evaluate(() => (window.previewLms as StrictPreview).strict);

function probeFrame(page: Page): Frame {
	const frame = page.frames().find((f) => f.url().includes('/mod_scorm/content/'));
	if (!frame) throw new Error('course frame not found');
	return frame;
}

async function openProbe(page: Page, query: string) {
	await page.goto(`/?${query}`);
	await page.waitForFunction(() => window.previewLms?.launch?.state === 'initialized');
	await expect(page.frameLocator('#course').locator('#state')).toHaveText('committed');
}

/** Sets a value from inside the SCO and reads the API's verdict the way a SCO does. */
async function setFromSco(page: Page, element: string, value: string) {
	return probeFrame(page).evaluate(
		([element, value]) => {
			const p = (window as unknown as { probe: Probe }).probe;
			const is12 = typeof p.api.LMSSetValue === 'function';
			const [getLastError, getErrorString, getDiagnostic] = is12
				? ['LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic']
				: ['GetLastError', 'GetErrorString', 'GetDiagnostic'];
			const result = p.set(element!, value!);
			const code = String(p.api[getLastError!]!.call(p.api));
			return { result, code, text: String(p.api[getErrorString!]!.call(p.api, code)), diagnostic: String(p.api[getDiagnostic!]!.call(p.api, '')) };
		},
		[element, value]
	);
}

type Case = [element: string, value: string, code: string, diagnostic: RegExp];

const CASES: Record<ScormVersion, Case[]> = {
	scorm12: [
		['cmi.suspend_data', 'x'.repeat(4097), '405', /cmi\.suspend_data is 4097 characters\. Limit: at most 4096 characters/],
		['cmi.core.lesson_location', 'x'.repeat(256), '405', /at most 255 characters \(CMIString255\)/],
		['cmi.interactions.1.id', 'question one', '405', /"question one" has a space or a character outside printable ASCII\. Limit: CMIIdentifier: printable ASCII without spaces/],
		// The probe's interaction 0 is a choice: tokens are single characters 0-9 / a-z.
		['cmi.interactions.0.student_response', 'a-b', '405', /token "a-b" is not one character 0-9 or a-z \(choice\)/],
		['cmi.interactions.0.latency', '0:00:04', '405', /is not a CMITimespan\. Limit: HHHH:MM:SS\.SS/],
		['cmi.interactions.0.time', '10:05:09.999', '405', /is not a CMITime/],
		['cmi.core.score.raw', '120', '405', /120 is out of range\. Limit: 0 to 100/]
	],
	scorm2004: [
		['cmi.interactions.0.learner_response', 'a-b', '406', /token "a-b" has characters outside \[A-Za-z0-9_\.\] \(choice\)\. Limit: tokens of \[A-Za-z0-9_\.\] \(Moodle rejects hyphens\)/],
		['cmi.interactions.0.correct_responses.0.pattern', 'b[,]c d', '406', /token "c d" has characters outside/],
		['cmi.interactions.0.timestamp', '2026-11-24T10:05:09.999Z', '406', /has 3 fractional digits\. Limit: .*at most 2 fractional digits/],
		['cmi.interactions.0.description', 'x'.repeat(251), '406', /is 251 characters\. Limit: at most 250 characters/],
		['cmi.interactions.1.id', 'question one', '406', /contains whitespace/],
		['cmi.location', 'x'.repeat(1001), '406', /at most 1000 characters/],
		['cmi.session_time', 'PT1.234S', '406', /is not a timeinterval\. Limit: .*at most 2 fractional digits/],
		['cmi.score.scaled', '1.5', '407', /1\.5 is out of range\. Limit: -1 to 1/],
		['cmi.progress_measure', '-0.1', '407', /out of range\. Limit: 0 to 1/]
	]
};

const ERROR_TEXT: Record<string, RegExp> = { '405': /incorrect data type/i, '406': /type mismatch/i, '407': /out of range/i };

for (const version of ['scorm12', 'scorm2004'] as const) {
	test.describe(`strict mode, ${version}`, () => {
		test('refuses what a strict LMS refuses, with the spec error code and a diagnostic naming the limit', async ({ page }) => {
			await openProbe(page, `v=${version}&strict=1`);
			expect(await strictOn(page)).toBe(true);
			const before = await page.evaluate(() => window.previewLms.getData()!.cmi);

			for (const [element, value, code, diagnostic] of CASES[version]) {
				const verdict = await setFromSco(page, element, value);
				expect(verdict, element).toMatchObject({ result: 'false', code });
				expect(verdict.text, element).toMatch(ERROR_TEXT[code]!);
				expect(verdict.diagnostic, element).toMatch(diagnostic);
			}
			if (version === 'scorm2004') {
				// Matching: hyphens in either token of a pair.
				expect(await setFromSco(page, 'cmi.interactions.1.id', 'match_1')).toMatchObject({ result: 'true', code: '0' });
				expect(await setFromSco(page, 'cmi.interactions.1.type', 'matching')).toMatchObject({ result: 'true', code: '0' });
				expect(await setFromSco(page, 'cmi.interactions.1.learner_response', 'a[.]x-1')).toMatchObject({ result: 'false', code: '406' });
				expect(await setFromSco(page, 'cmi.interactions.1.learner_response', 'a[.]x_1[,]b[.]2')).toMatchObject({ result: 'true', code: '0' });
			}

			// A valid value still goes through, and clears the error.
			const location = version === 'scorm12' ? 'cmi.core.lesson_location' : 'cmi.location';
			const valid = await setFromSco(page, location, '/lesson/what-is-baclofen/quiz/2');
			expect(valid).toMatchObject({ result: 'true', code: '0' });
			expect(valid.diagnostic).not.toMatch(/Strict LMS/);

			const { refusals, errors, events, data } = await page.evaluate(() => ({
				refusals: (window.previewLms as StrictPreview).refusals(),
				errors: window.previewLms.errors(),
				events: window.previewLms.events,
				data: window.previewLms.getData()!.cmi
			}));
			const cases = CASES[version].length + (version === 'scorm2004' ? 1 : 0);
			expect(refusals).toHaveLength(cases);
			expect(errors).toEqual(refusals);
			expect(refusals[0]).toMatchObject({ method: version === 'scorm12' ? 'LMSSetValue' : 'SetValue', result: 'false', strict: true, errorCode: CASES[version][0]![2] });
			expect(refusals[0]!.diagnostic).toMatch(CASES[version][0]![3]);
			// Each refusal is logged as an LMS warning naming the element.
			expect(events.filter((e) => e.level === 'warning' && e.message.startsWith('Strict LMS refused'))).toHaveLength(cases);
			// Nothing refused reached the data model.
			expect(data.suspend_data).toBe(before.suspend_data);
			if (version === 'scorm2004') expect(data.score.scaled).toBe(before.score.scaled);

			// The inspector shows them.
			await expect(page.locator('#log-count')).toContainText(`${cases} refused by strict mode`);
			await expect(page.locator('tr.call-strict')).toHaveCount(cases);
			await expect(page.locator('#session-facts')).toContainText('strict');
		});

		test('is off by default: scorm-again alone lets the same values through', async ({ page }) => {
			await openProbe(page, `v=${version}`);
			expect(await strictOn(page)).toBe(false);
			const lenient: [string, string][] =
				version === 'scorm12'
					? [['cmi.suspend_data', 'x'.repeat(4097)], ['cmi.interactions.1.id', 'question one'], ['cmi.interactions.0.student_response', 'a-b']]
					: [['cmi.interactions.0.learner_response', 'a-b'], ['cmi.interactions.0.timestamp', '2026-11-24T10:05:09.999Z'], ['cmi.interactions.0.description', 'x'.repeat(251)]];
			for (const [element, value] of lenient) expect(await setFromSco(page, element, value), element).toMatchObject({ result: 'true', code: '0' });
		});
	});
}

test('the Strict LMS toggle is kept across reloads; ?strict=0 overrides it', async ({ page }) => {
	await openProbe(page, 'v=scorm12');
	const toggle = page.getByRole('checkbox', { name: 'Strict LMS' });
	await expect(toggle).not.toBeChecked();
	await toggle.check();
	expect(await strictOn(page)).toBe(true);
	expect(await setFromSco(page, 'cmi.suspend_data', 'x'.repeat(4097))).toMatchObject({ result: 'false', code: '405' });

	await page.reload();
	await page.waitForFunction(() => window.previewLms?.launch?.state === 'initialized');
	await expect(page.getByRole('checkbox', { name: 'Strict LMS' })).toBeChecked();
	expect(await strictOn(page)).toBe(true);
	// The version switch keeps the mode (stored), and an explicit ?strict=0 wins for that page.
	await page.goto('/?v=scorm2004');
	await page.waitForFunction(() => window.previewLms?.launch?.state === 'initialized');
	expect(await strictOn(page)).toBe(true);
	await page.goto('/?v=scorm2004&strict=0');
	await page.waitForFunction(() => window.previewLms?.launch?.state === 'initialized');
	await expect(page.getByRole('checkbox', { name: 'Strict LMS' })).not.toBeChecked();
	expect(await setFromSco(page, 'cmi.interactions.0.learner_response', 'a-b')).toMatchObject({ result: 'true', code: '0' });
});

/* ------------------------------------------------------------ the real packaged course ------------------------------------------------------------ */

const DIST = resolve(import.meta.dirname, '../../dist');

test.describe('the packaged course in strict mode', () => {
	let preview: Preview;
	let work: string;
	test.beforeAll(async () => {
		const missing = (['scorm12', 'scorm2004'] as const).filter((v) => !findPackageZip(DIST, v));
		if (missing.length) throw new Error(`No dist/*-${missing.join('.zip or *-')}.zip: run npm run build && npm run package first.`);
		work = mkdtempSync(join(tmpdir(), 'lms-preview-strict-'));
		preview = await startPreview(0, { distDir: DIST, outDir: join(work, 'unpacked') });
	});
	test.afterAll(async () => {
		await preview?.close();
		if (work && existsSync(work)) rmSync(work, { recursive: true, force: true });
	});

	for (const version of ['scorm12', 'scorm2004'] as const) {
		test(`${version}: two lessons answered, right and wrong, with no LMS error and nothing refused`, async ({ page }) => {
			test.setTimeout(120_000);
			await page.goto(`${preview.url}?v=${version}&strict=1`);
			await page.evaluate(() => window.previewLms.ready);
			expect(await strictOn(page)).toBe(true);
			const frame = page.frameLocator('#course');

			await frame.getByRole('link', { name: 'Start the course' }).click();
			let answered = 0;
			for (const lesson of course.lessons.slice(0, 2)) {
				await expect(frame.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
				await frame.getByRole('link', { name: 'Start the questions' }).click();
				let previous: QuizItem | undefined;
				for (let i = 0; i < lesson.quiz.length; i++) {
					const item = await itemOnScreen(frame, lesson.quiz, previous);
					previous = item;
					await answer(frame, item, answered % 2 === 0);
					answered++;
					await frame.getByRole('link', { name: i === lesson.quiz.length - 1 ? 'See how you did' : 'Next question' }).click();
				}
				await frame.getByRole('link', { name: /^Next lesson:/ }).click();
			}
			// Leave: the course terminates on pagehide.
			await page.locator('#course').evaluate((frame: HTMLIFrameElement) => (frame.src = 'about:blank'));
			await expect.poll(() => page.evaluate(() => window.previewLms.launch?.state)).toBe('terminated');

			const { refusals, errors, data } = await page.evaluate((is2004) => ({
				refusals: (window.previewLms as StrictPreview).refusals(),
				// 2004's 403 for reading a never-set value (first launch) is the spec's normal answer.
				errors: window.previewLms.errors(is2004 ? ['403'] : []),
				data: window.previewLms.getData()!.cmi
			}), version === 'scorm2004');
			expect(refusals).toEqual([]);
			expect(errors).toEqual([]);
			const interactions = Object.values(data.interactions as Record<string, { id: string; type: string }>);
			expect(interactions).toHaveLength(answered);
			expect(new Set(interactions.map((i) => i.type))).toEqual(new Set(course.lessons.slice(0, 2).flatMap((l) => l.quiz.map((q) => interactionType(q as ReportableItem)))));
			const suspend = data.suspend_data as string;
			expect(suspend.length).toBeGreaterThan(0);
		});
	}
});
