import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startPreview } from '../../scripts/preview/start-preview.ts';
import type { ScormVersion } from './preview-lms.ts';
import { writeProbePackages } from './probe-packages.ts';
import { probeFrame, sessionReady } from './probe-page.ts';

/**
 * The LMS preview, driven by the SCO probe (tests/fixtures/sco-probe) as both packages: what the SCO sends must
 * reach the data model, the inspector and previewLms; a relaunch must resume; and the page must stay usable.
 */

interface Probe {
	is12: boolean;
	noTerminate: boolean;
	set(element: string, value: string): string;
	call(method: string, ...args: string[]): string;
}
declare global {
	interface Window {
		probe: Probe;
	}
}

const VERSIONS: ScormVersion[] = ['scorm12', 'scorm2004'];
const LIMIT = { scorm12: '4,096', scorm2004: '64,000' };

const probe = (page: Page) => page.frameLocator('#course');

async function open(page: Page, version: ScormVersion) {
	await page.goto(`/?v=${version}`);
	await sessionReady(page, 1);
}

for (const version of VERSIONS) {
	const is12 = version === 'scorm12';

	test.describe(version, () => {
		test('the SCO finds the API and everything it sends reaches the data model and the inspector', async ({ page }) => {
			await open(page, version);
			await expect(probe(page).locator('#api')).toHaveText(is12 ? 'SCORM 1.2 (window.API)' : 'SCORM 2004 (window.API_1484_11)');
			await expect(probe(page).locator('#entry')).toHaveText('ab-initio');
			// Pass mark read from the package's imsmanifest.xml (75), not the fallback (80).
			await expect(probe(page).locator('#mastery')).toHaveText(is12 ? '75' : '0.75');

			const { data, launch, errors, log, version: v } = await page.evaluate(() => ({
				data: window.previewLms.getData()!.cmi,
				launch: window.previewLms.launch,
				errors: window.previewLms.errors(),
				log: window.previewLms.log,
				version: window.previewLms.version
			}));
			expect(v).toBe(version);
			expect(errors).toEqual([]);
			expect(launch).toMatchObject({ number: 1, entry: 'ab-initio', attempt: 1, session: 1, state: 'initialized' });
			const suspend = JSON.stringify({ probe: 1, visits: 1, note: 'séance' });
			if (is12) {
				expect(data.core).toMatchObject({
					lesson_location: 'page_3',
					lesson_status: 'incomplete',
					entry: 'ab-initio',
					exit: 'suspend',
					student_name: 'Doe, Jane',
					score: { raw: '80', min: '0', max: '100' }
				});
				expect(data.student_data.mastery_score).toBe('75');
				expect(data.interactions['0']).toMatchObject({
					id: 'q1_probe',
					type: 'choice',
					student_response: 'b',
					result: 'correct',
					correct_responses: { '0': { pattern: 'b' } }
				});
				expect(data.objectives['0']).toMatchObject({ id: 'obj_probe', status: 'passed', score: { raw: '80' } });
			} else {
				expect(data).toMatchObject({
					location: 'page_3',
					completion_status: 'incomplete',
					success_status: 'passed',
					entry: 'ab-initio',
					exit: 'suspend',
					learner_name: 'Jane Doe',
					scaled_passing_score: '0.75',
					score: { raw: '80', min: '0', max: '100', scaled: '0.8' }
				});
				expect(data.interactions['0']).toMatchObject({
					id: 'q1_probe',
					type: 'choice',
					learner_response: 'b',
					result: 'correct',
					latency: 'PT4.5S',
					correct_responses: { '0': { pattern: 'b' } }
				});
				// The LMS seeds the manifest's objectives; the probe adds its own after them.
				expect(Object.values(data.objectives).map((o) => (o as { id: string }).id)).toEqual(['primary', 'lesson_one', 'obj_probe']);
				expect(data.objectives['2']).toMatchObject({ success_status: 'passed', score: { scaled: '0.8' } });
			}
			expect(data.suspend_data).toBe(suspend);

			// Every call is logged with its return value and error code.
			const init = is12 ? 'LMSInitialize' : 'Initialize';
			const commit = is12 ? 'LMSCommit' : 'Commit';
			expect(log[0]).toMatchObject({ method: init, args: [''], result: 'true', errorCode: '0', launch: 1, attempt: 1, session: 1 });
			expect(log.find((e) => e.method === commit)).toMatchObject({ result: 'true', errorCode: '0' });
			const setLocation = log.find((e) => /SetValue$/.test(e.method) && e.args[0] === (is12 ? 'cmi.core.lesson_location' : 'cmi.location'));
			expect(setLocation).toMatchObject({ args: [expect.any(String), 'page_3'], result: 'true', errorCode: '0' });

			// The inspector shows the same.
			const inspector = page.getByRole('complementary', { name: 'LMS data inspector' });
			await expect(inspector.locator('#state-facts')).toContainText('page_3');
			await expect(page.locator('#suspend-length')).toHaveText(`${suspend.length} / ${LIMIT[version]} characters (${suspend.length + 1} bytes UTF-8)`);
			await expect(inspector.locator('#status-facts')).toContainText(is12 ? 'incomplete' : 'passed');
			await expect(inspector.locator('#status-facts')).toContainText('raw 80');
			if (!is12) await expect(inspector.locator('#status-facts')).toContainText('scaled 0.8');
			const interactions = inspector.getByRole('region', { name: 'Interactions table' });
			await expect(interactions.getByRole('row')).toHaveCount(2);
			await expect(interactions.getByRole('row').nth(1)).toContainText('q1_probe');
			await expect(interactions.getByRole('row').nth(1)).toContainText('correct');
			await expect(inspector.getByRole('region', { name: 'Objectives table' })).toContainText('obj_probe');
			await expect(inspector.locator('#session-facts')).toContainText(is12 ? 'Doe, Jane' : 'Jane Doe');
			const logRows = inspector.getByRole('region', { name: 'API call log' }).locator('tr.call');
			await expect(logRows).toHaveCount(log.length);
			await expect(logRows.filter({ hasText: commit })).toContainText('true');
			await expect(page.locator('#log-count')).toHaveText(`${log.length} calls`);
		});

		test('Exit and relaunch terminates the session and resumes it with entry = resume', async ({ page }) => {
			await open(page, version);
			const first = await page.evaluate(() => window.previewLms.getData()!.cmi.suspend_data as string);

			await page.getByRole('button', { name: 'Exit and relaunch' }).click();
			await sessionReady(page, 2);

			const finish = is12 ? 'LMSFinish' : 'Terminate';
			const { launch, log, errors, events, data } = await page.evaluate(() => ({
				launch: window.previewLms.launch,
				log: window.previewLms.log,
				errors: window.previewLms.errors(),
				events: window.previewLms.events,
				data: window.previewLms.getData()!.cmi
			}));
			// The course's pagehide handler ended session 1 properly.
			expect(log.filter((e) => e.launch === 1).at(-1)).toMatchObject({ method: finish, result: 'true', errorCode: '0' });
			expect(events.filter((e) => e.level === 'warning')).toEqual([]);
			expect(errors).toEqual([]);
			expect(launch).toMatchObject({ entry: 'resume', attempt: 1, session: 2 });
			expect(is12 ? data.core.entry : data.entry).toBe('resume');
			// The LMS added session 1's session_time to total_time.
			expect(is12 ? data.core.total_time : data.total_time).not.toMatch(/^(0+:00:00(\.0+)?|PT0S|PT0H0M0S)$/);

			// What the SCO sees after the relaunch.
			await expect(probe(page).locator('#entry')).toHaveText('resume');
			await expect(probe(page).locator('#resumed')).toHaveText(first);
			await expect(probe(page).locator('#launch-location')).toHaveText('page_3');
			await expect(probe(page).locator('#visits')).toHaveText('2');
			await expect(page.locator('#session-facts')).toContainText('resume');

			// The attempt survives a reload of the preview page too (the course terminates as the page unloads).
			await page.reload();
			await sessionReady(page, 1);
			await expect(probe(page).locator('#entry')).toHaveText('resume');
			await expect(probe(page).locator('#visits')).toHaveText('3');
			expect(await page.evaluate(() => window.previewLms.launch)).toMatchObject({ entry: 'resume', attempt: 1, session: 3 });

			// New attempt forgets it.
			await page.getByRole('button', { name: 'New attempt' }).click();
			await page.waitForURL(`**/?v=${version}`);
			await sessionReady(page, 1);
			await expect(probe(page).locator('#entry')).toHaveText('ab-initio');
			await expect(probe(page).locator('#visits')).toHaveText('1');
			expect(await page.evaluate(() => window.previewLms.launch)).toMatchObject({ entry: 'ab-initio', attempt: 1, session: 1 });
		});

		test('a session that ends without suspend is not resumed', async ({ page }) => {
			await open(page, version);
			await probeFrame(page).evaluate((is12) => window.probe.set(is12 ? 'cmi.core.exit' : 'cmi.exit', is12 ? '' : 'normal'), is12);
			await page.evaluate(() => window.previewLms.relaunch());
			await sessionReady(page, 2);
			const { launch, data, errors } = await page.evaluate(() => ({
				launch: window.previewLms.launch,
				data: window.previewLms.getData()!.cmi,
				errors: window.previewLms.errors()
			}));
			expect(errors).toEqual([]);
			if (is12) {
				// SCORM 1.2: same attempt, data kept, entry "".
				expect(launch).toMatchObject({ entry: '', attempt: 1, session: 2 });
				await expect(probe(page).locator('#entry')).toHaveText('(empty)');
				await expect(probe(page).locator('#launch-location')).toHaveText('page_3');
			} else {
				// SCORM 2004: exit "normal" ended the attempt; a new one starts from scratch.
				expect(launch).toMatchObject({ entry: 'ab-initio', attempt: 2, session: 1 });
				// What the ended attempt sent is still available.
				const previous = await page.evaluate(() => window.previewLms.previous());
				expect(previous).toMatchObject({ attempt: 1, session: 1, exit: 'normal', terminated: true, cmi: { location: 'page_3' } });
				await expect(probe(page).locator('#entry')).toHaveText('ab-initio');
				expect(data.total_time).toBe('PT0S');
				expect(Object.keys(data.interactions)).toEqual(['0']);
			}
		});

		test('a course that unloads without terminating is reported, and only committed data is kept', async ({ page }) => {
			await open(page, version);
			await probeFrame(page).evaluate(() => {
				// Something set after the last commit, and no Terminate when the page goes.
				window.probe.set(window.probe.is12 ? 'cmi.core.lesson_location' : 'cmi.location', 'page_9');
				window.probe.noTerminate = true;
			});
			await page.evaluate(() => window.previewLms.relaunch());
			await sessionReady(page, 2);
			const events = await page.evaluate(() => window.previewLms.events);
			expect(events.find((e) => e.level === 'warning')?.message).toMatch(/without calling (LMSFinish|Terminate)\. 1 value set after the last (LMSCommit|Commit) never reached the LMS/);
			await expect(probe(page).locator('#launch-location')).toHaveText('page_3');
		});
	});
}

test('the switch moves between the two packages', async ({ page }) => {
	await open(page, 'scorm2004');
	await expect(page.locator('#version-label')).toHaveText('SCORM 2004 4th edition');
	await page.getByRole('link', { name: 'Switch to SCORM 1.2' }).click();
	await page.waitForURL('**/?v=scorm12');
	await sessionReady(page, 1);
	await expect(page.locator('#version-label')).toHaveText('SCORM 1.2');
	await expect(probe(page).locator('#api')).toHaveText('SCORM 1.2 (window.API)');
	await expect(page.getByRole('link', { name: 'Switch to SCORM 2004' })).toBeVisible();
	// The course frame is titled and the launch path is the deep LMS-like one.
	await expect(page.locator('iframe#course')).toHaveAttribute('title', 'Course: SCO probe (SCORM 1.2)');
	await expect(page.locator('#launch-url')).toHaveText('/lms/scorm12/pluginfile.php/42/mod_scorm/content/1/index.html');
});

test('the page makes no outside requests and logs no errors', async ({ page, baseURL }) => {
	const outside: string[] = [];
	const problems: string[] = [];
	page.on('request', (r) => {
		const url = r.url();
		if (!url.startsWith(`${baseURL}/`) && !url.startsWith('data:') && url !== 'about:blank') outside.push(url);
	});
	page.on('console', (m) => {
		if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
	});
	page.on('pageerror', (e) => problems.push(e.message));
	await open(page, 'scorm2004');
	await page.evaluate(() => window.previewLms.relaunch());
	await sessionReady(page, 2);
	expect(outside).toEqual([]);
	expect(problems).toEqual([]);
});

test('keyboard: the skip link and the buttons work without a mouse', async ({ page }) => {
	await open(page, 'scorm12');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to the LMS data' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Exit and relaunch' })).toBeFocused();
	await page.keyboard.press('Enter');
	await sessionReady(page, 2);
	await expect(probe(page).locator('#entry')).toHaveText('resume');
});

test('no accessibility violations (axe)', async ({ page }) => {
	await open(page, 'scorm2004');
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

for (const [name, viewport, stacked] of [
	['phone', { width: 390, height: 844 }, true],
	['desktop', { width: 1280, height: 800 }, false]
] as const) {
	test(`layout (${name}): inspector ${stacked ? 'below' : 'beside'} the course, nothing wider than the screen`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await open(page, 'scorm2004');
		const course = (await page.locator('iframe#course').boundingBox())!;
		const inspector = (await page.locator('#inspector').boundingBox())!;
		if (stacked) expect(inspector.y).toBeGreaterThanOrEqual(course.y + course.height);
		else expect(inspector.x).toBeGreaterThanOrEqual(course.x + course.width);
		expect(course.height).toBeGreaterThan(400);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
	});
}

test.describe('startPreview', () => {
	test('explains what to run when the zips are missing', async () => {
		const empty = mkdtempSync(join(tmpdir(), 'lms-preview-empty-'));
		try {
			await expect(startPreview(0, { distDir: empty })).rejects.toThrow(/run npm run build && npm run package/);
		} finally {
			rmSync(empty, { recursive: true, force: true });
		}
	});

	test('unpacks the zips fresh and serves them from the deep paths', async () => {
		const work = mkdtempSync(join(tmpdir(), 'lms-preview-unpack-'));
		try {
			writeProbePackages(work);
			const preview = await startPreview(0, { distDir: work, outDir: join(work, 'out') });
			try {
				const get = (path: string) => fetch(new URL(path, preview.url));
				expect((await get('/lms/scorm12/pluginfile.php/42/mod_scorm/content/1/imsmanifest.xml')).status).toBe(200);
				expect(await (await get('/lms/scorm2004/pluginfile.php/43/mod_scorm/content/1/imsmanifest.xml')).text()).toContain('2004 4th Edition');
				expect((await get('/vendor/scorm-again/scorm12.js')).status).toBe(200);
				expect(await (await get('/')).text()).toContain('LMS preview');
				expect((await get('/package.json')).status).toBe(404);
				// The page's TypeScript modules and the two shared SCORM modules, served as JavaScript; nothing else of src/.
				const main = await get('/main.ts');
				expect(main.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
				expect(await main.text()).toContain("import { setupChrome, showProblem } from './chrome.ts';");
				const model = await (await get('/src/lib/tracking/scorm/data-model.ts')).text();
				expect(model).toMatch(/^export const SCORM_VERSIONS += \['scorm12', 'scorm2004'\];$/m);
				expect(model).not.toContain('readonly ScormVersion[]');
				expect((await get('/src/lib/tracking/scorm/value-formats.ts')).status).toBe(200);
				expect((await get('/src/lib/tracking/scorm/responses.ts')).status).toBe(404);
				expect((await get('/src/lib/tracking/tracker.ts')).status).toBe(404);
				expect((await get('/src/lib/tracking/scorm/../tracker.ts')).status).toBe(404);
			} finally {
				await preview.close();
			}
		} finally {
			rmSync(work, { recursive: true, force: true });
		}
	});
});
