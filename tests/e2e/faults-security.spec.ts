import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { answer, COURSE_URL, course, itemOnScreen, openQuestion, WALK } from './course.ts';
import { answerFirst, LEARNER_ID, openLms, PACKAGE_PATHS } from './faults-helpers.ts';

/**
 * Security and storage: the built course ships a strict Content-Security-Policy and runs under it without a single
 * violation; it requests nothing outside its folder, in an LMS too; and it keeps nothing in the browser but the
 * learner's progress, which "Start again" erases.
 */

/** Collects CSP violations in every frame of the page. */
async function watchCsp(page: Page) {
	await page.addInitScript(() => {
		const w = window as never as { __csp: string[] };
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample} ${location.hash} ${(e.target as Element)?.outerHTML?.slice(0, 300) ?? ""} ${e.sourceFile}:${e.lineNumber}`));
	});
	const console: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) console.push(m.text());
	});
	return console;
}

test('the built course has a strict Content-Security-Policy: no unsafe-inline, no unsafe-eval, hashes only', () => {
	const html = readFileSync('build/index.html', 'utf8');
	const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
	expect(csp).toBeDefined();
	const directives: Record<string, string[]> = Object.fromEntries(csp!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
	expect(directives['default-src']).toEqual(["'self'"]);
	expect(directives['script-src']![0]).toBe("'self'");
	expect(directives['script-src']!.slice(1).every((v) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(v))).toBe(true);
	expect(directives['style-src']![0]).toBe("'self'");
	expect(directives['style-src']!.slice(1).every((v) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(v))).toBe(true);
	expect(directives['img-src']).toEqual(["'self'", 'data:']);
	expect(directives['connect-src']).toEqual(["'self'"]);
	expect(directives['object-src']).toEqual(["'none'"]);
	expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
	// One exception, as narrow as CSP allows: SvelteKit's route announcer's own style attribute, by hash.
	expect(directives['style-src-attr']![0]).toBe("'unsafe-hashes'");
	expect(directives['style-src-attr']!.slice(1).every((v) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(v))).toBe(true);
	expect(Object.entries(directives).filter(([, v]) => v!.includes("'unsafe-hashes'")).map(([k]) => k)).toEqual(['style-src-attr']);
	// The policy comes before the inline bundle and styles it governs.
	expect(html.indexOf('http-equiv="content-security-policy"')).toBeLessThan(html.search(/<(script|style)[\s>]/));
});

test("the route announcer's style, as the browser has it, is the one the CSP allows, and it hides the announcer", async ({ page }) => {
	const cspConsole = await watchCsp(page);
	const lesson = course.lessons[0]!;
	await page.goto(COURSE_URL);
	await page.getByRole('link', { name: lesson.title }).first().click();
	const announcer = page.locator('#svelte-announcer');
	await expect(announcer).toHaveText(new RegExp(lesson.title));
	// The build adds this hash from its own output (scripts/csp-announcer-hash.ts); here it is computed from the DOM.
	const style = (await announcer.getAttribute('style'))!;
	expect(style).toContain('position: absolute');
	const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'))!;
	const styleAttr = policy.split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === 'style-src-attr') ?? [];
	expect(styleAttr).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
	// Allowed, so applied: a 1-pixel box, clipped, not a line of text under the course.
	expect(await announcer.evaluate((e) => [getComputedStyle(e).position, e.getBoundingClientRect().width])).toEqual(['absolute', 1]);
	expect(await page.evaluate(() => (window as never as { __csp: string[] }).__csp)).toEqual([]);
	expect(cspConsole).toEqual([]);
});

test('the web page runs under its CSP without a violation, and keeps nothing but progress, which "Start again" erases', async ({ page }) => {
	const cspConsole = await watchCsp(page);
	const key = `${course.settings.id}:progress`;
	const lesson = course.lessons[WALK]!;
	const first = await openQuestion(page, lesson.slug, 1);
	await answer(page, first, true);
	await page.getByRole('link', { name: 'Next question' }).click();
	const second = await itemOnScreen(page, lesson.quiz, first);
	await answer(page, second, false);
	await page.getByRole('link', { name: 'My results' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();

	expect(await page.evaluate(() => (window as never as { __csp: string[] }).__csp)).toEqual([]);
	expect(cspConsole).toEqual([]);
	// Only the progress: no other key, nothing in sessionStorage, no cookie.
	expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([key]);
	expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
	expect(await page.context().cookies()).toEqual([]);
	expect(Object.keys(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key))!).a).sort()).toEqual([first.id, second.id].sort());

	page.once('dialog', (d) => void d.accept());
	await page.goto(COURSE_URL);
	await page.getByRole('button', { name: 'Start again' }).click();
	await expect(page.getByRole('link', { name: 'Start the course' })).toBeVisible();
	expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([key]);
	expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key))!).a).toEqual({});
});

test('in an LMS: no request outside the package folder, no CSP violation, nothing left in the browser once saved', async ({ page }) => {
	const cspConsole = await watchCsp(page);
	const outside: string[] = [];
	page.on('request', (req) => {
		const frame = req.frame();
		// The course's own requests: everything its frame (or a worker it starts) asks for.
		if (frame === page.mainFrame()) return;
		const url = new URL(req.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:' || url.href === 'about:blank') return;
		if (!url.pathname.startsWith(PACKAGE_PATHS.scorm12)) outside.push(req.url());
	});
	const frame = await openLms(page, 'scorm12');
	await answerFirst(frame, 0);
	await frame.getByRole('link', { name: 'My results' }).click();
	await expect(frame.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
	expect(outside).toEqual([]);
	expect(await page.frame({ url: /mod_scorm/ })!.evaluate(() => (window as never as { __csp: string[] }).__csp)).toEqual([]);
	expect(cspConsole).toEqual([]);
	// The LMS has everything, so the course keeps no backup (the preview's own keys are the LMS's, not ours).
	const keys = await page.evaluate(() => Object.keys(localStorage));
	expect(keys.filter((k) => !k.startsWith('lms-preview:'))).toEqual([]);
	expect(keys.some((k) => k.includes(LEARNER_ID))).toBe(false);
});
