import { expect, test } from '@playwright/test';
import { answer, COURSE_URL, course, items, openQuestion, walkCourse } from './course.ts';

/**
 * The whole course, as a learner takes it: every lesson, every question, some answers right and some wrong,
 * with the scores the learner is shown checked against what those answers must give.
 */
test('a learner walks every lesson and quiz and sees the right scores', async ({ page }) => {
	await page.goto(COURSE_URL);
	await expect(page.getByRole('heading', { level: 1, name: course.settings.title })).toBeVisible();
	await expect(page.getByText('For education only', { exact: false }).first()).toBeVisible();
	// Every third question of the course is answered wrongly.
	const rightAt = (n: number) => n % 3 !== 2;
	await walkCourse(page, rightAt);
	const totalRight = items.filter((_, n) => rightAt(n)).length;

	const total = course.lessons.reduce((n, l) => n + l.quiz.length, 0);
	const percent = Math.round((totalRight / total) * 100);
	await expect(page.getByText(new RegExp(`^${percent}%\\s*overall$`))).toBeVisible();
	await expect(page.getByText(`${totalRight} of ${total} questions right.`)).toBeVisible();
	// Two in three right is below the 80 % pass mark.
	expect(percent).toBeLessThan(course.settings.passMark);
	await expect(page.getByText('Not passed this time.', { exact: false })).toBeVisible();

	const rows = page.getByRole('row');
	await expect(rows).toHaveCount(course.lessons.length + 1);
	await expect(page.getByRole('link', { name: course.lessons[0]!.title })).toBeVisible();
});

test('answering every question right passes the course', async ({ page }) => {
	await page.goto(COURSE_URL);
	for (const lesson of course.lessons) {
		for (let n = 1; n <= lesson.quiz.length; n++) await answer(page, await openQuestion(page, lesson.slug, n), true);
	}
	await page.goto(`${COURSE_URL}#/results`);
	await expect(page.getByText(/^100%\s*overall$/)).toBeVisible();
	await expect(page.getByText('You passed. Well done.', { exact: false })).toBeVisible();
});

test('a question asks for an answer instead of submitting nothing', async ({ page }) => {
	const lesson = course.lessons[0]!;
	await openQuestion(page, lesson.slug, 1);
	await page.getByRole('button', { name: 'Check my answer' }).click();
	await expect(page.getByRole('alert')).toContainText('Select an answer');
	await expect(page.getByRole('heading', { name: 'Not quite.' })).toHaveCount(0);
});
