import { expect, test, type Page } from '@playwright/test';
import type { ScormVersion } from './preview-lms.ts';
import { probeFrame, sessionReady } from './probe-page.ts';

/**
 * The LMS profiles of the preview (preview/profiles.ts), driven by the SCO probe (tests/fixtures/sco-probe): the
 * designer picks an LMS and sees what it would store. Moodle: mastery score overrides status at finish, the passing
 * score of the last manifest objective, a closing beacon past 64 KiB refused. Finishes on unload: the LMS page sends
 * its own Finish with the data model as it stands and refuses the course's calls after.
 */

/** The SCO probe's test hook (window.probe in its page), the part used here. */
interface Probe {
	set(element: string, value: string): string;
}

const VERSIONS: ScormVersion[] = ['scorm12', 'scorm2004'];

/** `HH:MM:SS(.SS)` in seconds. */
const durationS = (hms: string) => hms.split(':').reduce((total, part) => total * 60 + Number(part), 0);

async function open(page: Page, query: string) {
	await page.goto(`/?${query}`);
	await sessionReady(page, 1);
}

test('the LMS is picked in the top bar, shown in the inspector, and remembered', async ({ page }) => {
	await open(page, 'v=scorm2004');
	const pick = page.getByRole('combobox', { name: 'LMS' });
	await expect(pick).toHaveValue('scorm-again');
	await expect(pick.locator('option')).toHaveText(['scorm-again (plain)', 'Moodle 5', 'Finishes on unload (Forma)']);
	await pick.selectOption({ label: 'Moodle 5' });
	await page.waitForURL('**/?v=scorm2004&lms=moodle');
	await sessionReady(page, 1);
	expect(await page.evaluate(() => window.previewLms.profile)).toBe('moodle');
	await expect(page.locator('#lms-facts')).toContainText('Moodle 5');
	await expect(page.locator('#lms-facts')).toContainText('passing score from the last manifest objective');
	// Remembered without the address saying it, and carried by the version switch.
	await open(page, 'v=scorm2004');
	await expect(page.getByRole('combobox', { name: 'LMS' })).toHaveValue('moodle');
	await page.getByRole('combobox', { name: 'LMS' }).selectOption('finishes-on-unload');
	await page.waitForURL('**/?v=scorm2004&lms=finishes-on-unload');
	await sessionReady(page, 1);
	await expect(page.locator('#lms-facts')).toContainText('Finishes on unload (Forma)');
});

test.describe('Moodle', () => {
	test('1.2: at LMSFinish the mastery score overrides the status the SCO set; total time adds the last session time', async ({ page }) => {
		// The probe leaves lesson_status "incomplete" with a raw score of 80 against a mastery score of 75: the plain
		// runtime stores what it set...
		await open(page, 'v=scorm12&lms=scorm-again');
		await page.evaluate(() => window.previewLms.relaunch());
		await sessionReady(page, 2);
		expect(await page.evaluate(() => window.previewLms.previous()!.cmi.core.lesson_status)).toBe('incomplete');

		// ...Moodle judges it by the score at LMSFinish.
		await open(page, 'v=scorm12&lms=moodle');
		await page.evaluate(() => window.previewLms.relaunch());
		await sessionReady(page, 2);
		const previous = await page.evaluate(() => window.previewLms.previous()!);
		expect(previous).toMatchObject({ terminated: true, finishedBy: 'sco', cmi: { core: { lesson_status: 'passed', score: { raw: '80' } } } });
		// Total time: what the LMS held at launch (the plain session's) plus the session time the probe set last.
		const held = await page.evaluate(() => window.previewLms.history.at(-2)!.totalTime);
		expect(previous.cmi.core.session_time).toMatch(/^00:00:0[1-9]$/);
		expect(durationS(previous.totalTime)).toBe(durationS(held) + durationS(previous.cmi.core.session_time));
		const events = await page.evaluate(() => window.previewLms.events.map((e) => e.message));
		expect(events).toContain('Moodle at LMSFinish: cmi.core.lesson_status = "passed" (mastery score overrides status).');
	});

	test('2004: the passing score is the last manifest objective’s (1 when it has none), not the primary’s', async ({ page }) => {
		await open(page, 'v=scorm2004&lms=moodle');
		await expect(page.frameLocator('#course').locator('#mastery')).toHaveText('1');
		await open(page, 'v=scorm2004&lms=scorm-again');
		await expect(page.frameLocator('#course').locator('#mastery')).toHaveText('0.75');
	});

	// 2004 posts the whole data model each time (1.2 only what changed since the last post, rarely this big).
	test('2004: a closing Terminate whose beacon would pass 64 KiB is refused; the last commit is what stays', async ({ page }) => {
		await open(page, 'v=scorm2004&lms=moodle&strict=0');
		const big = 'é'.repeat(40000);
		await probeFrame(page).evaluate((big) => (window as unknown as { probe: Probe }).probe.set('cmi.suspend_data', big), big);
		await page.evaluate(() => window.previewLms.relaunch());
		await sessionReady(page, 2);
		const { previous, log, events } = await page.evaluate(() => ({
			previous: window.previewLms.previous()!,
			log: window.previewLms.log.filter((e) => e.launch === 1),
			events: window.previewLms.events.map((e) => e.message)
		}));
		const finish = log.find((e) => e.method === 'Terminate')!;
		expect(finish).toMatchObject({ result: 'false', errorCode: '101' });
		expect(finish.refusedBy).toMatch(/beacon: [\d,]+ bytes, and Chromium refuses beacons past 65,536 bytes/);
		expect(events.some((m) => /The course's (LMSFinish|Terminate) failed, so the LMS did not end the session/.test(m))).toBe(true);
		// What Moodle holds is the probe's last commit: not terminated, no session added to the total.
		expect(previous).toMatchObject({ terminated: false, trigger: 'commit' });
		expect(JSON.stringify(previous.cmi)).not.toContain(big.slice(0, 300));
	});
});

test.describe('finishes on unload', () => {
	for (const version of VERSIONS) {
		const is12 = version === 'scorm12';
		const sessionTime = is12 ? 'cmi.core.session_time' : 'cmi.session_time';

		test(`${version}: a SCO that sets session_time only in its last call stores no time; the LMS refuses that call`, async ({ page }) => {
			await open(page, `v=${version}&lms=finishes-on-unload`);
			await page.getByRole('button', { name: 'Exit and relaunch' }).click();
			await sessionReady(page, 2);
			const { previous, log, events } = await page.evaluate(() => ({
				previous: window.previewLms.previous()!,
				log: window.previewLms.log.filter((e) => e.launch === 1),
				events: window.previewLms.events
			}));
			expect(previous).toMatchObject({ terminated: true, finishedBy: 'lms', exit: 'suspend' });
			expect(previous.totalTime).toBe(is12 ? '00:00:00' : 'PT0S');
			// The probe's pagehide handler came too late: its session_time and Finish were refused.
			const late = log.filter((e) => e.refusedBy);
			expect(late.map((e) => [e.method, e.args[0] ?? '', e.result, e.errorCode])).toEqual([
				[is12 ? 'LMSSetValue' : 'SetValue', sessionTime, 'false', '101'],
				[is12 ? 'LMSFinish' : 'Terminate', '', 'false', '101']
			]);
			const finished = events.find((e) => e.message.startsWith('The LMS finished the session itself'))!;
			expect(finished).toMatchObject({ level: 'warning' });
			await expect(page.frameLocator('#course').locator('#entry')).toHaveText('resume');
		});

		test(`${version}: leaving the LMS page stores the data model as it stands: session time, exit, bookmark, uncommitted values too`, async ({ page }) => {
			await open(page, `v=${version}&lms=finishes-on-unload`);
			// Set and not committed, as a SCO does between checkpoints.
			await probeFrame(page).evaluate(
				([sessionTime, is12]) => {
					(window as unknown as { probe: Probe }).probe.set(sessionTime!, is12 ? '00:01:05.5' : 'PT1M5.5S');
					(window as unknown as { probe: Probe }).probe.set(is12 ? 'cmi.core.lesson_location' : 'cmi.location', 'page_7');
				},
				[sessionTime, is12] as const
			);
			await page.goto('about:blank');
			await open(page, `v=${version}&lms=finishes-on-unload`);
			const record = await page.evaluate(() => window.previewLms.previous()!);
			expect(record).toMatchObject({ terminated: true, finishedBy: 'lms', exit: 'suspend', totalTime: is12 ? '00:01:05.5' : 'PT1M5.5S' });
			expect(is12 ? record.cmi.core.lesson_location : record.cmi.location).toBe('page_7');
			await expect(page.frameLocator('#course').locator('#launch-location')).toHaveText('page_7');
			const data = await page.evaluate(() => window.previewLms.getData()!.cmi);
			expect(is12 ? data.core.total_time : data.total_time).toBe(is12 ? '00:01:05.5' : 'PT1M5.5S');
		});
	}
});
