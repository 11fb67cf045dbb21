import { expect, test } from '@playwright/test';
import { answer, answerTexts, COURSE_URL, course, itemOnScreen, openQuestion, WALK } from './course.ts';

test('a reload mid-course resumes at the same place with the same answers', async ({ page }) => {
	const lesson = course.lessons[WALK]!;
	const first = await openQuestion(page, lesson.slug, 1);
	await answer(page, first, false);
	await page.getByRole('link', { name: 'Next question' }).click();
	const second = await itemOnScreen(page, lesson.quiz, first);

	await page.reload();
	await expect(page).toHaveURL(new RegExp(`#/lesson/${lesson.slug}/quiz/2$`));
	await expect(page.getByRole('heading', { level: 1, name: second.prompt })).toBeVisible();

	// The first answer is still there, still wrong, and cannot be changed.
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1, name: first.prompt })).toBeVisible();
	const texts = answerTexts(first, false);
	if (texts.length) {
		const mine = page.getByRole('listitem').filter({ hasText: 'Your answer' });
		await expect(mine).toHaveCount(texts.length);
		await expect(mine.first()).toContainText(texts[0]!);
	} else {
		await expect(page.getByText('Your answer').first()).toBeVisible();
	}
	await expect(page.getByRole('button', { name: 'Check my answer' })).toHaveCount(0);
});

test('relaunching the course offers to continue where the learner left off', async ({ page }) => {
	const lesson = course.lessons[2]!;
	const first = await openQuestion(page, lesson.slug, 1);
	await answer(page, first, true);
	await page.getByRole('link', { name: 'Next question' }).click();
	const second = await itemOnScreen(page, lesson.quiz, first);

	// A new launch opens the bare index.html, as an LMS does.
	await page.goto('about:blank');
	await page.goto(COURSE_URL);
	await page.getByRole('link', { name: 'Continue where you left off' }).click();
	await expect(page.getByRole('heading', { level: 1, name: second.prompt })).toBeVisible();
	await page.goto(`${COURSE_URL}#/`);
	await expect(page.getByRole('link', { name: new RegExp(lesson.title) })).toContainText(`1 of ${lesson.quiz.length} answered`);
});

test('unreadable saved progress gives a clear message and a fresh start, and keeps a copy', async ({ page }) => {
	const key = `${course.settings.id}:progress`;
	// Written before the course starts, as a previous visit (or a broken browser extension) would have left it.
	await page.addInitScript((k) => {
		if (!sessionStorage.getItem('seeded')) localStorage.setItem(k, '{"v":1,"a":{"oops');
		sessionStorage.setItem('seeded', '1');
	}, key);
	await page.goto(COURSE_URL);
	await expect(page.getByRole('status')).toContainText('could not read your saved progress');
	await expect(page.getByRole('link', { name: 'Start the course' })).toBeVisible();
	expect(await page.evaluate((k) => localStorage.getItem(`${k}:unreadable`), key)).toBe('{"v":1,"a":{"oops');
});
