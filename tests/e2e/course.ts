import { expect, type FrameLocator, type Page } from '@playwright/test';
import { loadCourse } from '../../scripts/content/build-course.ts';
import type { QuizItem } from '../../src/lib/content/types.ts';
import { correctIds, isChoice, optionsOf } from '../../src/lib/quiz/options.ts';
import { FINAL_PREFIX, finalBank, finalSize, sourceId } from '../../src/lib/quiz/final.ts';
import type { MatchPair } from '../../src/lib/quiz/questions/matching.ts';
import { plannedResponse } from '../../src/lib/quiz/sample-responses.testutil.ts';
import type { Response } from '../../src/lib/quiz/scoring.ts';

/** Shared helpers for walking the built course as a learner would. */

export const COURSE_URL = '/pluginfile.php/42/mod_scorm/content/1/index.html';
export const { course } = await loadCourse('content');
export const items = course.lessons.flatMap((l) => l.quiz);
/**
 * The first lesson with at least three questions (an index into course.lessons): where a test walks several
 * questions of one lesson. Short lessons (Fun Fact has one question) cannot hold such a walk.
 */
export const WALK = course.lessons.findIndex((l) => l.quiz.length >= 3);

type Scope = Page | FrameLocator;

/** The option texts that give a choice response. */
function choiceTexts(item: QuizItem, response: Response): string[] {
	if (!isChoice(item)) return [];
	const ids = typeof response === 'boolean' ? [String(response)] : typeof response === 'string' ? [response] : (response as string[]);
	return optionsOf(item)
		.filter((o) => ids.includes(o.id))
		.map((o) => o.text);
}

/** The option texts a learner clicks to answer a choice item right, or plausibly wrong. */
export function answerTexts(item: QuizItem, right: boolean): string[] {
	return choiceTexts(item, plannedResponse(item, right));
}

/** Gives a response through the item's own controls, as a learner does. */
export async function give(scope: Scope, item: QuizItem, response: Response) {
	if (isChoice(item)) {
		for (const text of choiceTexts(item, response)) await scope.getByLabel(text, { exact: true }).check();
		return;
	}
	switch (item.type) {
		case 'ordering': {
			// Bring each step up to its place, top to bottom, with the Move up buttons.
			const target = response as string[];
			for (const [place, id] of target.entries()) {
				const text = item.options.find((o) => o.id === id)!.text;
				const step = scope.getByRole('listitem').filter({ hasText: text });
				for (;;) {
					const texts = await scope.locator('ol li').allInnerTexts();
					const at = texts.findIndex((t) => t.includes(text));
					if (at <= place) break;
					await step.getByRole('button', { name: 'Move up' }).click();
				}
			}
			return;
		}
		case 'matching':
			for (const [l, r] of response as MatchPair[]) {
				const label = item.prompts.find((p) => p.id === l)!.text;
				await scope.getByLabel(label, { exact: true }).selectOption(r);
			}
			return;
		case 'fill-in':
			await scope.getByLabel('Your answer').fill(response as string);
			return;
	}
}

/** Answers the question on screen (in the page or inside an LMS frame) and waits for the feedback. */
export async function answer(scope: Scope, item: QuizItem, right: boolean): Promise<Response> {
	await expect(scope.getByRole('heading', { level: 1, name: item.prompt })).toBeVisible();
	const response = plannedResponse(item, right);
	await give(scope, item, response);
	await scope.getByRole('button', { name: 'Check my answer' }).click();
	await expect(scope.getByRole('heading', { name: right ? 'Correct, well done.' : /^Not quite/ })).toBeVisible();
	return response;
}

/** The item whose question is on screen now (question order is shuffled per attempt). */
export async function itemOnScreen(scope: Scope, among: readonly QuizItem[] = items, after?: QuizItem): Promise<QuizItem> {
	// A final-check copy has the same prompt as its lesson question: the caller passes the pool it expects.
	const heading = scope.getByRole('heading', { level: 1 });
	// Wait for the question screen itself (the previous screen's heading may still be showing).
	let text = '';
	await expect
		.poll(async () => {
			text = (await heading.innerText().catch(() => '')).trim();
			return text !== after?.prompt && among.some((i) => i.prompt === text);
		}, { message: `a question of this lesson on screen (last heading: "${text}")` })
		.toBe(true);
	return among.find((i) => i.prompt === text)!;
}

/**
 * Takes every lesson and its quiz by clicking through, as a learner does (in the page or inside an LMS frame),
 * answering item n (authored order across the course) right when `rightAt(n)`; checks each lesson score on the way.
 * Returns the responses given, by item id.
 */
export async function walkCourse(scope: Scope, rightAt: (n: number) => boolean): Promise<Map<string, Response>> {
	const given = new Map<string, Response>();
	await scope.getByRole('link', { name: 'Start the course' }).click();
	for (const lesson of course.lessons) {
		await expect(scope.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
		await expect(scope.getByText(`Lesson ${lesson.number} of ${course.lessons.length}`, { exact: true })).toBeVisible();
		await scope.getByRole('link', { name: 'Start the questions' }).click();
		let lessonRight = 0;
		let previous: QuizItem | undefined;
		for (let i = 0; i < lesson.quiz.length; i++) {
			const item = await itemOnScreen(scope, lesson.quiz, previous);
			previous = item;
			const right = rightAt(items.indexOf(item));
			given.set(item.id, await answer(scope, item, right));
			if (right) lessonRight++;
			await scope.getByRole('link', { name: i === lesson.quiz.length - 1 ? 'See how you did' : 'Next question' }).click();
		}
		await expect(scope.getByRole('heading', { level: 1 })).toHaveText(`You got ${lessonRight} of ${lesson.quiz.length} right`);
		const isLast = lesson.number === course.lessons.length;
		await scope.getByRole('link', { name: isLast ? 'Next: the final check' : /^Next lesson:/ }).click();
	}

	// The final check: one question drawn from each lesson, answered like its lesson question.
	await scope.getByRole('link', { name: 'Start the final check' }).click();
	for (const [id, response] of await takeFinal(scope, (item) => rightAt(items.findIndex((x) => x.id === sourceId(item.id))))) {
		given.set(id, response);
	}
	return given;
}

/** Answers every final-check question from its first screen on, then opens the results. */
export async function takeFinal(scope: Scope, right: (item: QuizItem) => boolean): Promise<Map<string, Response>> {
	const given = new Map<string, Response>();
	const bank = finalBank(course.lessons);
	const count = finalSize(course.lessons, course.settings.quiz.final.perLesson);
	let previous: QuizItem | undefined;
	for (let i = 0; i < count; i++) {
		const item = await itemOnScreen(scope, bank, previous);
		previous = item;
		given.set(item.id, await answer(scope, item, right(item)));
		await scope.getByRole('link', { name: i === count - 1 ? 'See your results' : 'Next question' }).click();
	}
	await expect(scope.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
	return given;
}

/** What the results page must say for a walk: the final check decides, must-know questions can hold it back. */
export function expectedVerdict(percent: number, mustKnowOpen: boolean): string {
	if (percent >= course.settings.quiz.final.passMark) return mustKnowOpen ? 'Almost there' : 'You passed. Well done.';
	return 'Not passed this time.';
}

/** The final check's items among the responses a walk gave. */
export function finalIds(given: Map<string, Response>): string[] {
	return [...given.keys()].filter((id) => id.startsWith(FINAL_PREFIX));
}

/** Opens question n of a lesson (in this attempt's order) and returns the item shown. */
export async function openQuestion(page: Page, slug: string, n: number): Promise<QuizItem> {
	await page.goto(`${COURSE_URL}#/lesson/${slug}/quiz/${n}`);
	await expect(page).toHaveURL(new RegExp(`#/lesson/${slug}/quiz/${n}$`));
	await expect(page.getByText(new RegExp(`: question ${n} of \\d+$`))).toBeVisible();
	return itemOnScreen(page, course.lessons.find((l) => l.slug === slug)!.quiz);
}

/** Collects failed or outside-the-folder requests so a test can assert there were none. */
export function watchRequests(page: Page, folder: string) {
	const outside: string[] = [];
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (!url.pathname.startsWith(folder)) outside.push(req.url());
	});
	return outside;
}

export { correctIds, plannedResponse };
