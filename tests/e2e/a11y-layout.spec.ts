import { expect, test, type Page } from '@playwright/test';
import { PREFERENCES_KEY, screens } from './a11y-screens.ts';
import { course } from './course.ts';

/**
 * Layout for people with tremor, spasticity or low vision, on every kind of screen:
 * - every control is at least 44 × 44 CSS px (WCAG 2.5.5, AAA) — a radio or checkbox counts with its label, which
 *   is what you press; a link inside a sentence is allowed to be smaller (2.5.8 inline exception) but is listed;
 * - at 320 CSS px wide (400 % zoom of a 1280 px window) nothing scrolls sideways or is cut off (1.4.10), at the
 *   standard and the largest text size.
 */

/** Controls smaller than 44 × 44 px, described for the failure message. */
async function smallTargets(page: Page) {
	return page.evaluate(() => {
		const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
		const small: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>(selector)) {
			const style = getComputedStyle(el);
			if (style.visibility === 'hidden' || el.getClientRects().length === 0 || el.closest('[hidden], .visually-hidden')) continue;
			const target = el instanceof HTMLInputElement && /^(radio|checkbox)$/.test(el.type) ? (el.closest('label') ?? el) : el;
			const box = target.getBoundingClientRect();
			if (box.width >= 43.5 && box.height >= 43.5) continue;
			// A link inside running text (a sentence with other words around it).
			const inline = el.tagName === 'A' && style.display === 'inline' && (el.parentElement?.textContent ?? '').trim() !== (el.textContent ?? '').trim();
			if (!inline) small.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
		}
		return small;
	});
}

/** What sticks out to the side at this width: the page's own overflow, and any element cut off at the edge. */
async function overflow(page: Page) {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const out: string[] = [];
		if (document.documentElement.scrollWidth > width) out.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${width}px window`);
		for (const el of document.querySelectorAll<HTMLElement>('main *, header *, footer *')) {
			if (el.closest('.visually-hidden, .skip-link') || el.getClientRects().length === 0) continue;
			const box = el.getBoundingClientRect();
			if (box.right > width + 1 || box.left < -1) out.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.left)}–${Math.round(box.right)}`);
		}
		return out.slice(0, 10);
	});
}

for (const screen of screens) {
	test(`${screen.name}: controls of 44 × 44 px or more, and no sideways scrolling at 320 px`, async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await screen.open(page);
		expect.soft(await smallTargets(page), 'phone').toEqual([]);
		await page.setViewportSize({ width: 1024, height: 768 });
		expect.soft(await smallTargets(page), 'desktop').toEqual([]);
		await page.setViewportSize({ width: 320, height: 640 });
		expect.soft(await overflow(page), '320 px, standard text').toEqual([]);
		await page.evaluate(() => {
			document.documentElement.dataset.text = 'largest';
		});
		expect.soft(await overflow(page), '320 px, largest text').toEqual([]);
	});
}

test('the text size chosen in Reading options applies at once and is remembered', async ({ page }) => {
	await screens[0]!.open(page);
	const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
	const standard = await rootSize();
	const toggle = page.getByRole('button', { name: 'Reading options', exact: true });
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await page.getByRole('radio', { name: 'Larger' }).check();
	expect(await rootSize()).toBeCloseTo(standard * 1.4, 0);

	await page.reload();
	await expect(page.locator('main h1')).toBeVisible();
	expect(await rootSize()).toBeCloseTo(standard * 1.4, 0);
	await toggle.click();
	await expect(page.getByRole('radio', { name: 'Larger' })).toBeChecked();
	// Escape closes the panel and puts focus back on its button.
	await page.keyboard.press('Escape');
	await expect(toggle).toBeFocused();
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	// One clearly named key, beside the progress.
	const stored = await page.evaluate((key) => localStorage.getItem(key), PREFERENCES_KEY);
	expect(JSON.parse(stored!)).toMatchObject({ v: 1, text: 'larger' });
});

test('colours: dark and high contrast on request, dark by default where the device is set to dark', async ({ page }) => {
	const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	await page.emulateMedia({ colorScheme: 'light' });
	await screens[0]!.open(page);
	expect(await background()).toBe('rgb(251, 250, 247)');
	await page.getByRole('button', { name: 'Reading options', exact: true }).click();
	await page.getByRole('radio', { name: 'Dark' }).check();
	expect(await background()).toBe('rgb(20, 25, 29)');
	await page.getByRole('radio', { name: 'High contrast' }).check();
	expect(await background()).toBe('rgb(0, 0, 0)');
	await page.getByRole('radio', { name: 'Automatic' }).check();
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await background()).toBe('rgb(20, 25, 29)');
});

test('a lesson prints black on white without header links, buttons or reading controls', async ({ page }) => {
	await page.addInitScript((key) => localStorage.setItem(key, JSON.stringify({ v: 1, theme: 'contrast', text: 'largest' })), PREFERENCES_KEY);
	await screens.find((s) => s.name === 'lesson')!.open(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Reading options', exact: true })).toBeHidden();
	await expect(page.getByRole('link', { name: 'Start the questions' })).toBeHidden();
	const colours = await page.evaluate(() => [getComputedStyle(document.documentElement).color, getComputedStyle(document.documentElement).backgroundColor]);
	expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
	await expect(page.getByText(course.lessons[0]!.title).first()).toBeVisible();
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('16px');
});
