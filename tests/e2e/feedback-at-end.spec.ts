import { expect, test } from '@playwright/test';
import type { QuizItem } from '../../src/lib/content/types.ts';
import { course, give, itemOnScreen } from './course.ts';
import { plannedResponse } from '../../src/lib/quiz/sample-responses.testutil.ts';
import { serveVariant } from './variant-build.ts';

/**
 * `feedback: 'end'` (content/course.ts): an author who wants a test rather than a tutorial. No verdict, no
 * explanation and no second try after each answer; the lesson's score page then reviews every answer with the
 * right one and the explanation. Built for real with that one setting changed.
 */
let variant: Awaited<ReturnType<typeof serveVariant>>;
test.beforeAll(async () => {
	test.setTimeout(300_000);
	variant = await serveVariant((settings) => settings.replace("feedback: 'each'", "feedback: 'end'"));
});
test.afterAll(async () => variant?.close());

test('with feedback at the end, answers are only saved until the lesson score page reviews them all', async ({ page }) => {
	const lesson = course.lessons[0]!;
	let answeredWrong: QuizItem | undefined;
	await page.goto(`${variant.url}#/lesson/${lesson.slug}/quiz/1`);
	let previous;
	for (let n = 1; n <= lesson.quiz.length; n++) {
		const item = await itemOnScreen(page, lesson.quiz, previous);
		const right = n !== 1;
		if (!right) answeredWrong = item;
		await give(page, item, plannedResponse(item, right));
		await page.getByRole('button', { name: 'Check my answer' }).click();

		const saved = page.getByText('Your answer is saved. You will see how you did at the end.');
		await expect(saved).toBeVisible();
		await expect(saved).toBeFocused();
		// Nothing gives the verdict away: no heading, no explanation, no correct answer, no second try.
		await expect(page.getByRole('heading', { name: /Correct, well done|Not quite/ })).toHaveCount(0);
		await expect(page.getByText(item.explanation)).toHaveCount(0);
		await expect(page.getByText('Correct answer')).toHaveCount(0);
		await expect(page.getByRole('button', { name: /Try again/ })).toHaveCount(0);
		await page.getByRole('link', { name: n < lesson.quiz.length ? 'Next question' : 'See how you did' }).click();
		previous = item;
	}

	await expect(page.getByRole('heading', { level: 1, name: `You got ${lesson.quiz.length - 1} of ${lesson.quiz.length} right` })).toBeVisible();
	const review = page.getByRole('listitem').filter({ hasText: answeredWrong!.prompt });
	await expect(review).toContainText('Not right');
	await expect(review).toContainText('Correct answer:');
	await expect(review).toContainText(answeredWrong!.explanation);
	const reviewed = page.getByRole('listitem').filter({ hasText: 'Your answer:' });
	await expect(reviewed).toHaveCount(lesson.quiz.length);
	await expect(reviewed.filter({ hasText: 'Not right' })).toHaveCount(1);
});
