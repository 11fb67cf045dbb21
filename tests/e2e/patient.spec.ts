import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { load, openItem, PREFERENCES_KEY } from './a11y-screens.ts';
import { answer, COURSE_URL, course, items } from './course.ts';

/**
 * A clinician's session with a patient: started from the start page or a bookmark (`#/?mode=patient`), large and
 * free of scores and pass marks, ending on a printable teach-back summary; "Next patient" clears the device.
 */
const article = readFileSync('content/source/baclofen-source.txt', 'utf8');
const missedItem = items.find((q) => q.mustKnow)!;
const missedLesson = course.lessons.find((l) => l.quiz.includes(missedItem))!;
/** Score talk that must not appear in a patient session. */
const JARGON = /\d+\s*%|pass mark|\bto pass\b|\bscore\b|\bpassed\b|\bfailed\b/i;

async function mainText(page: Page) {
	return page.locator('main').innerText();
}

async function courseKeys(page: Page) {
	return page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)), `${course.settings.id}:`);
}

test('a bookmark starts a patient session: large text, no scores, and results become the summary', async ({ page }) => {
	await page.goto(`${COURSE_URL}#/?mode=patient`);
	await expect(page.getByText('Patient session', { exact: true })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('data-text', 'large');
	expect(await mainText(page)).not.toMatch(JARGON);
	await expect(page.getByRole('link', { name: 'My results' })).toHaveCount(0);

	// The lesson with a safety question: that one answered wrongly, the rest right.
	for (let n = 1; n <= missedLesson.quiz.length; n++) {
		await load(page, `#/lesson/${missedLesson.slug}/quiz/${n}`);
		const prompt = (await page.locator('main h1').innerText()).trim();
		const item = missedLesson.quiz.find((q) => q.prompt === prompt)!;
		await answer(page, item, item !== missedItem);
		expect(await mainText(page)).not.toMatch(JARGON);
	}
	await load(page, `#/lesson/${missedLesson.slug}/score`);
	await expect(page.locator('main h1')).toHaveText('Lesson finished');
	await expect(page.getByText("Let's look at these again", { exact: false })).toBeVisible();
	expect(await mainText(page)).not.toMatch(JARGON);

	// The last lesson, all right, leads to the summary instead of the (scored) final check.
	const last = course.lessons.at(-1)!;
	for (let n = 1; n <= last.quiz.length; n++) {
		await load(page, `#/lesson/${last.slug}/quiz/${n}`);
		const prompt = (await page.locator('main h1').innerText()).trim();
		await answer(page, last.quiz.find((q) => q.prompt === prompt)!, true);
	}
	await load(page, `#/lesson/${last.slug}/score`);
	await expect(page.locator('main h1')).toHaveText('Well done!');
	await expect(page.getByRole('link', { name: 'Next: your summary' })).toBeVisible();
	expect(await mainText(page)).not.toMatch(JARGON);

	// The results page (scores, pass mark) is replaced by the summary, by link and by address.
	await page.getByRole('link', { name: 'Summary', exact: true }).click();
	await expect(page).toHaveURL(/#\/summary$/);
	await load(page, `#/lesson/${last.slug}`);
	await page.evaluate(() => {
		// A link to the results, like the one the final check ends on.
		const link = Object.assign(document.createElement('a'), { href: '#/results', textContent: 'results' });
		document.querySelector('main')!.append(link);
		link.click();
	});
	await expect(page).toHaveURL(/#\/summary$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Your baclofen summary' })).toBeFocused();
	await load(page, '#/results');
	await expect(page).toHaveURL(/#\/summary$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Your baclofen summary' })).toBeFocused();
	expect(await mainText(page)).not.toMatch(JARGON);

	// Safety points and missed topics, quoted word for word from the course.
	const safety = page.locator('section', { has: page.getByRole('heading', { name: 'Key safety points' }) });
	const quotes = await safety.locator('blockquote').allInnerTexts();
	expect(quotes.length).toBeGreaterThan(0);
	for (const quote of quotes) expect(article).toContain(quote.replace(/^“|”$/g, ''));
	for (const item of items.filter((q) => q.mustKnow)) {
		expect(quotes.some((q) => q.includes(item.source)), `safety point for ${item.id}`).toBe(true);
	}
	const missed = page.locator('section', { has: page.getByRole('heading', { name: 'Topics to go over again' }) });
	await expect(missed.getByRole('heading', { level: 3 })).toHaveText([missedLesson.title]);
	await expect(missed).toContainText(missedItem.source);
	await expect(missed).toContainText(missedItem.prompt);
	for (const item of missedLesson.quiz.filter((q) => q !== missedItem)) await expect(missed).not.toContainText(item.prompt);

	// Notes are for printing only: never stored, gone after a reload.
	const notes = page.getByLabel('Clinician’s notes');
	await notes.fill('Private note 12345');
	expect(JSON.stringify(await page.evaluate(() => ({ ...localStorage })))).not.toContain('12345');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByText('Private note 12345')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Next patient' })).toBeHidden();
	await page.emulateMedia({ media: 'screen' });
	await page.reload();
	await expect(page.getByLabel('Clinician’s notes')).toHaveValue('');
});

test('"Next patient" clears progress, preferences and the mode after one confirmation', async ({ page }) => {
	await page.goto(COURSE_URL);
	await page.getByRole('button', { name: 'Start a session with a patient' }).click();
	await expect(page.getByText('Patient session', { exact: true })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	await page.getByRole('button', { name: 'Reading options', exact: true }).click();
	await page.getByRole('radio', { name: 'Dark' }).check();
	await openItem(page, missedItem);
	await answer(page, missedItem, false);
	expect((await courseKeys(page)).sort()).toEqual([`${course.settings.id}:preferences`, `${course.settings.id}:progress`]);

	await load(page, '#/summary');
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.accept();
	});
	await page.getByRole('button', { name: 'Next patient' }).click();
	await expect(page.getByRole('heading', { level: 1, name: course.settings.title })).toBeVisible();
	expect(dialogs).toHaveLength(1);
	expect(await courseKeys(page)).toEqual([]);
	await expect(page.getByText('Patient session', { exact: true })).toHaveCount(0);
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
	await expect(page.locator('html')).not.toHaveAttribute('data-text', /.+/);
	await expect(page.getByRole('link', { name: 'Start the course' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'My results' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('link', { name: 'Continue where you left off' })).toHaveCount(0);
	expect(await page.evaluate((k) => localStorage.getItem(k), PREFERENCES_KEY)).toBeNull();
});

test('cancelling "Next patient" keeps everything', async ({ page }) => {
	await page.goto(`${COURSE_URL}#/?mode=patient`);
	await openItem(page, missedItem);
	await answer(page, missedItem, false);
	await load(page, '#/summary');
	page.once('dialog', (dialog) => void dialog.dismiss());
	await page.getByRole('button', { name: 'Next patient' }).click();
	await expect(page.getByRole('heading', { name: 'Topics to go over again' })).toBeVisible();
	await expect(page.getByText(missedItem.source).first()).toBeVisible();
	expect(await courseKeys(page)).toHaveLength(2);
});
