import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import type { PreviewStoredAttempt } from '../preview/preview-lms.ts';
import { answer, course, itemOnScreen } from './course.ts';
import { seconds } from './scorm-time.ts';

/**
 * The packaged course in an LMS that finishes the session itself when its page unloads (the preview's
 * finishes-on-unload profile, as Forma LMS does: its own Finish on `beforeunload`, with the data model as it stands,
 * then the course's calls refused). The learner leaves mid-course by navigating the LMS page away: what the LMS
 * stores must already hold the session time, exit suspend and the bookmark, and the next launch must resume.
 */
const PREVIEW = process.env.PREVIEW_URL!;
const lms = (page: Page) => page.evaluate(() => ({ launch: window.previewLms.launch, previous: window.previewLms.previous() }));

async function open(page: Page, version: 'scorm12' | 'scorm2004'): Promise<FrameLocator> {
	await page.goto(`${PREVIEW}?v=${version}&lms=finishes-on-unload`);
	await page.evaluate(() => window.previewLms.ready);
	return page.frameLocator('iframe');
}

for (const version of ['scorm12', 'scorm2004'] as const) {
	const is12 = version === 'scorm12';

	test(`SCORM ${is12 ? '1.2' : '2004'}: leaving mid-course when the LMS finishes the session itself stores session time, exit suspend and the bookmark; resume works`, async ({ page }) => {
		const opened = Date.now();
		const frame = await open(page, version);
		await page.evaluate(() => window.previewLms.whenInitialized());
		const initialized = Date.now();

		const lesson = course.lessons[2]!;
		await frame.getByRole('link', { name: new RegExp(lesson.title) }).click();
		await frame.getByRole('link', { name: 'Start the questions' }).click();
		const first = await itemOnScreen(frame, lesson.quiz);
		await answer(frame, first, true);
		// Reading the feedback for a while: the session time must count it once the learner moves on.
		await page.waitForTimeout(2000);
		const beforeCheckpoint = Date.now();
		await frame.getByRole('link', { name: 'Next question' }).click();
		const second = await itemOnScreen(frame, lesson.quiz, first);
		const afterCheckpoint = Date.now();
		await page.waitForTimeout(1000);

		// The learner leaves by navigating the LMS page away: the LMS sends its own Finish first.
		const left = Date.now();
		await page.goto('about:blank');
		const resumed = await open(page, version);
		const { launch, previous } = await lms(page);
		const stored = previous as PreviewStoredAttempt;
		expect(stored).toMatchObject({ terminated: true, finishedBy: 'lms', exit: 'suspend' });
		expect(is12 ? stored.cmi.core.lesson_location : stored.cmi.location).toBe(`/lesson/${lesson.slug}/quiz/2`);

		// The session time is the time spent up to the last checkpoint (moving to the second question), counted from
		// Initialize; the LMS added it to the total time it held (none before this session).
		const session = seconds(is12 ? stored.cmi.core.session_time : stored.cmi.session_time);
		expect(session).toBeGreaterThanOrEqual((beforeCheckpoint - initialized) / 1000 - 0.05);
		expect(session).toBeLessThanOrEqual((afterCheckpoint - opened) / 1000 + 0.05);
		expect(session).toBeGreaterThan(2);
		expect((left - initialized) / 1000 - session).toBeLessThan((left - beforeCheckpoint) / 1000 + 0.05);
		expect(seconds(stored.totalTime)).toBeCloseTo(session, 2);

		// The next launch resumes at the same screen.
		expect(launch).toMatchObject({ entry: 'resume', session: 2 });
		await resumed.getByRole('link', { name: 'Continue where you left off' }).click();
		await expect(resumed.getByRole('heading', { level: 1, name: second.prompt })).toBeVisible();
		const data = await page.evaluate(() => window.previewLms.getData()!.cmi);
		expect(seconds(is12 ? data.core.total_time : data.total_time)).toBeCloseTo(session, 2);
	});
}
