import { expect, type FrameLocator, type Page } from '@playwright/test';
import { loadCourse } from '../../src/lib/content/build-course.ts';
import type { QuizItem } from '../../src/lib/content/types.ts';
import { correctIds, optionsOf } from '../../src/lib/quiz/options.ts';

/** Shared helpers for walking the built course as a learner would. */

export const COURSE_URL = '/pluginfile.php/42/mod_scorm/content/1/index.html';
export const { course } = await loadCourse('content');

/** The option texts a learner clicks to answer an item right, or plausibly wrong. */
export function answerTexts(item: QuizItem, right: boolean): string[] {
	const correct = correctIds(item);
	const options = optionsOf(item);
	let ids: string[];
	if (right) ids = correct;
	else if (correct.length > 1) ids = correct.slice(0, 1);
	else ids = [options.find((o) => !correct.includes(o.id))!.id];
	return options.filter((o) => ids.includes(o.id)).map((o) => o.text);
}

/** Answers the question on screen (in the page or inside an LMS frame) and waits for the feedback. */
export async function answer(page: Page | FrameLocator, item: QuizItem, right: boolean) {
	await expect(page.getByRole('heading', { level: 1, name: item.prompt })).toBeVisible();
	for (const text of answerTexts(item, right)) await page.getByLabel(text, { exact: true }).check();
	await page.getByRole('button', { name: 'Check my answer' }).click();
	await expect(page.getByRole('heading', { name: right ? 'Correct, well done.' : 'Not quite.' })).toBeVisible();
}

/** Collects failed or outside-the-folder requests so a test can assert there were none. */
export function watchRequests(page: Page, folder: string) {
	const outside: string[] = [];
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (!url.pathname.startsWith(folder)) outside.push(req.url());
	});
	return outside;
}
