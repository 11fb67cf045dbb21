import { expect, test, type Page } from '@playwright/test';
import { finalSize } from '../../src/lib/quiz/final.ts';
import { answer, COURSE_URL, course, openQuestion, takeFinal } from './course.ts';

const beforeStopping = (() => {
	const lesson = course.lessons.find((l) => l.quiz.some((q) => q.id === 'before_stopping'))!;
	return { lesson, item: lesson.quiz.find((q) => q.id === 'before_stopping')! };
})();

/** Opens the lesson's questions in turn until the wanted one is on screen; returns its position. */
async function findQuestion(page: Page, slug: string, id: string): Promise<number> {
	const lesson = course.lessons.find((l) => l.slug === slug)!;
	for (let n = 1; n <= lesson.quiz.length; n++) if ((await openQuestion(page, slug, n)).id === id) return n;
	throw new Error(`${id} not found in ${slug}`);
}

test('a wrong answer gets a nudge and another try; the best try counts', async ({ page }) => {
	const { lesson, item } = beforeStopping;
	await page.goto(COURSE_URL);
	await findQuestion(page, lesson.slug, item.id);
	await answer(page, item, false);
	await expect(page.getByRole('heading', { name: "Not quite. Let's look at this again." })).toBeVisible();
	// The answer is not given away while the learner can still try.
	await expect(page.getByText('Correct answer')).toHaveCount(0);
	await expect(page.getByText(item.explanation)).toHaveCount(0);

	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByRole('button', { name: 'Check my answer' })).toBeVisible();
	await answer(page, item, true);
	await expect(page.getByText(item.explanation)).toBeVisible();
	await expect(page.getByRole('button', { name: /Try again/ })).toHaveCount(0);

	await page.getByRole('link', { name: 'All lessons' }).click();
	await expect(page.getByRole('link', { name: new RegExp(lesson.title) })).toContainText('1 of');
});

test('"Read this part again" opens the exact passage, highlighted, with a way back to the question', async ({ page }) => {
	const { lesson, item } = beforeStopping;
	await page.goto(COURSE_URL);
	const n = await findQuestion(page, lesson.slug, item.id);
	await answer(page, item, false);
	await page.getByRole('link', { name: 'Read this part of the lesson again' }).click();
	await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
	const passage = page.locator(`[id="${item.passage}"]`);
	await expect(passage).toContainText(item.source);
	await expect(passage).toContainText('The part the question is about');
	await expect(passage).toBeFocused();
	await page.getByRole('link', { name: `Back to question ${n}` }).click();
	await expect(page.getByRole('heading', { level: 1, name: item.prompt })).toBeVisible();
});

test('a safety question missed in the final check is listed and blocks the pass; answered right there, the course passes', async ({ page }) => {
	await page.goto(COURSE_URL);
	for (const lesson of course.lessons) {
		for (let n = 1; n <= lesson.quiz.length; n++) {
			const item = await openQuestion(page, lesson.slug, n);
			await answer(page, item, true);
		}
	}
	// Right in its lesson, wrong in the final check (answered later): the latest answer counts.
	const copyId = `final_${beforeStopping.item.id}`;
	await page.goto(`${COURSE_URL}#/final`);
	await page.getByRole('link', { name: 'Start the final check' }).click();
	await takeFinal(page, (item) => item.id !== copyId);
	const finalCount = finalSize(course.lessons, course.settings.quiz.final.perLesson);
	const percent = Math.round(((finalCount - 1) / finalCount) * 100);
	expect(percent).toBeGreaterThanOrEqual(course.settings.quiz.final.passMark);
	await expect(page.getByText(new RegExp(`^${percent}%\\s*overall$`))).toBeVisible();
	await expect(page.getByText('Almost there', { exact: false })).toBeVisible();
	const safety = page.getByRole('region', { name: 'Safety questions to get right' });
	await expect(safety).toContainText(beforeStopping.item.prompt);
	await expect(safety).toContainText(beforeStopping.item.safeRule!.text);

	await safety.getByRole('link', { name: 'Read the passage' }).click();
	await expect(page.locator(`[id="${beforeStopping.item.passage}"]`)).toContainText('The part the question is about');
	await page.goto(`${COURSE_URL}#/results`);
	await page.getByRole('region', { name: 'Safety questions to get right' }).getByRole('link', { name: 'Answer the question' }).click();
	await expect(page).toHaveURL(/#\/final\/\d+$/);
	await page.getByRole('button', { name: 'Try again' }).click();
	await answer(page, { ...beforeStopping.item, id: copyId }, true);

	await page.getByRole('link', { name: 'My results' }).click();
	await expect(page.getByText('You passed. Well done.', { exact: false })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Safety questions to get right' })).toHaveCount(0);
});

test('a safety question missed in its lesson but answered right later in the final check is not held against the learner', async ({ page }) => {
	await page.goto(COURSE_URL);
	for (const lesson of course.lessons) {
		for (let n = 1; n <= lesson.quiz.length; n++) {
			const item = await openQuestion(page, lesson.slug, n);
			await answer(page, item, item.id !== beforeStopping.item.id);
		}
	}
	await page.goto(`${COURSE_URL}#/final`);
	await page.getByRole('link', { name: 'Start the final check' }).click();
	await takeFinal(page, () => true);
	await expect(page.getByText('You passed. Well done.', { exact: false })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Safety questions to get right' })).toHaveCount(0);
});

test('safety questions not yet answered are not listed as wrong: only answered ones are', async ({ page }) => {
	await page.goto(`${COURSE_URL}#/results`);
	await expect(page.getByText(/Not finished yet/)).toBeVisible();
	await expect(page.getByRole('region', { name: 'Safety questions to get right' })).toHaveCount(0);

	const { lesson, item } = beforeStopping;
	await findQuestion(page, lesson.slug, item.id);
	await answer(page, item, false);
	await page.goto(`${COURSE_URL}#/results`);
	const safety = page.getByRole('region', { name: 'Safety questions to get right' });
	await expect(safety).toContainText(item.prompt);
	await expect(safety.getByRole('listitem')).toHaveCount(1);
});
