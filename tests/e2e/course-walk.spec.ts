import { expect, test } from '@playwright/test';
import { sourceId } from '../../src/lib/quiz/final.ts';
import { answer, COURSE_URL, course, expectedVerdict, finalIds, items, openQuestion, takeFinal, walkCourse } from './course.ts';

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
	const given = await walkCourse(page, rightAt);

	// The course score is the final check's.
	const final = finalIds(given);
	const finalRight = final.filter((id) => rightAt(items.findIndex((x) => x.id === sourceId(id)))).length;
	const percent = Math.round((finalRight / final.length) * 100);
	await expect(page.getByText(new RegExp(`^${percent}%\\s*overall$`))).toBeVisible();
	await expect(page.getByText(`Final check: ${finalRight} of ${final.length} questions right.`)).toBeVisible();
	await expect(page.getByRole('img', { name: /Scores for each lesson and the final check/ })).toBeVisible();
	await expect(page.getByText(/^Time taken: \d+ minutes?\.$/)).toBeVisible();
	expect(given.size).toBe(items.length + final.length);
	const mustKnowOpen = items.some((item, n) => item.mustKnow && !rightAt(n));
	await expect(page.getByText(expectedVerdict(percent, mustKnowOpen), { exact: false })).toBeVisible();

	const rows = page.getByRole('row');
	await expect(rows).toHaveCount(course.lessons.length + 2);
	await expect(page.getByRole('link', { name: course.lessons[0]!.title })).toBeVisible();
});

test('answering every question right passes the course', async ({ page }) => {
	await page.goto(COURSE_URL);
	for (const lesson of course.lessons) {
		for (let n = 1; n <= lesson.quiz.length; n++) await answer(page, await openQuestion(page, lesson.slug, n), true);
	}
	await page.goto(`${COURSE_URL}#/final`);
	await page.getByRole('link', { name: 'Start the final check' }).click();
	await takeFinal(page, () => true);
	await expect(page.getByText(/^100%\s*overall$/)).toBeVisible();
	await expect(page.getByText('You passed. Well done.', { exact: false })).toBeVisible();
});

test('a question asks for an answer instead of submitting nothing', async ({ page }) => {
	const lesson = course.lessons[0]!;
	await openQuestion(page, lesson.slug, 1);
	await page.getByRole('button', { name: 'Check my answer' }).click();
	await expect(page.getByRole('alert')).toContainText(/There is a problem.*(Select|Choose|Type|Put)/);
	// Focus moves to the summary, so a screen reader reads the problem and a keyboard user is taken to it.
	await expect(page.getByRole('alert')).toBeFocused();
	await expect(page.getByRole('heading', { name: 'Not quite.' })).toHaveCount(0);
});

test('a link to a lesson or question that does not exist says so and leads back', async ({ page }) => {
	const lesson = course.lessons[0]!;
	const cases: Array<[hash: string, heading: string, back: string]> = [
		['#/lesson/no-such-lesson', 'We could not find that page', 'Go to the start'],
		['#/lesson/no-such-lesson/quiz/1', 'We could not find that page', 'Go to the start'],
		['#/lesson/no-such-lesson/score', 'We could not find that page', 'Go to the start'],
		[`#/lesson/${lesson.slug}/quiz/${lesson.quiz.length + 1}`, 'We could not find that question', 'Go to the lesson'],
		[`#/lesson/${lesson.slug}/quiz/0`, 'We could not find that question', 'Go to the lesson'],
		[`#/lesson/${lesson.slug}/quiz/two`, 'We could not find that question', 'Go to the lesson'],
		['#/final/999', 'We could not find that question', 'Go to the final check']
	];
	for (const [hash, heading, back] of cases) {
		await page.goto(`${COURSE_URL}${hash}`);
		await expect(page.getByRole('heading', { level: 1 }), hash).toHaveText(heading);
		await expect(page.getByText('Your progress is safe.', { exact: false }), hash).toBeVisible();
		await expect(page.getByRole('link', { name: back }), hash).toBeVisible();
		await expect(page, hash).toHaveTitle(`Page not found – ${course.settings.title}`);
	}
	await page.getByRole('link', { name: 'Go to the final check' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Final check' })).toBeVisible();
	// A real lesson still opens.
	await page.goto(`${COURSE_URL}#/lesson/${lesson.slug}/quiz/${lesson.quiz.length}`);
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/could not find/);
	await expect(page).toHaveTitle(`Question ${lesson.quiz.length} of ${lesson.quiz.length} – ${lesson.title}`);
});

test('each screen names itself in the tab title, and a screen reader hears the new name after a link', async ({ page }) => {
	const lesson = course.lessons[0]!;
	await page.goto(COURSE_URL);
	await expect(page).toHaveTitle(course.settings.title);
	await page.getByRole('link', { name: lesson.title }).first().click();
	const lessonTitle = `${lesson.title} – Lesson 1 of ${course.lessons.length}`;
	await expect(page).toHaveTitle(lessonTitle);
	// SvelteKit's live region announces the new title after an in-course navigation.
	await expect(page.locator('#svelte-announcer')).toHaveText(lessonTitle);
	await page.goto(`${COURSE_URL}#/results`);
	await expect(page).toHaveTitle(`Your results – ${course.settings.title}`);
});
