import { defineConfig } from '@playwright/test';

/**
 * Tests of the LMS preview itself (scripts/preview, preview/), with a tiny probe SCO as the package:
 * `npx playwright test -c tests/preview/playwright.config.ts`.
 */
const port = Number(process.env.PREVIEW_TEST_PORT ?? 4185);

export default defineConfig({
	testDir: '.',
	testMatch: '*.spec.ts',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	reporter: [['list']],
	outputDir: '../../test-results/preview-harness',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		launchOptions: {
			executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run']
		},
		trace: 'off'
	},
	webServer: {
		command: `node serve-probe.ts ${port}`,
		cwd: import.meta.dirname,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		stdout: 'ignore',
		// Playwright kills the server with SIGKILL unless told otherwise: SIGTERM lets it remove its temporary folder.
		gracefulShutdown: { signal: 'SIGTERM', timeout: 2000 }
	}
});
