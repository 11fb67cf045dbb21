import { expect, type Locator, type Page } from '@playwright/test';
import type { QuizItem } from '../../src/lib/content/types.ts';
import { answer, COURSE_URL, course, items } from './course.ts';

/**
 * Every kind of screen the course has, each reached the way a learner reaches it, for the accessibility, target-size
 * and reflow tests. Question types are read from the course data, so a new type is covered as soon as an item
 * uses it.
 */

export const PREFERENCES_KEY = `${course.settings.id}:preferences`;
export const types = [...new Set(items.map((q) => q.type))];
export const firstOf = (type: string) => items.find((q) => q.type === type)!;
export const lessonOf = (item: QuizItem) => course.lessons.find((l) => l.quiz.includes(item))!;

/** A fresh page load of a course screen (saved progress and preferences are kept, as on a real reload). */
export async function load(page: Page, hash: string) {
	await page.goto('about:blank');
	await page.goto(`${COURSE_URL}${hash}`);
	await expect(page.locator('main h1')).toBeVisible();
}

/** Opens the lesson question showing `item` (question order is shuffled per attempt). */
export async function openItem(page: Page, item: QuizItem): Promise<number> {
	const lesson = lessonOf(item);
	for (let n = 1; n <= lesson.quiz.length; n++) {
		await load(page, `#/lesson/${lesson.slug}/quiz/${n}`);
		await expect(page.getByText(new RegExp(`: question ${n} of \\d+$`))).toBeVisible();
		if ((await page.locator('main h1').innerText()).trim() === item.prompt) return n;
	}
	throw new Error(`${item.id} is not in ${lesson.slug}`);
}

export interface Screen {
	name: string;
	open: (page: Page) => Promise<void>;
}

const shortest = [...course.lessons].sort((a, b) => a.quiz.length - b.quiz.length)[0]!;

/** Answers every question of a lesson, the first one wrongly. */
async function takeLesson(page: Page, lesson = shortest) {
	for (let n = 1; n <= lesson.quiz.length; n++) {
		await load(page, `#/lesson/${lesson.slug}/quiz/${n}`);
		const text = (await page.locator('main h1').innerText()).trim();
		await answer(page, lesson.quiz.find((q) => q.prompt === text)!, n > 1);
	}
}

const mustKnow = items.find((q) => q.mustKnow)!;

export const screens: Screen[] = [
	{ name: 'start', open: (p) => load(p, '#/') },
	{
		name: 'start with reading options open',
		open: async (p) => {
			await load(p, '#/');
			await p.getByRole('button', { name: 'Reading options', exact: true }).click();
			await expect(p.getByRole('radio', { name: 'Standard' })).toBeFocused();
		}
	},
	{ name: 'start in a patient session', open: (p) => load(p, '#/?mode=patient') },
	{ name: 'lesson', open: (p) => load(p, `#/lesson/${course.lessons[0]!.slug}`) },
	{
		name: 'lesson with a passage to read again',
		open: async (p) => {
			const n = await openItem(p, mustKnow);
			await load(p, `#/lesson/${lessonOf(mustKnow).slug}?passage=${mustKnow.passage}&from=${n}&lesson=${lessonOf(mustKnow).slug}`);
			await expect(p.getByText('The part the question is about')).toBeVisible();
		}
	},
	...types.map((type) => ({ name: `question: ${type}`, open: (p: Page) => openItem(p, firstOf(type)).then(() => {}) })),
	...types.flatMap((type) =>
		[true, false].map((right) => ({
			name: `feedback ${right ? 'right' : 'wrong'}: ${type}`,
			open: async (p: Page) => {
				await openItem(p, firstOf(type));
				await answer(p, firstOf(type), right);
			}
		}))
	),
	{
		name: 'lesson score and review',
		open: async (p) => {
			await takeLesson(p);
			await load(p, `#/lesson/${shortest.slug}/score`);
			await expect(p.getByRole('heading', { name: 'Your answers' })).toBeVisible();
		}
	},
	{ name: 'final check', open: (p) => load(p, '#/final') },
	{ name: 'final check question', open: (p) => load(p, '#/final/1') },
	{
		name: 'results',
		open: async (p) => {
			await takeLesson(p);
			await load(p, '#/results');
		}
	},
	{
		name: 'the take-home plan in a patient session',
		open: async (p) => {
			await load(p, '#/?mode=patient');
			await takeLesson(p);
			await load(p, '#/plan');
			await expect(p.getByRole('heading', { name: 'To go over again' })).toBeVisible();
		}
	},
	{ name: 'page not found', open: (p) => load(p, '#/no-such-page') }
];

/** Presses Tab (or Shift+Tab, when the target comes before the focus) until the target has focus. */
export async function focusOn(page: Page, target: Locator, limit = 80) {
	for (let i = 0; i < limit; i++) {
		const where = await target.evaluate((el) => {
			const active = document.activeElement;
			if (el === active) return 'here';
			return active && active !== document.body && el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before';
		});
		if (where === 'here') return;
		await page.keyboard.press(where === 'after' ? 'Shift+Tab' : 'Tab');
	}
	throw new Error(`Could not reach ${target} with Tab`);
}
