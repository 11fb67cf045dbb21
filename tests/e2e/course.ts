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

/**
 * Takes every lesson and its quiz by clicking through, as a learner does (in the page or inside an LMS frame),
 * answering item n right when `rightAt(n)`; checks each lesson score on the way. Returns the number right.
 */
export async function walkCourse(scope: Page | FrameLocator, rightAt: (n: number) => boolean): Promise<number> {
	await scope.getByRole('link', { name: 'Start the course' }).click();
	let n = 0;
	let totalRight = 0;
	for (const lesson of course.lessons) {
		await expect(scope.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
		await expect(scope.getByText(`Lesson ${lesson.number} of ${course.lessons.length}`, { exact: true })).toBeVisible();
		await scope.getByRole('link', { name: 'Start the questions' }).click();
		let lessonRight = 0;
		for (const [i, item] of lesson.quiz.entries()) {
			const right = rightAt(n++);
			await answer(scope, item, right);
			if (right) lessonRight++;
			await scope.getByRole('link', { name: i === lesson.quiz.length - 1 ? 'See how you did' : 'Next question' }).click();
		}
		totalRight += lessonRight;
		await expect(scope.getByRole('heading', { level: 1 })).toHaveText(`You got ${lessonRight} of ${lesson.quiz.length} right`);
		const isLast = lesson.number === course.lessons.length;
		await scope.getByRole('link', { name: isLast ? 'See your results' : /^Next lesson:/ }).click();
	}
	await expect(scope.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
	return totalRight;
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
