import { expect, type Frame, type Page } from '@playwright/test';

/** The LMS preview page with the SCO probe (tests/fixtures/sco-probe) in its course frame: helpers its specs share. */

/** The probe's frame (the course frame, once it shows the package). */
export function probeFrame(page: Page): Frame {
	const frame = page.frames().find((f) => f.url().includes('/mod_scorm/content/'));
	if (!frame) throw new Error('course frame not found');
	return frame;
}

/** Waits until launch `n` of this page has started and the probe has committed. */
export async function sessionReady(page: Page, n: number) {
	await page.waitForFunction((n) => window.previewLms?.launch?.number === n && window.previewLms.launch.state !== 'not initialized', n);
	await expect(page.frameLocator('#course').locator('#state')).toHaveText('committed');
}
