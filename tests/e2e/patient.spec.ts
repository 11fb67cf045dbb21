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

test('the take-home summary prints only true statements and whole sentences, whatever was missed', async ({ page }) => {
	// Every question of the two lessons with a false true/false statement, answered wrongly.
	await page.goto(`${COURSE_URL}#/?mode=patient`);
	const lessons = course.lessons.filter((l) => ['common-uses-of-baclofen', 'side-effects-of-baclofen'].includes(l.slug));
	for (const lesson of lessons) {
		for (let n = 1; n <= lesson.quiz.length; n++) {
			await load(page, `#/lesson/${lesson.slug}/quiz/${n}`);
			const prompt = (await page.locator('main h1').innerText()).trim();
			await answer(page, lesson.quiz.find((q) => q.prompt === prompt)!, false);
		}
	}
	await load(page, '#/summary');
	const missed = page.locator('section', { has: page.getByRole('heading', { name: 'Topics to go over again' }) });
	const text = await missed.innerText();
	// The false statements these lessons ask about, written out: never on the sheet; their true versions are.
	expect(text).not.toContain('Baclofen is used for every case of chronic back or neck pain.');
	expect(text).not.toContain('When your muscles feel better, you can stop baclofen all at once.');
	expect(text).toContain('In some cases of chronic back or neck pain, baclofen can relieve muscle tension.');
	expect(text).toContain('Never stop baclofen abruptly (all at once). The dose must go down step by step, with your doctor in charge.');
	// Each quote is a whole sentence, bullet or boxed warning of the article (a line of it, or a sentence of a line).
	const lines = article.split('\n').map((line) => line.replace(/^- /, '').replace(/^\p{Extended_Pictographic}\uFE0F?\s+/u, ''));
	const sentences = lines.flatMap((line) => [line, ...line.split(/(?<=[.!?:])\s+(?=[A-Z])/)]);
	const quotes = (await page.locator('main blockquote').allInnerTexts()).map((q) => q.replace(/^“|”$/g, ''));
	expect(quotes.length).toBeGreaterThan(lessons.length);
	for (const quote of quotes) expect(sentences).toContain(quote);
	// A wrong choice is never printed as the right answer.
	const rightAnswers = await missed.locator('.remember').allInnerTexts();
	expect(rightAnswers.join('\n')).not.toMatch(/Stop taking it all at once|Skip a dose now and then|When baclofen is taken with food|Epilepsy/);
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
