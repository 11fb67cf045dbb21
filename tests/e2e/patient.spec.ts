import { expect, test, type Page } from '@playwright/test';
import type { QuizItem } from '../../src/lib/content/types.ts';
import { correctIds, isChoice, optionsOf } from '../../src/lib/quiz/options.ts';
import { load, openItem, PREFERENCES_KEY } from './a11y-screens.ts';
import { answer, COURSE_URL, course, items } from './course.ts';

/**
 * A clinician's session with a patient: started from the start page or a bookmark (`#/?mode=patient`), large and
 * free of scores and pass marks, ending on "My plan", the one printable page to take home; "Next patient" clears
 * the device.
 */
const safetyItems = items.filter((q) => q.mustKnow);
/** A lesson with a safety question and another one: the other one is the topic the patient missed. */
const missedLesson = course.lessons.find((l) => l.quiz.some((q) => q.mustKnow) && l.quiz.some((q) => !q.mustKnow))!;
const missedItem = missedLesson.quiz.find((q) => !q.mustKnow)!;
const planTitle = `My ${course.settings.medicine} plan`;
/** Score talk that must not appear in a patient session. */
const JARGON = /\d+\s*%|pass mark|\bto pass\b|\bscore\b|\bpassed\b|\bfailed\b/i;

async function mainText(page: Page) {
	return page.locator('main').innerText();
}

async function courseKeys(page: Page) {
	return page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)), `${course.settings.id}:`);
}

/** Answers every question of a lesson: `right(item)` says which ones right. */
async function takeLesson(page: Page, lesson: (typeof course.lessons)[number], right: (item: QuizItem) => boolean) {
	for (let n = 1; n <= lesson.quiz.length; n++) {
		await load(page, `#/lesson/${lesson.slug}/quiz/${n}`);
		const prompt = (await page.locator('main h1').innerText()).trim();
		const item = lesson.quiz.find((q) => q.prompt === prompt)!;
		await answer(page, item, right(item));
	}
}

/** How many pages Chromium prints the page on, in a paper size. */
async function printedPages(page: Page, format: 'A4' | 'Letter'): Promise<number> {
	const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
	return pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

test('a bookmark starts a patient session: large text, no scores, and results become the plan', async ({ page }) => {
	await page.goto(`${COURSE_URL}#/?mode=patient`);
	await expect(page.getByText('Patient session', { exact: true })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('data-text', 'large');
	expect(await mainText(page)).not.toMatch(JARGON);
	await expect(page.getByRole('link', { name: 'My results' })).toHaveCount(0);

	// A lesson with a safety question: another of its questions answered wrongly, the rest right.
	await takeLesson(page, missedLesson, (item) => item !== missedItem);
	expect(await mainText(page)).not.toMatch(JARGON);
	await load(page, `#/lesson/${missedLesson.slug}/score`);
	await expect(page.locator('main h1')).toHaveText('Lesson finished');
	await expect(page.getByText("Let's look at these again", { exact: false })).toBeVisible();
	expect(await mainText(page)).not.toMatch(JARGON);

	// The last lesson, all right, leads to the plan instead of the (scored) final check.
	const last = course.lessons.at(-1)!;
	await takeLesson(page, last, () => true);
	await load(page, `#/lesson/${last.slug}/score`);
	await expect(page.locator('main h1')).toHaveText('Well done!');
	await expect(page.getByRole('link', { name: 'Next: your plan' })).toBeVisible();
	expect(await mainText(page)).not.toMatch(JARGON);

	// The results page (scores, pass mark) is replaced by the plan, by link and by address.
	await page.getByRole('link', { name: 'My plan', exact: true }).click();
	await expect(page).toHaveURL(/#\/plan$/);
	await load(page, `#/lesson/${last.slug}`);
	await page.evaluate(() => {
		// A link to the results, like the one the final check ends on.
		const link = Object.assign(document.createElement('a'), { href: '#/results', textContent: 'results' });
		document.querySelector('main')!.append(link);
		link.click();
	});
	await expect(page).toHaveURL(/#\/plan$/);
	await expect(page.getByRole('heading', { level: 1, name: planTitle })).toBeFocused();
	await load(page, '#/results');
	await expect(page).toHaveURL(/#\/plan$/);
	await expect(page.getByRole('heading', { level: 1, name: planTitle })).toBeFocused();
	expect(await mainText(page)).not.toMatch(JARGON);

	// Every safety rule once, the care team's advice marked as added, the missed topic to go over again.
	const text = await mainText(page);
	for (const item of safetyItems) expect(text.split(item.safeRule!.text).length - 1, item.id).toBe(1);
	for (const advice of course.careTeam) {
		const line = page.getByRole('listitem').filter({ hasText: advice.advice });
		await expect(line).toHaveCount(1);
		await expect(line).toContainText('Added advice');
	}
	const review = page.getByRole('region', { name: 'To go over again' });
	await expect(review.getByRole('listitem')).toHaveCount(1);
	await expect(review).toContainText(missedItem.type === 'true-false' ? (missedItem.correct ? missedItem.prompt : missedItem.trueStatement!) : missedItem.prompt);

	// The patient's own details, typed in the session: printed on ONE page (A4 and Letter), never stored.
	await page.getByLabel('My dose').fill('10 mg tablet');
	await page.getByLabel('Times I take it').fill('8 am, 2 pm, 8 pm');
	await page.getByLabel('My doctor or pharmacist').fill('Dr Rivera, Oak Street Clinic');
	await page.getByLabel('Their phone number').fill('555-0134');
	await page.getByLabel('Clinician’s notes').fill('Private note 12345. We went over tapering slowly.');
	expect(JSON.stringify(await page.evaluate(() => ({ ...localStorage })))).not.toMatch(/12345|555-0134|Rivera/);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByText('Private note 12345', { exact: false })).toBeVisible();
	await expect(page.getByText('555-0134', { exact: true })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Next patient' })).toBeHidden();
	expect(await printedPages(page, 'A4')).toBe(1);
	expect(await printedPages(page, 'Letter')).toBe(1);
	await page.emulateMedia({ media: 'screen' });
	await page.reload();
	await expect(page.getByLabel('Clinician’s notes')).toHaveValue('');
	await expect(page.getByLabel('My dose')).toHaveValue('');
});

test('the plan prints only true statements, on one page, even when every question was missed', async ({ page }) => {
	await page.goto(`${COURSE_URL}#/?mode=patient`);
	for (const lesson of course.lessons) await takeLesson(page, lesson, () => false);
	await load(page, '#/plan');
	const review = page.getByRole('region', { name: 'To go over again' });
	const text = await review.innerText();
	const others = items.filter((q) => !q.mustKnow && !course.settings.offPlan.includes(q.id));
	await expect(review.getByRole('listitem')).toHaveCount(others.length);
	for (const item of others) {
		if (item.type === 'true-false' && !item.correct) {
			expect(text, item.id).not.toContain(item.prompt);
			expect(text, item.id).toContain(item.trueStatement!);
		}
	}
	// A wrong choice is never printed as the right answer.
	const printedAnswers = await review.locator('strong').allInnerTexts();
	for (const item of others.filter(isChoice)) {
		if (item.type === 'true-false') continue;
		const wrong = optionsOf(item).filter((o) => !correctIds(item).includes(o.id)).map((o) => o.text);
		for (const line of printedAnswers) for (const w of wrong) expect(line.split('; '), item.id).not.toContain(w);
	}
	await page.emulateMedia({ media: 'print' });
	expect(await printedPages(page, 'A4')).toBe(1);
	expect(await printedPages(page, 'Letter')).toBe(1);
});

test('every learner reaches the plan from the results page, not only a patient session', async ({ page }) => {
	await page.goto(`${COURSE_URL}#/results`);
	await page.getByRole('link', { name: planTitle }).click();
	await expect(page.getByRole('heading', { level: 1, name: planTitle })).toBeVisible();
	for (const item of safetyItems) await expect(page.getByText(item.safeRule!.text)).toBeVisible();
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

	await load(page, '#/plan');
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
	await load(page, '#/plan');
	page.once('dialog', (dialog) => void dialog.dismiss());
	await page.getByRole('button', { name: 'Next patient' }).click();
	await expect(page.getByRole('heading', { level: 1, name: planTitle })).toBeVisible();
	await expect(page.getByRole('region', { name: 'To go over again' }).getByRole('listitem')).toHaveCount(1);
	expect(await courseKeys(page)).toHaveLength(2);
});
