import { expect, test, type Locator, type Page } from '@playwright/test';
import { firstOf, lessonOf, openItem, types } from './a11y-screens.ts';
import { COURSE_URL } from './course.ts';

/**
 * No tap lost on a busy phone (issue 22). A patient with spasticity taps an answer the moment the question shows,
 * and the finger may stay down a while. Meanwhile the page is still settling: the CPU is slow (6× throttling), the
 * course's font comes over slow mobile data, and the phone's voices for read aloud arrive late. Whatever arrives
 * must not move the answer from under the finger: the press and the release must land on the same control, and the
 * answer must stay chosen.
 */

const FONT_DELAY = 5000;
const VOICES_DELAY = 5000;
/** The finger stays down until the font and the voices have both arrived. */
const PRESS = Math.max(FONT_DELAY, VOICES_DELAY) + 800;

/** A phone under load: slow CPU, a slow font download, and speech voices that are announced late (as on Android). */
async function busyPhone(page: Page) {
	await page.route('**/fonts/*.woff2', async (route) => {
		await new Promise((r) => setTimeout(r, FONT_DELAY));
		await route.continue();
	});
	await page.addInitScript((delay) => {
		// Every layout shift, as the browser measures them (its CLS leaves out those right after an input; not here).
		const w = window as unknown as { shifted: number };
		w.shifted = 0;
		new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.shifted += (e as PerformanceEntry & { value: number }).value))).observe({
			type: 'layout-shift'
		});
		const voices: { name: string; lang: string }[] = [];
		const synth = Object.assign(new EventTarget(), { getVoices: () => voices, speak() {}, pause() {}, resume() {}, cancel() {} });
		Object.defineProperty(window, 'speechSynthesis', { value: synth });
		setTimeout(() => {
			voices.push({ name: 'voice', lang: 'en-GB' });
			synth.dispatchEvent(new Event('voiceschanged'));
		}, delay);
	}, VOICES_DELAY);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
}

/** Presses the middle of `target` as soon as it is visible, holds, and releases where the finger went down. */
async function slowTap(page: Page, target: Locator) {
	await target.waitFor();
	// A question lower down: the learner scrolls to it first.
	await target.scrollIntoViewIfNeeded();
	const box = (await target.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	const shifted = () => page.evaluate(() => (window as unknown as { shifted: number }).shifted);
	const before = await shifted();
	await page.mouse.down();
	await page.waitForTimeout(PRESS);
	const during = await shifted();
	await page.mouse.up();
	expect(during, 'nothing on the page moved while the finger was down').toBeCloseTo(before, 3);
}

for (const type of types) {
	test(`a ${type} question keeps an answer tapped as soon as it shows, on a busy phone`, async ({ page }) => {
		test.slow();
		await page.setViewportSize({ width: 390, height: 844 });
		const item = firstOf(type);
		// Find where this attempt's shuffle put the question (at full speed), then open it afresh on a busy phone.
		const n = await openItem(page, item);
		await busyPhone(page);
		await page.goto('about:blank');
		await page.goto(`${COURSE_URL}#/lesson/${lessonOf(item).slug}/quiz/${n}`, { waitUntil: 'commit' });
		const main = page.locator('main');
		await expect(main.locator('h1')).toHaveText(item.prompt);

		if (type === 'ordering') {
			const steps = main.locator('ol li');
			const second = await steps.nth(1).locator('[id$="-text"]').innerText();
			await slowTap(page, steps.nth(1).getByRole('button', { name: 'Move up' }));
			await expect(steps.first()).toContainText(second);
			await page.waitForTimeout(1000);
			await expect(steps.first(), 'the move stays').toContainText(second);
		} else if (type === 'matching') {
			const select = main.locator('select').first();
			await slowTap(page, select);
			await expect(select, 'the tap reached the select it was aimed at').toBeFocused();
			await page.keyboard.press('Escape');
			const value = await select.locator('option:not([disabled])').first().getAttribute('value');
			await select.selectOption(value!);
			await page.waitForTimeout(1000);
			await expect(select, 'the choice stays').toHaveValue(value!);
		} else {
			// Single, multiple, true/false: the first choice as shown.
			const option = main.locator('label.option').first();
			await slowTap(page, option);
			await expect(option.locator('input')).toBeChecked();
			await page.waitForTimeout(1000);
			await expect(option.locator('input'), 'the answer stays chosen').toBeChecked();
			await expect(main.locator('input:checked')).toHaveCount(1);
		}
	});
}
