import { expect, type FrameLocator, type Page } from '@playwright/test';
import type { QuizItem } from '../../src/lib/content/types.ts';
import type { Response } from '../../src/lib/quiz/scoring.ts';
import { learnerResponse } from '../../src/lib/tracking/scorm/responses.ts';
import { PACKAGE_PATHS } from '../../preview/lms-paths.ts';
import type { ScormVersion } from '../../src/lib/tracking/scorm/data-model.ts';
import type { PreviewLogEntry } from '../preview/preview-lms.ts';
import { answer, course, itemOnScreen } from './course.ts';

/**
 * Helpers for the fault-injection tests: the LMS preview with preview/faults.js loaded (`?faults=…`), a learner
 * answering one or two questions, and checks of what the LMS (scorm-again) holds.
 */

export type Version = ScormVersion;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the data model is read by path
export type Cmi = Record<string, any>;

/** `window.previewFaults` (preview/faults.js). */
export interface PreviewFaults {
	set(spec: Record<string, unknown>): void;
	add(...rules: Record<string, unknown>[]): void;
	clear(): void;
}

export const PREVIEW = process.env.PREVIEW_URL!;
export const COURSE_ID = course.settings.id;
export const LEARNER_ID = 'learner_0042';
export { PACKAGE_PATHS };

/** The learner-facing texts (src/lib/tracking/adapters/scorm.ts MESSAGES). */
export const TEXT = {
	retrying: 'Progress not saved yet — retrying.',
	local: 'Progress not saved to your learning system yet.',
	saved: 'All your progress is saved.',
	notConnected: 'could not connect to your learning system',
	restored: 'Your last answers had not reached your learning system',
	review: 'You are reviewing this course',
	browse: 'You are browsing this course',
	noCredit: 'does not count towards your grade',
	unreadable: 'could not read your saved progress'
};

/** Opens the LMS preview for a version, with faults (preset names or a JSON spec); returns the course frame. */
export async function openLms(page: Page, version: Version, faults: string | Record<string, unknown> = 'none'): Promise<FrameLocator> {
	const spec = typeof faults === 'string' ? faults : JSON.stringify(faults);
	await page.goto(`${PREVIEW}?v=${version}&faults=${encodeURIComponent(spec)}`);
	await page.evaluate(() => window.previewLms.ready);
	return page.frameLocator('iframe#course');
}

export const setFaults = (page: Page, spec: Record<string, unknown>) =>
	page.evaluate((s) => (window as never as { previewFaults: PreviewFaults }).previewFaults.set(s), spec);
export const clearFaults = (page: Page) => page.evaluate(() => (window as never as { previewFaults: PreviewFaults }).previewFaults.clear());

export const getData = (page: Page): Promise<Cmi> => page.evaluate(() => window.previewLms.getData()!.cmi as Cmi);
/** What the LMS stored at the last successful Commit / Terminate (what the next launch starts from). */
export const getStored = (page: Page): Promise<Cmi | null> => page.evaluate(() => (window.previewLms.stored()?.cmi as Cmi) ?? null);
export const getLog = (page: Page): Promise<PreviewLogEntry[]> => page.evaluate(() => window.previewLms.log);

/** Unloads the course (pagehide → Terminate), then launches it again from what the LMS stored. */
export async function relaunch(page: Page) {
	await page.evaluate(() => window.previewLms.relaunch());
	await page.evaluate(() => window.previewLms.whenInitialized());
}

/** Opens lesson n from the start page and answers its first question (right or wrong); returns what was given. */
export async function answerFirst(frame: FrameLocator, lessonIndex: number, right = true): Promise<[QuizItem, Response]> {
	const lesson = course.lessons[lessonIndex]!;
	await frame.getByRole('link', { name: new RegExp(lesson.title) }).first().click();
	await frame.getByRole('link', { name: 'Start the questions' }).click();
	const item = await itemOnScreen(frame, lesson.quiz);
	return [item, await answer(frame, item, right)];
}

/** Goes on to the next question of the lesson and answers it. */
export async function answerNext(frame: FrameLocator, lessonIndex: number, previous: QuizItem, right = true): Promise<[QuizItem, Response]> {
	const lesson = course.lessons[lessonIndex]!;
	await frame.getByRole('link', { name: 'Next question' }).click();
	const item = await itemOnScreen(frame, lesson.quiz, previous);
	return [item, await answer(frame, item, right)];
}

export const saveStatus = (frame: FrameLocator) => frame.getByTestId('save-status');

/** The answers in a suspend_data string (course progress format v1/v2), by item id. */
export function savedAnswers(suspendData: unknown): Record<string, unknown> {
	if (typeof suspendData !== 'string' || !suspendData) return {};
	return (JSON.parse(suspendData) as { a?: Record<string, unknown> }).a ?? {};
}

/**
 * The LMS holds every answer given: one interaction per answer with the learner's response, and the answer in
 * suspend_data — in the live data model and (unless `committed` is false) in what the LMS stored at the last commit.
 */
export async function expectLmsHolds(page: Page, version: Version, given: Array<[QuizItem, Response]>, { committed = true } = {}) {
	const sources: Array<[string, Cmi | null]> = [['live data', await getData(page)]];
	if (committed) sources.push(['stored at the last commit', await getStored(page)]);
	for (const [where, cmi] of sources) {
		expect(cmi, where).not.toBeNull();
		const interactions = Object.values((cmi!.interactions ?? {}) as Record<string, Cmi>);
		const saved = savedAnswers(cmi!.suspend_data);
		for (const [item, response] of given) {
			const ix = interactions.find((i) => i.id === item.id);
			expect(ix, `${where}: interaction ${item.id}`).toBeDefined();
			expect(version === 'scorm12' ? ix!.student_response : ix!.learner_response, `${where}: response to ${item.id}`).toBe(
				learnerResponse(version, item as never, response as never)
			);
			expect(Object.keys(saved), `${where}: suspend_data`).toContain(item.id);
		}
	}
}

/** Initialize and Terminate once per launch, and no call after Terminate. */
export async function expectCleanSessions(page: Page) {
	const log = await getLog(page);
	const launches = [...new Set(log.map((e) => e.launch))];
	for (const launch of launches) {
		const calls = log.filter((e) => e.launch === launch);
		const ok = (m: RegExp) => calls.filter((e) => m.test(e.method) && e.result === 'true');
		expect(ok(/^(LMS)?Initialize$/), `launch ${launch}: successful Initialize`).toHaveLength(1);
		const finish = calls.findIndex((e) => /^(LMSFinish|Terminate)$/.test(e.method));
		if (finish >= 0) {
			expect(calls.filter((e) => /^(LMSFinish|Terminate)$/.test(e.method)), `launch ${launch}: Terminate`).toHaveLength(1);
			expect(calls.slice(finish + 1).filter((e) => !/Error|Diagnostic/.test(e.method)), `launch ${launch}: calls after Terminate`).toEqual([]);
		}
	}
}

/** Waits for the status line to say something containing `text`. */
export async function expectStatus(frame: FrameLocator, text: string, timeout = 10_000) {
	await expect(saveStatus(frame)).toContainText(text, { timeout });
}
