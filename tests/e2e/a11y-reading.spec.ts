import { expect, test, type Page } from '@playwright/test';
import { blocksText, sentences } from '../../src/lib/ui/speech.ts';
import { load, openItem } from './a11y-screens.ts';
import { COURSE_URL, course, items } from './course.ts';

/** Read aloud (the browser's speech) and offline use of the plain web course. */

/** A stand-in for the browser's speech, recording what it is asked to do (headless Chromium has no voices). */
async function fakeSpeech(page: Page, voices: number) {
	await page.addInitScript((count) => {
		const calls: string[] = [];
		const queue: { onend?: () => void }[] = [];
		Object.assign(window, { speechCalls: calls });
		class Utterance {
			constructor(public text: string) {}
			lang = '';
			rate = 1;
			onend?: () => void;
			onerror?: () => void;
		}
		Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
		const synth = Object.assign(new EventTarget(), {
			getVoices: () => Array.from({ length: count }, (_, i) => ({ name: `voice ${i}`, lang: 'en-GB' })),
			speak: (u: Utterance) => {
				calls.push(`speak ${u.text}`);
				queue.push(u);
			},
			pause: () => calls.push('pause'),
			resume: () => calls.push('resume'),
			cancel: () => {
				calls.push('cancel');
				queue.length = 0;
			},
			/** Test hook: the browser finished speaking everything queued. */
			finish: () => queue.splice(0).forEach((u) => u.onend?.())
		});
		Object.defineProperty(window, 'speechSynthesis', { value: synth });
	}, voices);
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { speechCalls: string[] }).speechCalls);

test('read aloud: play, pause, resume and stop, for a lesson and for a question', async ({ page }) => {
	await fakeSpeech(page, 2);
	const lesson = course.lessons[0]!;
	await load(page, `#/lesson/${lesson.slug}`);
	const play = page.getByRole('button', { name: 'Read this lesson aloud' });
	await play.click();
	const spoken = (await calls(page)).filter((c) => c.startsWith('speak ')).map((c) => c.slice(6));
	const words = (text: string) => text.replace(/\s+/g, ' ').trim();
	expect(words(spoken.join(' '))).toBe(words(`${sentences([lesson.title, 'In short', ...lesson.inShort, 'What the article says'])} ${blocksText(lesson.blocks, course.glossary, course.figures)}`));
	// The meanings of the lesson's medical words are read with it, as the screen shows them (written out).
	expect(spoken).toContain('antispastic means: works against spasticity (stiff, tight muscles).');
	expect(spoken).toContain('intrathecal means: given into the fluid around the spinal cord.');
	await page.getByRole('button', { name: 'Pause' }).click();
	await expect(page.getByRole('button', { name: 'Resume' })).toBeFocused();
	await page.getByRole('button', { name: 'Resume' }).click();
	await page.getByRole('button', { name: 'Stop' }).click();
	await expect(play).toBeFocused();
	await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);
	expect((await calls(page)).slice(-3)).toEqual(['pause', 'resume', 'cancel']);

	// When the browser has finished, the controls go back to the start.
	await play.click();
	await page.evaluate(() => (speechSynthesis as unknown as { finish(): void }).finish());
	await expect(play).toBeVisible();
	await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);

	const item = items.find((q) => q.type === 'single')!;
	await openItem(page, item);
	await page.getByRole('button', { name: 'Read the question aloud' }).click();
	const question = (await calls(page))
		.filter((c) => c.startsWith('speak '))
		.map((c) => c.slice(6))
		.join(' ');
	expect(question).toContain(item.prompt);
	for (const option of item.type === 'single' ? item.options : []) expect(question).toContain(option.text);
});

test('read aloud is hidden where the browser cannot speak', async ({ page }) => {
	await fakeSpeech(page, 0);
	await load(page, `#/lesson/${course.lessons[0]!.slug}`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('button', { name: /aloud/ })).toHaveCount(0);
});

test('after one visit the web course works offline', async ({ page, context }) => {
	await page.goto(COURSE_URL);
	await expect(page.locator('main h1')).toBeVisible();
	await page.waitForFunction(async () => !!(await navigator.serviceWorker.ready).active && !!navigator.serviceWorker.controller, null, { timeout: 10_000 });
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: course.settings.title })).toBeVisible();
	await page.getByRole('link', { name: new RegExp(course.lessons[1]!.title) }).click();
	await expect(page.getByRole('heading', { level: 1, name: course.lessons[1]!.title })).toBeVisible();
	// The self-hosted font is there too.
	const fonts = await page.evaluate(async () => (await document.fonts.load('700 20px "Atkinson Hyperlegible"')).map((f) => f.status));
	expect(fonts).toEqual(['loaded']);
	await context.setOffline(false);
});

test('no service worker inside a frame (an LMS player)', async ({ page }) => {
	await page.route('**/lms-player.html', (route) =>
		route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>LMS</title><iframe title="Course" src="${COURSE_URL}"></iframe>` })
	);
	await page.goto('/mod/scorm/player/lms-player.html');
	const frame = page.frameLocator('iframe[title="Course"]');
	await expect(frame.getByRole('heading', { level: 1, name: course.settings.title })).toBeVisible();
	const inner = page.frames().find((f) => f.url().includes('index.html'))!;
	await page.waitForTimeout(500);
	expect(await inner.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
});
