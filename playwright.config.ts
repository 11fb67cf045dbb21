import { defineConfig } from '@playwright/test';

/**
 * Browser tests run in Debian's Chromium (Playwright cannot download browsers here) against the BUILT course,
 * served from a deep LMS-like folder, so what is tested is what ships.
 */
const port = 4174;
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-quic',
	'--no-first-run'
];

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
		trace: 'off'
	},
	webServer: {
		command: `node scripts/serve-course.ts ${port}`,
		url: `http://127.0.0.1:${port}/pluginfile.php/42/mod_scorm/content/1/index.html`,
		reuseExistingServer: false,
		stdout: 'ignore'
	}
});
