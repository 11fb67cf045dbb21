import { defineConfig } from '@playwright/test';
import { chromiumArgs } from '../../playwright.config.ts';

/**
 * The cmi5 conformance suite (`npm run test:cmi5`): the cmi5 zip in ADL's CATAPULT conformance test suite, with a
 * real LRS behind it (see cts.ts). One worker: the tests share the imported course.
 */
export default defineConfig({
	testDir: '.',
	testMatch: '*.spec.ts',
	workers: 1,
	timeout: 600_000,
	expect: { timeout: 15_000 },
	forbidOnly: !!process.env.CI,
	reporter: [['list']],
	outputDir: '../../test-results/cmi5',
	use: {
		browserName: 'chromium',
		launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
		trace: 'off'
	}
});
