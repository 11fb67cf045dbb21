import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../playwright.config.ts';
import { startStaticServer } from './static-server.ts';

/**
 * Screenshots of the main screens at phone and tablet size, for README and for looking at the course as a
 * patient would: `node scripts/screenshots.ts` after `npm run build`. Writes docs/screenshots/*.png.
 */
const port = 4199;
const folder = '/pluginfile.php/42/mod_scorm/content/1/';
const server = await startStaticServer([{ prefix: folder, dir: 'build' }], port);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
const out = 'docs/screenshots';
mkdirSync(out, { recursive: true });

const screens: [name: string, hash: string, act?: (p: import('@playwright/test').Page) => Promise<void>][] = [
	['start', '#/'],
	['lesson', '#/lesson/side-effects-of-baclofen'],
	['question', '#/lesson/side-effects-of-baclofen/quiz/1'],
	[
		'feedback',
		'#/lesson/side-effects-of-baclofen/quiz/1',
		async (p) => {
			await p.getByLabel('Taper it down gradually, under medical supervision').check();
			await p.getByRole('button', { name: 'Check my answer' }).click();
		}
	],
	['results', '#/results']
];

for (const [device, viewport] of [
	['phone', { width: 390, height: 844 }],
	['tablet', { width: 820, height: 1180 }]
] as const) {
	const page = await browser.newPage({ viewport });
	for (const [name, hash, act] of screens) {
		await page.goto(`http://127.0.0.1:${port}${folder}index.html${hash}`);
		await page.waitForLoadState('networkidle');
		await act?.(page);
		await page.waitForTimeout(200);
		await page.screenshot({ path: `${out}/${name}-${device}.png`, fullPage: name !== 'start' });
	}
	await page.close();
}
await browser.close();
server.close();
console.log(`Screenshots written to ${out}/`);
