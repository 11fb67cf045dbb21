import { expect, test, type Page } from '@playwright/test';
import type { QuizItem } from '../../src/lib/content/types.ts';
import { PAYLOAD_LIMIT } from '../../scripts/package/conformance/payload.ts';
import { objectiveId, SAFETY_OBJECTIVE_ID } from '../../src/lib/tracking/scorm/ids.ts';
import { answer, course, itemOnScreen, items, walkCourse, WALK } from '../e2e/course.ts';
import { seconds } from '../e2e/scorm-time.ts';
import {
	addActivity,
	deleteActivity,
	enter,
	lmsValue,
	logIn,
	packageZip,
	report,
	resetAttempts,
	unavailable,
	watchApiErrors,
	watchSaves,
	type Activity,
	type AttemptSummary
} from './moodle.ts';

/**
 * The course in a real Moodle 5 (the lab of ../shared/moodle-lab, or MOODLE_URL): taken as the student in Chromium,
 * then what Moodle STORED is read back with Moodle's own APIs (lab.php report). scorm-again, the preview's runtime,
 * accepts what Moodle treats differently; this suite is the judge. `npm run test:lms`.
 */

const why = await unavailable();
// Said out loud, not a silent pass: a machine without a Moodle has not checked the course in a real LMS.
if (why) console.warn(`\nReal-LMS suite SKIPPED: ${why}.\n`);
test.skip(why !== null, `real-LMS suite skipped: ${why}`);
// One worker runs the tests in order; each version's describe imports its own activity.


const PASS_MARK = course.settings.quiz.final.passMark;

/** What each question type must be stored as (SCORM's interaction vocabulary, written out). */
const STORED_TYPE: Record<QuizItem['type'], string> = {
	single: 'choice',
	multiple: 'choice',
	'true-false': 'true-false',
	ordering: 'sequencing',
	matching: 'matching',
	'fill-in': 'fill-in'
};

/** Item n (authored order) is answered wrong when it is not must-know and n % 3 === 1: some wrong, a pass possible. */
const rightAt = (n: number) => items[n]!.mustKnow === true || n % 3 !== 1;

/** Waits until Moodle holds an attempt that satisfies `ready` (beacons sent from a closing tab land a moment later). */
async function stored(activity: Activity, ready: (s: AttemptSummary) => boolean): Promise<AttemptSummary> {
	let last: AttemptSummary | undefined;
	await expect
		.poll(() => {
			last = report(activity.cmid).summary.at(-1);
			return last !== undefined && ready(last);
		}, { timeout: 20_000, message: 'Moodle to store the attempt' })
		.toBe(true);
	return last!;
}

/** Closes the tab, as a learner who just leaves: the course must save everything on its way out. */
async function closeTab(page: Page) {
	await page.close({ runBeforeUnload: true });
}

for (const version of ['scorm12', 'scorm2004'] as const) {
	const is12 = version === 'scorm12';
	const status = (s: AttemptSummary) => (is12 ? s.lesson_status : s.completion_status);

	test.describe(`Moodle 5, SCORM ${is12 ? '1.2' : '2004'}`, () => {
		let activity: Activity;
		test.beforeAll(() => {
			activity = addActivity(packageZip(version), `Baclofen ${version} (test ${new Date().toISOString()})`);
		});
		test.afterAll(() => {
			if (activity) deleteActivity(activity.cmid);
		});

		test('a learner who leaves mid-course resumes with credit, at the same screen, with the same answers; total time is the sum of both sessions', async ({ browser }) => {
			const context = await browser.newContext();
			let page = await context.newPage();
			const errors = watchApiErrors(page);
			await logIn(page);
			// Each session's length as the test sees it: the course's session time (Initialize to Terminate) lies inside.
			const entered = Date.now();
			let frame = await enter(page, activity);

			// The pass mark the course states is the course's own, not a misread manifest (Moodle took 100 % once).
			await expect(frame.getByText(`You need ${PASS_MARK}% to pass.`)).toBeVisible();
			const inCourse = Date.now();

			const lesson = course.lessons[WALK]!;
			await frame.getByRole('link', { name: new RegExp(lesson.title) }).first().click();
			await frame.getByRole('link', { name: 'Start the questions' }).click();
			const first = await itemOnScreen(frame, lesson.quiz);
			await answer(frame, first, false);
			await frame.getByRole('link', { name: 'Next question' }).click();
			const second = await itemOnScreen(frame, lesson.quiz, first);
			await answer(frame, second, true);
			await frame.getByRole('link', { name: 'Next question' }).click();
			const third = await itemOnScreen(frame, lesson.quiz, second);
			// Reading a while: session 1 must be clearly longer than the slack of the measures below.
			await page.waitForTimeout(6000);
			const leaving = Date.now();
			await closeTab(page);
			const gone = Date.now();

			const totalTime = is12 ? 'cmi.core.total_time' : 'cmi.total_time';
			const paused = await stored(
				activity,
				(s) => !!s.normalized[totalTime] && (s.normalized[is12 ? 'cmi.core.lesson_location' : 'cmi.location'] ?? '').includes('quiz/3')
			);
			// Paused, not failed: no score yet, so neither "mastery score overrides status" nor the gradebook can judge it.
			expect(status(paused)).toBe('incomplete');
			expect(paused.score_raw ?? '').toBe('');
			expect(report(activity.cmid).grade_grades?.rawgrade ?? null).toBeNull();
			expect(paused.normalized[is12 ? 'cmi.core.exit' : 'cmi.exit']).toBe('suspend');
			expect(paused.interactions.map((i) => i.result)).toEqual(is12 ? ['wrong', 'correct'] : ['incorrect', 'correct']);

			// Session 1's time, added once to a total of zero: Moodle adds the LAST session_time the course set.
			const sessionOne = seconds(paused.normalized[totalTime]);
			expect(sessionOne).toBeGreaterThanOrEqual((leaving - inCourse) / 1000 - 0.5);
			expect(sessionOne).toBeLessThanOrEqual((gone - entered) / 1000 + 0.5);
			if (!is12) expect(sessionOne).toBeCloseTo(seconds(paused.normalized['cmi.session_time']), 1);

			// Relaunch from the activity page.
			page = await context.newPage();
			errors.push(...watchApiErrors(page));
			const reentered = Date.now();
			frame = await enter(page, activity);
			await expect(frame.getByRole('link', { name: 'Continue where you left off' })).toBeVisible();
			const resumedAt = Date.now();
			expect(await lmsValue(page, activity.version, is12 ? 'cmi.core.entry' : 'cmi.entry')).toBe('resume');
			expect(await lmsValue(page, activity.version, is12 ? 'cmi.core.lesson_mode' : 'cmi.mode')).toBe('normal');
			expect(await lmsValue(page, activity.version, is12 ? 'cmi.core.credit' : 'cmi.credit')).toBe('credit');
			await expect(frame.getByText(/reviewing this course|does not count towards your grade/)).toHaveCount(0);

			await frame.getByRole('link', { name: 'Continue where you left off' }).click();
			await expect(frame.getByRole('heading', { level: 1, name: third.prompt })).toBeVisible();
			// The two answers are still there: the lesson menu counts them.
			await frame.getByRole('link', { name: 'All lessons' }).click();
			await expect(frame.getByRole('link', { name: new RegExp(lesson.title) })).toContainText(`2 of ${lesson.quiz.length} answered`);
			await page.waitForTimeout(3000);
			const leavingAgain = Date.now();
			await closeTab(page);
			const goneAgain = Date.now();

			const resumed = await stored(activity, (s) => seconds(s.normalized[totalTime]) > sessionOne);
			// The total after two sessions is the sum of both: session 2's time added to session 1's, not session 1's
			// counted again (a session time that ran over sessions) nor session 2's twice (repeated writes added up).
			const sessionTwo = seconds(resumed.normalized[totalTime]) - sessionOne;
			expect(sessionTwo).toBeGreaterThanOrEqual((leavingAgain - resumedAt) / 1000 - 0.5);
			expect(sessionTwo).toBeLessThanOrEqual((goneAgain - reentered) / 1000 + 0.5);
			if (!is12) expect(sessionTwo).toBeCloseTo(seconds(resumed.normalized['cmi.session_time']), 1);
			console.log(`Moodle ${version}: total time ${paused.normalized[totalTime]} after session 1, ${resumed.normalized[totalTime]} after session 2`);
			expect(status(resumed)).toBe('incomplete');
			expect(resumed.score_raw ?? '').toBe('');
			expect(report(activity.cmid).attempts).toHaveLength(1);
			expect(errors).toEqual([]);
			await context.close();
		});

		test('a whole attempt: Moodle stores status, score = grade, one interaction per answer, objectives, session time', async ({ browser }) => {
			test.setTimeout(600_000);
			resetAttempts(activity.cmid);
			const context = await browser.newContext();
			const page = await context.newPage();
			const errors = watchApiErrors(page);
			const saves = watchSaves(context);
			await logIn(page);
			const frame = await enter(page, activity);

			const given = await walkCourse(frame, rightAt);
			const finalText = await frame.getByText(/^Final check: \d+ of \d+ questions right\./).innerText();
			const [, right, total] = /(\d+) of (\d+)/.exec(finalText)!.map(Number);
			const percent = Math.round((right! / total!) * 100);
			await expect(frame.locator('.percent')).toHaveText(`${percent}%`);
			await expect(frame.getByText(`You need ${PASS_MARK}% to pass.`)).toBeVisible();
			const passed = percent >= PASS_MARK;
			await closeTab(page);

			const done = await stored(activity, (s) => (is12 ? s.lesson_status !== 'incomplete' && !!s.normalized['cmi.core.total_time'] : !!s.normalized['cmi.total_time']));
			if (is12) {
				expect(done.lesson_status).toBe(passed ? 'passed' : 'failed');
			} else {
				expect(done.completion_status).toBe('completed');
				expect(done.success_status).toBe(passed ? 'passed' : 'failed');
				// A session time of its own (2004: Terminate reached Moodle, which adds it to total_time).
				expect(done.normalized['cmi.total_time']).toMatch(/^PT(?!0S$)/);
			}
			expect(Number(done.score_raw)).toBe(percent);
			const grades = report(activity.cmid);
			expect(Number(grades.grade_grades?.finalgrade)).toBe(percent);

			// One interaction per answer, each of its question's type, with the learner's result.
			expect(done.interactions).toHaveLength(given.size);
			const byId = new Map([...items.map((i) => [i.id, i] as const)]);
			for (const stored of done.interactions) {
				const id = stored.id!;
				const item = byId.get(id.replace(/^final_/, '')) ?? byId.get(id);
				expect(item, `interaction ${id} names a question of the course`).toBeDefined();
				expect(stored.type, id).toBe(STORED_TYPE[item!.type]);
				expect(stored.result, id).toMatch(is12 ? /^(correct|wrong)$/ : /^(correct|incorrect)$/);
			}

			// Lesson objectives and the safety objective, with their status.
			const objectives = Object.entries(done.normalized)
				.filter(([name]) => /^cmi\.objectives\.\d+\.id$/.test(name))
				.map(([, id]) => id);
			for (const lesson of course.lessons) expect(objectives).toContain(objectiveId(lesson.slug));
			expect(objectives).toContain(SAFETY_OBJECTIVE_ID);
			const safetyIndex = Object.entries(done.normalized).find(([name, id]) => /^cmi\.objectives\.\d+\.id$/.test(name) && id === SAFETY_OBJECTIVE_ID)![0].split('.')[2];
			expect(done.normalized[`cmi.objectives.${safetyIndex}.${is12 ? 'status' : 'success_status'}`]).toBe('passed');

			expect(errors).toEqual([]);
			// The whole data model at full progress, as one closing beacon, stays well under Chromium's 64 KiB.
			const largest = Math.max(...saves);
			console.log(`Moodle ${version}: largest save ${largest} B as a beacon (limit ${PAYLOAD_LIMIT} B)`);
			expect(largest).toBeLessThan(PAYLOAD_LIMIT);
			await context.close();
		});
	});
}
