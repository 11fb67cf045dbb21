import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { screens } from './a11y-screens.ts';

/**
 * axe-core on every kind of screen, in each colour theme: WCAG 2.0–2.2 A and AA with zero violations, plus the
 * AAA enhanced contrast (7:1) the course promises for its text. A theme is switched the way the Reading options do
 * it (an attribute on <html>), so one page serves all three.
 */
const themes = ['light', 'dark', 'contrast'] as const;

async function violations(page: Page) {
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.options({ rules: { 'color-contrast-enhanced': { enabled: true } } })
		.analyze();
	return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
}

for (const screen of screens) {
	test(`${screen.name}: no accessibility violations in light, dark and high-contrast themes`, async ({ page }) => {
		await screen.open(page);
		for (const theme of themes) {
			await page.evaluate((t) => {
				document.documentElement.dataset.theme = t;
			}, theme);
			expect.soft(await violations(page), `${theme} theme`).toEqual([]);
		}
	});
}

test('the page says its language, has landmarks and a working skip link', async ({ page }) => {
	await screens[0]!.open(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('banner')).toHaveCount(1);
	await expect(page.getByRole('main')).toHaveCount(1);
	await expect(page.getByRole('contentinfo')).toHaveCount(1);
	await expect(page.getByRole('navigation', { name: 'Course' })).toBeVisible();
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('main')).toBeFocused();
});

test('answer feedback is announced through a live region', async ({ page }) => {
	const screen = screens.find((s) => s.name.startsWith('feedback wrong'))!;
	await screen.open(page);
	const feedback = page.getByRole('heading', { name: /^Not quite/ });
	await expect(feedback).toBeFocused();
	await expect(page.locator('[aria-live="polite"]').filter({ has: feedback })).toHaveCount(1);
	// Right and wrong are told by words and an icon, never by colour alone.
	await expect(feedback).toContainText('!');
});
