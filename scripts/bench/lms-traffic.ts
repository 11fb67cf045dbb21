import { join } from 'node:path';
import { chromium, type Browser, type Frame, type FrameLocator, type Page } from '@playwright/test';
import { chromiumArgs } from '../../playwright.config.ts';
import { loadCourse } from '../content/build-course.ts';
import type { QuizItem } from '../../src/lib/content/types.ts';
import { isChoice, optionsOf } from '../../src/lib/quiz/options.ts';
import type { MatchPair } from '../../src/lib/quiz/questions/matching.ts';
import { plannedResponse } from '../../src/lib/quiz/sample-responses.testutil.ts';
import type { Response } from '../../src/lib/quiz/scoring.ts';
import { SCORM_VERSIONS as VERSIONS, type ScormVersion } from '../../src/lib/tracking/scorm/data-model.ts';
import { startPreview } from '../preview/start-preview.ts';
import { analyseLog, METHODS, type LmsTraffic } from './lms-log.ts';
import { withTimeout } from './timeouts.ts';

/**
 * What the LMS receives from one learner: a complete walk of the packaged course in the local LMS preview
 * (scorm-again), once per SCORM version, clicking as a learner does, then leaving (pagehide → Terminate).
 * Every API call is in `previewLms.log`; we mark in it where each answer was submitted and where the exit began,
 * so commits can be attributed to checkpoints.
 *
 * The walk reads the screen instead of following a fixed script (start → lessons → quizzes → final → results),
 * so a new screen in the flow does not break the benchmark as long as its buttons say what they do.
 * Same answers as the e2e LMS walk: every third question (authored order) is answered wrongly.
 */

/** Every third item answered wrongly, as in tests/e2e/scorm-lms.spec.ts. */
const rightAt = (i: number) => i % 3 !== 2;
/** Per screen: generous for a slow 2-core machine, short enough that a stuck walk fails fast. */
const STEP_MS = 15_000;
/** Both walks together: about 25 s on a quiet 2-core machine, 100 s when it is heavily loaded. */
const WALK_MS = 240_000;
/** A course never needs this many screens; more means the walk is going round in circles. */
const MAX_STEPS = 400;

/** Gives a response through the item's own controls (as tests/e2e/course.ts does, without its assertions). */
async function give(scope: FrameLocator, item: QuizItem, response: Response): Promise<void> {
	if (isChoice(item)) {
		const ids = typeof response === 'boolean' ? [String(response)] : typeof response === 'string' ? [response] : (response as string[]);
		for (const option of optionsOf(item).filter((o) => ids.includes(o.id))) {
			await scope.getByLabel(option.text, { exact: true }).check({ timeout: STEP_MS });
		}
		return;
	}
	switch (item.type) {
		case 'ordering': {
			for (const [place, id] of (response as string[]).entries()) {
				const text = item.options.find((o) => o.id === id)!.text;
				for (let moves = 0; moves < item.options.length; moves++) {
					const texts = await scope.locator('ol li').allInnerTexts();
					if (texts.findIndex((t) => t.includes(text)) <= place) break;
					await scope.getByRole('listitem').filter({ hasText: text }).getByRole('button', { name: 'Move up' }).click({ timeout: STEP_MS });
				}
			}
			return;
		}
		case 'matching':
			for (const [left, right] of response as MatchPair[]) {
				const label = item.prompts.find((p) => p.id === left)!.text;
				await scope.getByLabel(label, { exact: true }).selectOption(right, { timeout: STEP_MS });
			}
			return;
		case 'fill-in':
			await scope.getByLabel('Your answer').fill(response as string, { timeout: STEP_MS });
			return;
	}
}

interface Screen {
	h1: string;
	links: string[];
	buttons: string[];
}

/** The course screen as a learner scans it: the main heading and what can be clicked. */
function readScreen(frame: Frame): Promise<Screen> {
	return frame.evaluate(() => {
		const name = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
		const shown = (el: Element) => (el as HTMLElement).offsetParent !== null;
		return {
			h1: name(document.querySelector('h1') ?? document.body).slice(0, 300),
			links: [...document.querySelectorAll('a[href]')].filter(shown).map(name),
			buttons: [...document.querySelectorAll('button')].filter(shown).map(name)
		};
	});
}

/** The link a learner follows next, in order of preference (the flow's forward buttons). */
const FORWARD: RegExp[] = [
	/^Start the course$/,
	/^Start the questions$/,
	/^Start the final check$/,
	/^Next question$/,
	/^See how you did$/,
	/^Next lesson: /,
	/^Next: /,
	/^See your results$/
];

async function walk(page: Page, items: QuizItem[]): Promise<{ checkpoints: number[] }> {
	const logLength = () => page.evaluate(() => window.previewLms.log.length);
	const scope = page.frameLocator('#course');
	const frame = page.frames().find((f) => f.url().includes('/mod_scorm/content/'));
	if (!frame) throw new Error('The course frame did not load in the LMS preview.');
	const byPrompt = new Map(items.map((item, i) => [item.prompt, { item, right: rightAt(i) }]));
	const checkpoints: number[] = [];
	await frame.waitForSelector('h1', { timeout: STEP_MS });

	for (let step = 0; step < MAX_STEPS; step++) {
		const screen = await readScreen(frame);
		if (screen.h1 === 'Your results') return { checkpoints };

		const isQuestion = screen.buttons.includes('Check my answer');
		if (isQuestion) {
			const known = byPrompt.get(screen.h1);
			if (!known) throw new Error(`A question the course data does not have: "${screen.h1}"`);
			await give(scope, known.item, plannedResponse(known.item, known.right));
			checkpoints.push(await logLength());
			await scope.getByRole('button', { name: 'Check my answer' }).click({ timeout: STEP_MS });
			await scope
				.getByRole('heading', { name: /^(Correct, well done\.|Not quite)/ })
				.first()
				.waitFor({ timeout: STEP_MS });
			// Move on (a wrong answer leaves its "Try again" unused, as the e2e walk does).
		}

		// After an answer the screen has grown its way forward ("Next question"…): read it again.
		const after = isQuestion ? await readScreen(frame) : screen;
		const label = FORWARD.map((re) => after.links.find((l) => re.test(l))).find((l) => l !== undefined);
		if (!label) {
			throw new Error(`Stuck on the screen "${after.h1}": no way forward among links [${after.links.join(' | ')}]`);
		}
		await scope.getByRole('link', { name: label, exact: true }).first().click({ timeout: STEP_MS });
		// Wait for the next screen (its main heading differs from this one's).
		await frame.waitForFunction((before) => document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() !== before, after.h1, {
			timeout: STEP_MS
		});
	}
	throw new Error(`The walk took more than ${MAX_STEPS} screens without reaching "Your results".`);
}

async function walkVersion(browser: Browser, previewUrl: string, version: ScormVersion, items: QuizItem[]): Promise<LmsTraffic> {
	// A fresh context: empty localStorage, so the preview starts a new attempt (entry = ab-initio).
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		page.setDefaultTimeout(STEP_MS);
		await page.goto(`${previewUrl}?v=${version}`);
		await page.evaluate(() => window.previewLms.ready);
		const { checkpoints } = await walk(page, items).catch((error: unknown) => {
			throw new Error(`SCORM ${version} walk: ${error instanceof Error ? error.message : String(error)}`);
		});
		// The learner leaves: the LMS unloads the course frame; its pagehide handler must Terminate.
		const exitAt = await page.evaluate(() => window.previewLms.log.length);
		await page.locator('#course').evaluate((frame: HTMLIFrameElement) => (frame.src = 'about:blank'));
		await page.waitForFunction(() => window.previewLms.launch?.state === 'terminated', undefined, { timeout: STEP_MS }).catch(() => {
			throw new Error(`SCORM ${version}: the course did not call ${METHODS[version].finish} when its frame was unloaded.`);
		});
		const log = await page.evaluate(() => window.previewLms.log);
		return analyseLog(version, log, checkpoints, exitAt);
	} finally {
		await context.close().catch(() => {});
	}
}

/** Walks the packaged course in each SCORM version (in parallel: two tabs of one browser) and analyses the calls. */
export async function measureLmsTraffic(root: string): Promise<Record<ScormVersion, LmsTraffic>> {
	const { course } = await loadCourse(join(root, 'content'));
	const items = course.lessons.flatMap((l) => l.quiz);
	// Unpack into a scratch folder, not dist/preview, so a running `npm start` or e2e run is not disturbed.
	const preview = await startPreview(0, { outDir: join(root, 'bench/tmp/preview') });
	let browser: Browser | undefined;
	try {
		browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: chromiumArgs, timeout: 30_000 });
		const b = browser;
		const results = await withTimeout(
			Promise.all(VERSIONS.map((v) => walkVersion(b, preview.url, v, items))),
			WALK_MS,
			'The LMS walks',
			() => b.close()
		);
		return Object.fromEntries(VERSIONS.map((v, i) => [v, results[i]!])) as Record<ScormVersion, LmsTraffic>;
	} finally {
		await browser?.close().catch(() => {});
		await preview.close().catch(() => {});
	}
}
