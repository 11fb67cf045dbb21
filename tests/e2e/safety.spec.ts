import { expect, test } from '@playwright/test';
import { load, openItem } from './a11y-screens.ts';
import { answer, COURSE_URL, course, items } from './course.ts';
import { adviceFor } from '../../src/lib/quiz/plan.ts';

/**
 * Safety first: a wrong answer to a safety question is corrected at once, with the safe rule in plain words (and the
 * care team's added advice, labelled), while tries remain too — nobody walks away believing something unsafe.
 */
const safety = items.filter((q) => q.mustKnow);

test('every safety question: a wrong answer shows its safe rule at once, while tries remain', async ({ page }) => {
	expect(safety.length).toBeGreaterThanOrEqual(5);
	await page.goto(COURSE_URL);
	for (const item of safety) {
		await openItem(page, item);
		await answer(page, item, false);
		const feedback = page.locator(`section[aria-labelledby="${item.id}-feedback"]`);
		await expect(feedback.getByText('The safe way:'), item.id).toBeVisible();
		await expect(feedback, item.id).toContainText(item.safeRule!.text);
		// Tries remain: the explanation is still held back, the rule is not.
		await expect(page.getByRole('button', { name: /^Try again/ }), item.id).toBeVisible();
		for (const advice of adviceFor(course.careTeam, item)) {
			const added = feedback.getByRole('complementary', { name: 'Added advice, not from the article' });
			await expect(added, item.id).toContainText('Added advice');
			await expect(added, item.id).toContainText(advice.advice);
		}
	}
});

test('a right answer is not "corrected": no safe-rule box after a right answer', async ({ page }) => {
	const item = safety[0]!;
	await page.goto(COURSE_URL);
	await openItem(page, item);
	await answer(page, item, true);
	await expect(page.getByText('The safe way:')).toHaveCount(0);
});

test('after a right answer, the feedback with its word meanings fits one 390×844 phone screen', async ({ page }) => {
	test.setTimeout(240_000);
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(COURSE_URL);
	const heights: [string, number][] = [];
	// Measured in the course's own font: with font-display: optional a busy machine may paint a page in the fallback
	// font (wider); the saved answer keeps the feedback on screen, so a reload shows it again in the cached font.
	const courseFontInUse = () =>
		page.evaluate(() => {
			const width = (family: string) => {
				const probe = Object.assign(document.createElement('span'), { textContent: 'Hyperlegible WWW iii 0123' });
				Object.assign(probe.style, { fontFamily: family, fontSize: '20px', position: 'absolute' });
				document.body.append(probe);
				const w = probe.getBoundingClientRect().width;
				probe.remove();
				return w;
			};
			return width("'Atkinson Hyperlegible', sans-serif") !== width('sans-serif');
		});
	for (const item of items) {
		await openItem(page, item);
		await answer(page, item, true);
		const feedback = page.locator(`section[aria-labelledby="${item.id}-feedback"]`);
		for (let i = 0; i < 3 && !(await courseFontInUse()); i++) {
			await page.reload();
			await feedback.waitFor();
		}
		const box = await feedback.boundingBox();
		heights.push([item.id, Math.round(box!.height)]);
	}
	heights.sort((a, b) => b[1] - a[1]);
	console.log(`Feedback height after a right answer at 390×844 (px): tallest ${heights[0]![1]} (${heights[0]![0]}), median ${heights[Math.floor(heights.length / 2)]![1]}`);
	// The screen's height (the header is not fixed: scrolled to, the feedback is seen whole).
	for (const [id, height] of heights) expect(height, id).toBeLessThanOrEqual(844);
});

test('"In short" sits above each lesson\'s article text, marked apart from it', async ({ page }) => {
	for (const lesson of course.lessons) {
		await load(page, `#/lesson/${lesson.slug}`);
		const inShort = page.getByRole('region', { name: 'In short' });
		await expect(inShort.getByRole('listitem')).toHaveText(lesson.inShort);
		await expect(page.getByRole('heading', { name: 'What the article says' })).toBeVisible();
	}
});
