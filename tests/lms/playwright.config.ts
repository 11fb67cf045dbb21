import { defineConfig } from '@playwright/test';
import { chromiumArgs } from '../../playwright.config.ts';

/**
 * The real-LMS suite (`npm run test:lms`): the packaged zips in a real Moodle 5 (see moodle.ts). One worker: the
 * tests share Moodle's student and its attempts.
 */
export default defineConfig({
	testDir: '.',
	testMatch: '*.spec.ts',
	workers: 1,
	timeout: 180_000,
	expect: { timeout: 15_000 },
	forbidOnly: !!process.env.CI,
	reporter: [['list']],
	outputDir: '../../test-results/lms',
	use: {
		browserName: 'chromium',
		launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
		trace: 'off'
	}
});
