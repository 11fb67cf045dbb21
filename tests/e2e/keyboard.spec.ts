import { expect, test, type Page } from '@playwright/test';
import type { QuizItem } from '../../src/lib/content/types.ts';
import { finalBank, finalSize } from '../../src/lib/quiz/final.ts';
import { correctResponse, isChoice, optionsOf } from '../../src/lib/quiz/options.ts';
import type { MatchPair } from '../../src/lib/quiz/questions/matching.ts';
import { focusOn, load } from './a11y-screens.ts';
import { COURSE_URL, course, itemOnScreen } from './course.ts';

/**
 * The whole course with the keyboard alone — Tab, Shift+Tab, Enter, Space and the arrow keys (and typing, for a
 * typed answer) — as a switch or keyboard user takes it: every lesson, every question, the final check, the results.
 * On every screen change, focus must land on the new heading; after an answer, on the feedback.
 */

/** Moves focus to a control with Tab / Shift+Tab and presses a key on it. */
async function press(page: Page, name: string | RegExp, key = 'Enter', role: 'link' | 'button' = 'link') {
	const target = page.getByRole(role, { name, exact: typeof name === 'string' });
	await focusOn(page, target);
	await page.keyboard.press(key);
}

async function answerByKeyboard(page: Page, item: QuizItem) {
	const key = correctResponse(item);
	if (isChoice(item)) {
		const ids = typeof key === 'boolean' ? [String(key)] : typeof key === 'string' ? [key] : (key as string[]);
		for (const option of optionsOf(item).filter((o) => ids.includes(o.id))) {
			const input = page.getByLabel(option.text, { exact: true });
			if (item.type === 'multiple') {
				await focusOn(page, input);
				await page.keyboard.press('Space');
			} else {
				// A radio group is one Tab stop; the arrow keys move the choice within it.
				await focusOn(page, page.locator(`input[name="${item.id}"]`).first());
				for (let i = 0; i < 10 && !(await input.isChecked()); i++) await page.keyboard.press('ArrowDown');
			}
			await expect(input).toBeChecked();
		}
	} else if (item.type === 'ordering') {
		for (const [place, id] of (key as string[]).entries()) {
			const text = item.options.find((o) => o.id === id)!.text;
			for (let i = 0; i < 10; i++) {
				const at = (await page.locator('main ol li').allInnerTexts()).findIndex((t) => t.includes(text));
				if (at <= place) break;
				await focusOn(page, page.getByRole('listitem').filter({ hasText: text }).getByRole('button', { name: 'Move up' }));
				await page.keyboard.press('Enter');
			}
		}
	} else if (item.type === 'matching') {
		for (const [l, r] of key as MatchPair[]) {
			const select = page.getByLabel(item.prompts.find((p) => p.id === l)!.text, { exact: true });
			await focusOn(page, select);
			for (let i = 0; i < 12 && (await select.inputValue()) !== r; i++) await page.keyboard.press('ArrowDown');
			await expect(select).toHaveValue(r);
		}
	} else {
		await focusOn(page, page.getByLabel('Your answer'));
		await page.keyboard.type(key as string);
	}
	await press(page, 'Check my answer', 'Enter', 'button');
	await expect(page.getByRole('heading', { name: 'Correct, well done.' })).toBeFocused();
}

async function expectHeadingFocused(page: Page, name: string | RegExp) {
	await expect(page.getByRole('heading', { level: 1, name })).toBeFocused();
}

test('the whole course, every lesson and question, by keyboard alone', async ({ page }) => {
	test.setTimeout(300_000);
	await page.goto(COURSE_URL);
	await expect(page.getByRole('heading', { level: 1, name: course.settings.title })).toBeVisible();
	await press(page, 'Start the course');
	for (const lesson of course.lessons) {
		await expectHeadingFocused(page, lesson.title);
		await press(page, 'Start the questions');
		let previous: QuizItem | undefined;
		for (let i = 0; i < lesson.quiz.length; i++) {
			const item = await itemOnScreen(page, lesson.quiz, previous);
			previous = item;
			await expectHeadingFocused(page, item.prompt);
			await answerByKeyboard(page, item);
			await press(page, i === lesson.quiz.length - 1 ? 'See how you did' : 'Next question');
		}
		await expectHeadingFocused(page, `You got ${lesson.quiz.length} of ${lesson.quiz.length} right`);
		await press(page, lesson.number === course.lessons.length ? 'Next: the final check' : /^Next lesson:/);
	}
	await expectHeadingFocused(page, 'Final check');
	await press(page, 'Start the final check');
	const bank = finalBank(course.lessons);
	const count = finalSize(course.lessons, course.settings.quiz.final.perLesson);
	let previous: QuizItem | undefined;
	for (let i = 0; i < count; i++) {
		const item = await itemOnScreen(page, bank, previous);
		previous = item;
		await answerByKeyboard(page, item);
		await press(page, i === count - 1 ? 'See your results' : 'Next question');
	}
	await expectHeadingFocused(page, 'Your results');
	await expect(page.getByText('You passed. Well done.', { exact: false })).toBeVisible();
});

test('every Tab stop shows where the focus is', async ({ page }) => {
	for (const hash of ['#/', `#/lesson/${course.lessons[0]!.slug}`, `#/lesson/${course.lessons[0]!.slug}/quiz/1`, '#/plan']) {
		await load(page, hash);
		const seen = new Set<string>();
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			const stop = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				// The ring is drawn on the control, or on the label around a radio or checkbox.
				const drawn = [el, el.closest('label')].filter(Boolean).some((e) => {
					const s = getComputedStyle(e!);
					return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
				});
				return { name: `${el.tagName} ${(el.textContent ?? '').trim().slice(0, 30)} ${el.id}`, drawn };
			});
			if (!stop || seen.has(stop.name)) break;
			seen.add(stop.name);
			expect(stop.drawn, `${hash}: focus ring on ${stop.name}`).toBe(true);
		}
		expect(seen.size, hash).toBeGreaterThan(3);
	}
});
