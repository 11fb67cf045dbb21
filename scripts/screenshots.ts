import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs } from '../playwright.config.ts';
import { startStaticServer } from './static-server.ts';

/**
 * Screenshots of the main screens at phone and tablet size, for README and for looking at the course as a
 * patient would: `node scripts/screenshots.ts` after `npm run build`. Writes docs/screenshots/*.png.
 * Each screen starts from a fresh browser (nothing saved), with the reading preferences it names.
 */
const port = 4199;
const folder = '/pluginfile.php/42/mod_scorm/content/1/';
const server = await startStaticServer([{ prefix: folder, dir: 'build' }], port);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
const out = 'docs/screenshots';
mkdirSync(out, { recursive: true });
mkdirSync('test-results', { recursive: true });
const url = (hash: string) => `http://127.0.0.1:${port}${folder}index.html${hash}`;
/** A fresh page load (a goto that only changes the hash can race the hash router). Saved progress is kept. */
const open = async (p: Page, hash: string) => {
	await p.goto('about:blank');
	await p.goto(url(hash));
	await p.locator('main h1').waitFor();
};

/** Reading preferences as the course stores them (`<courseId>:preferences`). */
type Prefs = { text?: string; theme?: string; patient?: boolean };

interface Screen {
	name: string;
	hash: string;
	prefs?: Prefs;
	act?: (p: Page) => Promise<void>;
	/** Only the first screenful (default: the whole page). */
	fold?: boolean;
}

/** The stopping question's options: a wrong one (corrected at once) and the right one. */
const WRONG_STOP = 'Yes. Your legs feel better, so you can stop it abruptly, today.';
const RIGHT_STOP = 'Not abruptly. It must be tapered down gradually under medical supervision, to avoid withdrawal symptoms.';

/** Opens the side-effects question about stopping baclofen (question order is shuffled per attempt). */
const openStopping = async (p: Page) => {
	for (let n = 1; n <= 8; n++) {
		await open(p, `#/lesson/side-effects-of-baclofen/quiz/${n}`);
		if (await p.getByLabel(WRONG_STOP).count()) return;
	}
};
const answer = async (p: Page, option: string) => {
	await openStopping(p);
	await p.getByLabel(option).check();
	await p.getByRole('button', { name: 'Check my answer' }).click();
};

/** Opens a lesson's question by its words (question order is shuffled per attempt). */
const openQuestion = async (p: Page, slug: string, prompt: string) => {
	for (let n = 1; n <= 8; n++) {
		await open(p, `#/lesson/${slug}/quiz/${n}`);
		if (await p.getByRole('heading', { level: 1, name: prompt }).count()) return;
	}
};

/**
 * A patient session that got one safety question wrong and said "True" to a false statement, ending on the plan
 * (which must print the true statement, never the false one).
 */
const patientSession = async (p: Page) => {
	await answer(p, WRONG_STOP);
	await openQuestion(p, 'side-effects-of-baclofen', 'You run out of baclofen. Your refill will be ready in 3 days. It is fine to go without it until then.');
	await p.getByLabel('True', { exact: true }).check();
	await p.getByRole('button', { name: 'Check my answer' }).click();
	await open(p, '#/plan');
};

const screens: Screen[] = [
	{ name: 'start', hash: '#/', fold: true },
	{ name: 'lesson', hash: '#/lesson/side-effects-of-baclofen' },
	// Word meanings under the text that first uses each word, and the picture of a calmed nerve signal.
	{ name: 'lesson-how', hash: '#/lesson/how-does-baclofen-work' },
	{ name: 'lesson-tips', hash: '#/lesson/important-tips-for-safe-use', prefs: { theme: 'dark' } },
	{ name: 'question', hash: '#/', act: openStopping },
	{ name: 'feedback', hash: '#/', act: (p) => answer(p, RIGHT_STOP) },
	{
		name: 'results',
		hash: '#/',
		act: async (p) => {
			await answer(p, RIGHT_STOP);
			await open(p, '#/results');
		}
	},
	{
		name: 'reading-options',
		hash: '#/lesson/what-is-baclofen',
		fold: true,
		act: (p) => p.getByRole('button', { name: 'Reading options', exact: true }).click()
	},
	{ name: 'lesson-dark', hash: '#/lesson/side-effects-of-baclofen', prefs: { theme: 'dark' } },
	{ name: 'lesson-contrast', hash: '#/lesson/side-effects-of-baclofen', prefs: { theme: 'contrast' } },
	{ name: 'lesson-largest', hash: '#/lesson/common-uses-of-baclofen', prefs: { text: 'largest' }, fold: true },
	{ name: 'patient-start', hash: '#/?mode=patient', fold: true },
	{ name: 'plan', hash: '#/?mode=patient', act: patientSession },
	{ name: 'feedback-safety-wrong', hash: '#/', act: (p) => answer(p, WRONG_STOP) }
];

for (const [device, viewport] of [
	['phone', { width: 390, height: 844 }],
	['tablet', { width: 820, height: 1180 }]
] as const) {
	for (const { name, hash, prefs, act, fold } of screens) {
		const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
		if (prefs) await context.addInitScript((p) => localStorage.setItem('baclofen_patient_education:preferences', JSON.stringify({ v: 1, ...p })), prefs);
		const page = await context.newPage();
		await open(page, hash);
		await page.waitForLoadState('networkidle');
		await act?.(page);
		await page.waitForTimeout(200);
		await page.screenshot({ path: `${out}/${name}-${device}.png`, fullPage: !fold });
		await context.close();
	}
}

// The take-home plan as it prints (A4 width at 96 dpi), for README.
{
	// bypassCSP: the page margins below are added as a style tag, which the course's CSP would refuse.
	const context = await browser.newContext({ viewport: { width: 794, height: 1123 }, serviceWorkers: 'block', bypassCSP: true });
	const page = await context.newPage();
	await open(page, '#/?mode=patient');
	await patientSession(page);
	await page.getByLabel('Clinician’s notes').fill('Explained tapering with the patient. Review in 2 weeks.');
	await page.emulateMedia({ media: 'print' });
	// A screenshot has no @page margins: draw the sheet's (16 mm × 15 mm) so it looks like the paper.
	await page.addStyleTag({ content: 'body { padding: 16mm 15mm; }' });
	await page.waitForTimeout(200);
	await page.screenshot({ path: `${out}/plan-print.png`, fullPage: true });
	// For checking page breaks: test-results/ is not committed.
	await page.pdf({ path: 'test-results/plan-print.pdf', format: 'A4' });
	await context.close();
}

await browser.close();
server.close();
console.log(`Screenshots written to ${out}/`);
