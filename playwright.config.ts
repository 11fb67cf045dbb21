import { defineConfig } from '@playwright/test';

/**
 * Browser tests run in Debian's Chromium (Playwright cannot download browsers here) against the BUILT course,
 * served from a deep LMS-like folder, so what is tested is what ships.
 */
const port = Number(process.env.E2E_PORT ?? 4174);
process.env.PREVIEW_URL ??= `http://127.0.0.1:${port + 1}/`;
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
	// A full walk answers ~30 questions through an LMS frame: allow for a slow machine.
	timeout: 90_000,
	workers: 2,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
		trace: 'off'
	},
	webServer: [
		{
			// The plain build, as the standalone web page and as an LMS folder without an API.
			command: `node scripts/serve-course.ts ${port}`,
			url: `http://127.0.0.1:${port}/pluginfile.php/42/mod_scorm/content/1/index.html`,
			reuseExistingServer: false,
			stdout: 'ignore'
		},
		{
			// The packaged zips, unpacked and hosted by scorm-again in the local LMS preview.
			command: `node scripts/preview/start-preview.ts ${port + 1}`,
			url: `http://127.0.0.1:${port + 1}/`,
			reuseExistingServer: false,
			stdout: 'ignore'
		}
	]
});
