import { expect, test } from '@playwright/test';
import { plannedResponse } from '../../src/lib/quiz/sample-responses.testutil.ts';
import { answer, course, itemOnScreen, items, WALK } from './course.ts';
import {
	answerFirst,
	answerNext,
	clearFaults,
	COURSE_ID,
	expectCleanSessions,
	expectLmsHolds,
	expectStatus,
	getLog,
	getStored,
	LEARNER_ID,
	openLms,
	PACKAGE_PATHS,
	PREVIEW,
	relaunch,
	savedAnswers,
	saveStatus,
	setFaults,
	TEXT
} from './faults-helpers.ts';

/** Lesson 5, Safe Use: its questions are all single or multiple choice. */
const SAFE_USE = course.lessons.findIndex((l) => l.slug === 'important-tips-for-safe-use');

/**
 * Fault injection: the course in the local LMS preview with an LMS that fails on purpose (preview/faults.js wraps
 * scorm-again's API). In every scenario the course stays usable, the learner is told what matters, and once the
 * LMS works again it holds every answer given. One or two answers per scenario keep the suite quick.
 * The same faults, every error code and the retry schedule are unit-tested in src/lib/tracking/adapters/*.test.ts.
 */

test.describe.configure({ mode: 'parallel' });

test.describe('an LMS that refuses saves, then recovers', () => {
	const cases = [
		// 1.2 has one failure code for everything: 101 general exception.
		{ version: 'scorm12', name: 'LMSCommit false, 101 general exception', faults: 'commit-fails' },
		// 2004's commit-specific failure.
		{ version: 'scorm2004', name: 'Commit false, 391 general commit failure', faults: 'commit-fails' },
		// An LMS whose API throws (a JavaScript error in its own code).
		{ version: 'scorm2004', name: 'Commit throwing', faults: 'commit-throws' },
		// 2004's SetValue failure code, on the one element that carries all progress.
		{ version: 'scorm2004', name: 'SetValue(cmi.suspend_data) false, 351 general set failure', faults: 'suspend-fails' },
		// The LMS lost the session (idle time-out): 1.2 301 "not initialized" on every SetValue and Commit.
		{ version: 'scorm12', name: 'LMSSetValue / LMSCommit false, 301 not initialized', faults: 'session-lost' }
	] as const;
	for (const [n, { version, name, faults }] of cases.entries()) {
		test(`${version}: ${name}`, async ({ page }) => {
			const frame = await openLms(page, version, faults);
			const first = await answerFirst(frame, WALK);
			// The course goes on; the learner hears, quietly, that saving is being retried.
			await expectStatus(frame, TEXT.retrying);
			await expect(frame.getByRole('link', { name: 'Next question' })).toBeVisible();
			expect(Object.keys(savedAnswers((await getStored(page))?.suspend_data))).not.toContain(first[0].id);
			// Until it reaches the LMS, the newest progress is kept in this browser (the course frame shares the origin).
			expect(await page.evaluate((k) => localStorage.getItem(k), `${COURSE_ID}:lms-backup:${version}:${LEARNER_ID}`)).toContain(first[0].id);

			await clearFaults(page);
			const second = await answerNext(frame, WALK, first[0]);
			await expectStatus(frame, TEXT.saved);
			await expectLmsHolds(page, version, [first, second]);
			// The status line clears itself (checked once: it takes a few seconds).
			if (n === 0) await expect(saveStatus(frame)).toHaveText('', { timeout: 10_000 });
		});
	}
});

test('scorm12: a value refused for good (405 on the response) is not retried and loses nothing else', async ({ page }) => {
	const frame = await openLms(page, 'scorm12', 'response-refused');
	// Safe Use: five single and multiple choice questions (a response as given is the response stored).
	const [item, response] = await answerFirst(frame, SAFE_USE);
	await expect(frame.getByRole('link', { name: 'Next question' })).toBeVisible();
	// Not a failure to save: nothing to retry, nothing to tell.
	await page.waitForTimeout(1200);
	await expect(saveStatus(frame)).toHaveText('');
	const refused = (await getLog(page)).filter((e) => e.method === 'LMSSetValue' && /student_response$/.test(e.args[0]!));
	expect(refused.map((e) => e.errorCode)).toEqual(['405']);
	const cmi = await getStored(page);
	expect(savedAnswers(cmi!.suspend_data)).toHaveProperty(item.id, [response, 1]);
	expect(Object.values(cmi!.interactions as Record<string, { id: string }>).map((i) => i.id)).toEqual([item.id]);
});

test('scorm2004: commits and Terminate fail, the tab is closed: the next launch brings the answers back from this browser', async ({ page }) => {
	const frame = await openLms(page, 'scorm2004', 'commit-fails,terminate-fails');
	const first = await answerFirst(frame, 2);
	await expectStatus(frame, TEXT.retrying);
	const key = `${COURSE_ID}:lms-backup:scorm2004:${LEARNER_ID}`;
	expect(await page.evaluate((k) => localStorage.getItem(k), key)).toContain(first[0].id);
	// The LMS stored nothing of it.
	expect(savedAnswers((await getStored(page))?.suspend_data)).toEqual({});

	// The tab closes while the LMS still fails (its pagehide commit and Terminate fail too)…
	await page.locator('iframe#course').evaluate((f: HTMLIFrameElement) => (f.src = 'about:blank'));
	await expect.poll(async () => (await getLog(page)).some((e) => e.method === 'Terminate' && e.result === 'false')).toBe(true);
	expect(savedAnswers((await getStored(page))?.suspend_data)).toEqual({});
	// …and the next launch finds a working LMS.
	await clearFaults(page);
	await relaunch(page);
	await expect(frame.getByRole('status')).toContainText(TEXT.restored);
	await expectLmsHolds(page, 'scorm2004', [first]);
	// Everything reached the LMS: this browser keeps nothing.
	await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
	await expectCleanSessions(page);
});

test('scorm2004: an LMS that refuses Initialize: the course works, says so, and sends everything once it connects', async ({ page }) => {
	const frame = await openLms(page, 'scorm2004', 'init-fails');
	await expect(frame.getByRole('status')).toContainText(TEXT.notConnected);
	await expect(frame.getByText('Welcome, Jane Doe.')).toHaveCount(0);
	const first = await answerFirst(frame, WALK, false);
	await clearFaults(page);
	// The next checkpoint (or the retry timer) connects; the answers given meanwhile are merged and sent.
	const second = await answerNext(frame, WALK, first[0]);
	await expectStatus(frame, TEXT.saved);
	await expect(frame.getByRole('status')).toHaveCount(0);
	await expectLmsHolds(page, 'scorm2004', [first, second]);
	await expectCleanSessions(page);
});

test('scorm12: a slow LMS (1.5 s per commit) holds the course up but never loses an answer', async ({ page }) => {
	const frame = await openLms(page, 'scorm12', 'slow-commit');
	const first = await answerFirst(frame, 4);
	const second = await answerNext(frame, 4, first[0], false);
	await expect(saveStatus(frame)).toHaveText('');
	await expectLmsHolds(page, 'scorm12', [first, second]);
});

for (const version of ['scorm12', 'scorm2004'] as const) {
	test(`${version}: the tab closed mid-question, on feedback and on results loses at most the answer being given`, async ({ page }) => {
		const frame = await openLms(page, version);
		const lesson = course.lessons[3]!;
		// On feedback: the answer is committed at the checkpoint, before anything else happens.
		const first = await answerFirst(frame, 3);
		await expectLmsHolds(page, version, [first]);
		await relaunch(page);
		await frame.getByRole('link', { name: 'Continue where you left off' }).click();
		await expect(frame.getByRole('heading', { level: 1, name: first[0].prompt })).toBeVisible();
		await expect(frame.getByText('Your answer').first()).toBeVisible();

		// Mid-question: an option chosen but not submitted is all that is lost.
		await frame.getByRole('link', { name: 'Next question' }).click();
		const second = await itemOnScreen(frame, lesson.quiz, first[0]);
		if (second.type === 'single' || second.type === 'multiple') await frame.getByRole(second.type === 'single' ? 'radio' : 'checkbox').first().check();
		await relaunch(page);
		await frame.getByRole('link', { name: 'Continue where you left off' }).click();
		await expect(frame.getByRole('heading', { level: 1, name: second.prompt })).toBeVisible();
		await expect(frame.getByRole('button', { name: 'Check my answer' })).toBeVisible();
		const given = await answer(frame, second, true);

		// On results.
		await frame.getByRole('link', { name: 'My results' }).click();
		await expect(frame.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
		await relaunch(page);
		const cmi = await getStored(page);
		expect(version === 'scorm12' ? cmi!.core.lesson_location : cmi!.location).toBe('/results');
		await frame.getByRole('link', { name: 'Continue where you left off' }).click();
		await expect(frame.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
		await expectLmsHolds(page, version, [first, [second, given]]);
		await expectCleanSessions(page);
	});
}

test.describe('suspend_data the course cannot use as it is', () => {
	const lesson = course.lessons[WALK]!;
	const item = lesson.quiz[0]!;
	const v1 = JSON.stringify({ v: 1, f: course.fingerprint, a: { [item.id]: plannedResponse(item, true) }, l: `/lesson/${lesson.slug}/quiz/2`, t: 1_700_000_000_000 });
	const cases = [
		{ version: 'scorm12', name: 'truncated (an LMS that cuts suspend_data)', data: v1.slice(0, 40), readable: false },
		{ version: 'scorm2004', name: 'random', data: '\u0000%Ö{{"v":2,"a":[[[', readable: false },
		{ version: 'scorm2004', name: 'hostile (prototype pollution, script in the bookmark)', data: '{"v":2,"f":"x","a":{"__proto__":{"polluted":1}},"l":"javascript:alert(1)","t":0}', readable: false },
		{ version: 'scorm12', name: 'from the first release (format v1)', data: v1, readable: true }
	] as const;
	for (const { version, name, data, readable } of cases) {
		test(`${version}: ${name}`, async ({ page }) => {
			const frame = await openLms(page, version, { suspendData: data });
			if (readable) {
				// The first release's answers are kept: the lesson shows one answered, and nothing is said.
				await expect(frame.getByRole('link', { name: 'Continue where you left off' })).toBeVisible();
				await expect(frame.getByRole('link', { name: new RegExp(lesson.title) }).first()).toContainText(`1 of ${lesson.quiz.length} answered`);
				await expect(frame.getByRole('status')).toHaveCount(0);
			} else {
				await expect(frame.getByRole('status')).toContainText(TEXT.unreadable);
				await expect(frame.getByRole('link', { name: 'Start the course' })).toBeVisible();
				expect(await page.evaluate((k) => localStorage.getItem(k), `${COURSE_ID}:lms-backup:${version}:${LEARNER_ID}:unreadable`)).toBe(data);
			}
			expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
			const given = await answerFirst(frame, 0);
			await expectLmsHolds(page, version, [given]);
			// What the course writes now is current and readable.
			const saved = JSON.parse((await getStored(page))!.suspend_data as string) as { v: number; a: Record<string, unknown> };
			expect(saved.v).toBe(2);
			if (readable) expect(Object.keys(saved.a).sort()).toEqual([item.id, given[0].id].sort());
		});
	}
});

test('scorm2004: review and browse modes say so and write nothing scored; no-credit says the attempt does not count', async ({ page }) => {
	const frame = await openLms(page, 'scorm2004', 'review');
	await expect(frame.getByRole('status')).toContainText(TEXT.review);
	const lesson = course.lessons[0]!;
	await frame.getByRole('link', { name: new RegExp(lesson.title) }).first().click();
	await expect(frame.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();

	await setFaults(page, { mode: 'browse' });
	await relaunch(page);
	await expect(frame.getByRole('status')).toContainText(TEXT.browse);
	const scored = (await getLog(page)).filter((e) => e.method === 'SetValue' && /score|status|interactions|objectives/.test(e.args[0]!));
	expect(scored).toEqual([]);

	await setFaults(page, { credit: 'no-credit' });
	await relaunch(page);
	await expect(frame.getByRole('status')).toContainText(TEXT.noCredit);
	const given = await answerFirst(frame, 0);
	await expectLmsHolds(page, 'scorm2004', [given]);
	await expectCleanSessions(page);
});

test.describe('where the API is', () => {
	const version = 'scorm2004';
	const courseUrl = `${PACKAGE_PATHS[version]}index.html`;
	/** An LMS page on the preview's origin that makes its own scorm-again API (or none) and hosts the course. */
	const host = (body: string) =>
		`<!doctype html><html lang="en"><title>LMS</title><script src="/vendor/scorm-again/scorm2004.js"></script>
<script>
	window.makeApi = () => {
		const api = new Scorm2004API({ autocommit: false, logLevel: 5 });
		api.loadFromJSON({ learner_id: 'host_1', learner_name: 'Jane Doe' }, '');
		window.calls = [];
		for (const m of ['Initialize', 'Terminate', 'SetValue', 'Commit']) {
			const f = api[m].bind(api);
			api[m] = (...a) => (window.calls.push(m), f(...a));
		}
		return api;
	};
</script>${body}</html>`;

	test('no API anywhere: the course is the web page, keeping progress in this browser', async ({ page }) => {
		await page.route('**/lms/host/none.html', (r) => r.fulfill({ contentType: 'text/html', body: host(`<iframe title="Course" src="${courseUrl}"></iframe>`) }));
		await page.goto(`${PREVIEW}lms/host/none.html`);
		const frame = page.frameLocator('iframe');
		const [item] = await answerFirst(frame, 0);
		await expect(frame.getByText('Welcome, Jane Doe.')).toHaveCount(0);
		// After the short wait for a late API, the answer is in this browser's standalone progress.
		await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), `${COURSE_ID}:progress`), { timeout: 5000 }).toContain(item.id);
	});

	test('an API that appears 0.7 s after the course started is found and used', async ({ page }) => {
		await page.route('**/lms/host/late.html', (r) =>
			r.fulfill({
				contentType: 'text/html',
				body: host(`<iframe title="Course" src="${courseUrl}"></iframe><script>setTimeout(() => (window.API_1484_11 = makeApi()), 700);</script>`)
			})
		);
		await page.goto(`${PREVIEW}lms/host/late.html`);
		const frame = page.frameLocator('iframe');
		await expect(frame.getByText('Welcome, Jane Doe.')).toBeVisible({ timeout: 5000 });
		const [item] = await answerFirst(frame, 0);
		const ids = await page.evaluate(() => Object.values((window as never as { API_1484_11: { renderCMIToJSONObject(): { cmi: { interactions: Record<string, { id: string }> } } } }).API_1484_11.renderCMIToJSONObject().cmi.interactions).map((i) => i.id));
		expect(ids).toEqual([item.id]);
		// Nothing landed in this browser: not in standalone storage, and no backup (the LMS has everything).
		expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
	});

	test('the API only on window.opener: a course opened as a popup reports to the window that opened it', async ({ page }) => {
		await page.route('**/lms/host/opener.html', (r) => r.fulfill({ contentType: 'text/html', body: host(`<script>window.API_1484_11 = makeApi();</script><h1>LMS</h1>`) }));
		await page.goto(`${PREVIEW}lms/host/opener.html`);
		const [popup] = await Promise.all([page.waitForEvent('popup'), page.evaluate((url) => void window.open(url, 'course'), courseUrl)]);
		await expect(popup.getByText('Welcome, Jane Doe.')).toBeVisible();
		const lesson = course.lessons[0]!;
		await popup.getByRole('link', { name: new RegExp(lesson.title) }).first().click();
		await popup.getByRole('link', { name: 'Start the questions' }).click();
		const item = await itemOnScreen(popup, lesson.quiz);
		await answer(popup, item, true);
		await popup.close({ runBeforeUnload: true });
		// Closing the popup ends the session properly: Initialize once, commits, Terminate once, last.
		await expect.poll(() => page.evaluate(() => (window as never as { calls: string[] }).calls.at(-1))).toBe('Terminate');
		const calls = await page.evaluate(() => (window as never as { calls: string[] }).calls);
		expect(calls.filter((c) => c === 'Initialize')).toHaveLength(1);
		expect(calls.filter((c) => c === 'Terminate')).toHaveLength(1);
		expect(calls).toContain('Commit');
		const cmi = await page.evaluate(() => (window as never as { API_1484_11: { renderCMIToJSONObject(): { cmi: Record<string, unknown> } } }).API_1484_11.renderCMIToJSONObject().cmi);
		expect(Object.keys(savedAnswers(cmi.suspend_data))).toEqual([item.id]);
	});
});

test('items are what the tests think they are', () => {
	// Guards the scenarios above: lessons 2, 3 and 4 have at least two questions, the walking lesson three, and Safe
	// Use only choice questions.
	for (const n of [2, 3, 4]) expect(course.lessons[n]!.quiz.length).toBeGreaterThanOrEqual(2);
	expect(course.lessons[WALK]!.quiz.length).toBeGreaterThanOrEqual(3);
	expect(course.lessons[SAFE_USE]!.quiz.every((q) => q.type === 'single' || q.type === 'multiple')).toBe(true);
	expect(items.length).toBeGreaterThan(0);
});
