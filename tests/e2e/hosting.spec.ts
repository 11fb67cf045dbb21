import { expect, test } from '@playwright/test';
import { answer, COURSE_URL, course, itemOnScreen, watchRequests } from './course.ts';

const FOLDER = COURSE_URL.replace(/index\.html$/, '');

test('the course makes no request outside its own folder', async ({ page }) => {
	const outside = watchRequests(page, FOLDER);
	await page.goto(COURSE_URL);
	for (const lesson of course.lessons) {
		await page.getByRole('link', { name: new RegExp(lesson.title) }).first().click();
		await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
		await page.getByRole('link', { name: 'All lessons' }).click();
	}
	await page.goto(`${COURSE_URL}#/results`);
	await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
	expect(outside).toEqual([]);
});

test('the course works inside an LMS iframe, including reload inside the frame', async ({ page }) => {
	await page.route('**/lms-host.html', (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><title>LMS</title><h1>My LMS</h1><iframe title="Course" src="${COURSE_URL}" style="width:100%;height:90vh"></iframe>`
		})
	);
	await page.goto('/mod/scorm/player/lms-host.html');
	const frame = page.frameLocator('iframe[title="Course"]');
	await frame.getByRole('link', { name: 'Start the course' }).click();
	const lesson = course.lessons[0]!;
	await expect(frame.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
	await frame.getByRole('link', { name: 'Start the questions' }).click();
	const first = await itemOnScreen(frame, lesson.quiz);
	await answer(frame, first, true);
	const inner = page.frames().find((f) => f.url().includes(FOLDER))!;
	await inner.evaluate(() => location.reload());
	await expect(frame.getByRole('heading', { level: 1, name: first.prompt })).toBeVisible();
	await expect(frame.getByText('Your answer').first()).toBeVisible();
});
