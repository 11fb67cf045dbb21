import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import type { QuizItem } from '../../src/lib/content/types.ts';
import { scoreItem } from '../../src/lib/quiz/scoring.ts';
import { finalBank, sourceId } from '../../src/lib/quiz/final.ts';
import { reportedPercent } from '../../src/lib/state/course-result.ts';
import { answer, course, finalIds, itemOnScreen, walkCourse, WALK } from './course.ts';

/**
 * The packaged zips, unpacked under a deep LMS path and hosted by scorm-again in the local preview: what an LMS
 * really receives from a learner's walk, in each SCORM version.
 */
const PREVIEW = process.env.PREVIEW_URL!;
const items = course.lessons.flatMap((l) => l.quiz);

type Cmi = Record<string, unknown>;
const getData = (page: Page) => page.evaluate(() => (window as never as { previewLms: { getData(): { cmi: Cmi } } }).previewLms.getData().cmi);
/** Calls the LMS answered with an error; 2004's 403 for reading a never-set value is the spec's normal answer. */
const lmsErrors = (page: Page) =>
	page.evaluate(() => (window as never as { previewLms: { errors(i: string[]): unknown[] } }).previewLms.errors(['403']));

async function open(page: Page, version: 'scorm12' | 'scorm2004', query = ''): Promise<FrameLocator> {
	await page.goto(`${PREVIEW}?v=${version}${query}`);
	await page.evaluate(() => (window as never as { previewLms: { ready: Promise<void> } }).previewLms.ready);
	return page.frameLocator('iframe');
}

/** The learner leaves: the course frame unloads (pagehide → Terminate), as when the LMS closes the player. */
async function exitCourse(page: Page) {
	await page.locator('iframe').evaluate((frame: HTMLIFrameElement) => (frame.src = 'about:blank'));
	await expect
		.poll(() => page.evaluate(() => (window as never as { previewLms: { launch: { state: string } } }).previewLms.launch.state))
		.toBe('terminated');
}

async function relaunch(page: Page) {
	await page.evaluate(() => (window as never as { previewLms: { relaunch(): Promise<void> } }).previewLms.relaunch());
}

/** Every third item answered wrongly, as in the standalone walk. */
const rightAt = (i: number) => i % 3 !== 2;

/** SCORM's interaction type for each question type, written out. */
const STORED_TYPE: Record<QuizItem['type'], string> = { single: 'choice', multiple: 'choice', 'true-false': 'true-false', ordering: 'sequencing', matching: 'matching', 'fill-in': 'fill-in' };

for (const version of ['scorm12', 'scorm2004'] as const) {
	test.describe(`SCORM ${version === 'scorm12' ? '1.2' : '2004'} in the LMS preview`, () => {
		test('a full walk reports status, score, every interaction and every lesson objective, with no LMS error', async ({ page }) => {
			const frame = await open(page, version);
			await expect(frame.getByText('Welcome, Jane Doe.')).toBeVisible();
			const given = await walkCourse(frame, rightAt);
			const final = finalIds(given);
			expect(given.size).toBe(items.length + final.length);
			await exitCourse(page);

			// The course score is the final check's; every answer (lessons and final) is an interaction.
			const rightOf = (id: string) => rightAt(items.findIndex((x) => x.id === sourceId(id)));
			const percent = Math.round((final.filter(rightOf).length / final.length) * 100);
			const mustKnowHeld = items.some((item, n) => item.mustKnow && !rightAt(n));
			const failed = percent < course.settings.quiz.final.passMark || mustKnowHeld;
			// While a must-know question is open, the LMS gets a score capped below the pass mark (see reportedPercent).
			const reported = reportedPercent(percent, course.settings.quiz.final.passMark, mustKnowHeld ? 1 : 0);
			const answered = [...items, ...finalBank(course.lessons).filter((q) => final.includes(q.id))];
			const cmi = await getData(page);
			const interactions = Object.values(cmi.interactions as Record<string, Cmi>);
			const objectives = Object.values(cmi.objectives as Record<string, Cmi>);

			// One interaction per answer, in the order answered (questions are shuffled per attempt).
			expect(interactions.map((i) => i.id).sort()).toEqual(answered.map((i) => i.id).sort());
			for (const item of answered) {
				const n = items.findIndex((x) => x.id === sourceId(item.id));
				const ix = interactions.find((i) => i.id === item.id)!;
				expect(ix.result).toBe(rightAt(n) ? 'correct' : version === 'scorm12' ? 'wrong' : 'incorrect');
				expect(ix.type).toBe(STORED_TYPE[item.type]);
				const response = version === 'scorm12' ? ix.student_response : ix.learner_response;
				const pattern = (ix.correct_responses as Record<string, Cmi>)['0']!.pattern;
				// The learner's response and the correct pattern are written in one encoding: equal exactly when the
				// answer was right (how LMS reports show them), and never empty.
				expect(pattern).not.toBe('');
				expect(response === pattern, `${item.id}: response ${String(response)} vs pattern ${String(pattern)}`).toBe(rightAt(n));
				expect(scoreItem(item, given.get(item.id))).toBe(rightAt(n) ? 1 : 0);
				if (version === 'scorm12') expect(ix.time).toMatch(/^\d{2}:\d{2}:\d{2}$/);
				else expect(ix.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{2}Z$/);
			}

			for (const lesson of course.lessons) {
				const objective = objectives.find((o) => o.id === `lesson_${lesson.slug.replaceAll('-', '_')}`);
				expect(objective, lesson.slug).toBeDefined();
				const lessonRight = lesson.quiz.filter((q) => rightAt(items.indexOf(q))).length;
				const lessonPercent = Math.round((lessonRight / lesson.quiz.length) * 100);
				expect((objective!.score as Cmi).raw).toBe(String(lessonPercent));
				const status = lessonPercent >= course.settings.passMark ? 'passed' : 'failed';
				expect(version === 'scorm12' ? objective!.status : objective!.success_status).toBe(status);
			}
			const finalObjective = objectives.find((o) => o.id === 'lesson_final');
			expect((finalObjective!.score as Cmi).raw).toBe(String(percent));
			// The safety objective is met only if every must-know question was among the right answers.
			const mustKnowOpen = items.some((item, n) => item.mustKnow && !rightAt(n));
			const safety = objectives.find((o) => o.id === 'safety_essentials');
			const safetyStatus = mustKnowOpen ? (version === 'scorm12' ? 'incomplete' : 'unknown') : 'passed';
			expect(version === 'scorm12' ? safety!.status : safety!.success_status).toBe(safetyStatus);

			if (version === 'scorm12') {
				const core = cmi.core as Record<string, Cmi & Record<string, string>>;
				expect(core.lesson_status).toBe(failed ? 'failed' : 'passed');
				expect(core.score).toMatchObject({ raw: String(reported), min: '0', max: '100' });
				expect((cmi.suspend_data as string).length).toBeLessThan(4096);
			} else {
				expect(cmi).toMatchObject({ completion_status: 'completed', success_status: failed ? 'failed' : 'passed' });
				expect(cmi.score).toMatchObject({ raw: String(reported), min: '0', max: '100', scaled: String(reported / 100) });
				expect((cmi.suspend_data as string).length).toBeLessThan(4096);
			}
			expect(await lmsErrors(page)).toEqual([]);
		});

		test('an LMS course allows two tries per question; after the last the answer is explained, and the question\'s one record holds the last try', async ({ page }) => {
			const frame = await open(page, version);
			const lesson = course.lessons[0]!;
			await frame.getByRole('link', { name: 'Start the course' }).click();
			await frame.getByRole('link', { name: 'Start the questions' }).click();
			const item = await itemOnScreen(frame, lesson.quiz);
			await answer(frame, item, false);
			await expect(frame.getByText(item.explanation)).toHaveCount(0);
			await frame.getByRole('button', { name: 'Try again (1 try left)' }).click();
			await answer(frame, item, false);
			await expect(frame.getByRole('button', { name: /Try again/ })).toHaveCount(0);
			await expect(frame.getByText(item.explanation)).toBeVisible();
			await expect(frame.getByText('Correct answer').first()).toBeVisible();

			const cmi = await getData(page);
			// One record per question (an LMS posts the whole data model on each save: it must not grow with tries).
			const records = Object.values(cmi.interactions as Record<string, Cmi>).filter((i) => i.id === item.id);
			expect(records.map((t) => t.result)).toEqual(version === 'scorm12' ? ['wrong'] : ['incorrect']);
			expect(await lmsErrors(page)).toEqual([]);
		});

		test('review mode shows the learner\'s answers and writes nothing scored to the LMS', async ({ page }) => {
			let frame = await open(page, version);
			const lesson = course.lessons[WALK]!;
			await frame.getByRole('link', { name: new RegExp(lesson.title) }).first().click();
			await frame.getByRole('link', { name: 'Start the questions' }).click();
			const item = await itemOnScreen(frame, lesson.quiz);
			await answer(frame, item, true);
			await exitCourse(page);

			// The LMS opens the attempt for review (as Moodle's "review" launch does): a new page, a new call log.
			frame = await open(page, version, '&mode=review');
			await expect(frame.getByText('You are reviewing', { exact: false }).first()).toBeVisible();
			await frame.getByRole('link', { name: new RegExp(lesson.title) }).first().click();
			await frame.getByRole('link', { name: 'Start the questions' }).click();
			await expect(frame.getByRole('heading', { level: 1, name: item.prompt })).toBeVisible();
			await expect(frame.getByText('Your answer').first()).toBeVisible();
			await expect(frame.getByRole('button', { name: 'Check my answer' })).toHaveCount(0);
			await frame.getByRole('link', { name: 'Next question' }).click();
			await expect(frame.getByRole('button', { name: 'Check my answer' })).toHaveCount(0);
			await exitCourse(page);

			const writes = await page.evaluate(() =>
				(window as never as { previewLms: { log: { method: string; args: string[] }[] } }).previewLms.log
					.filter((e) => /SetValue$/.test(e.method))
					.map((e) => e.args[0])
			);
			expect(writes.filter((path) => /score|status|interactions|objectives|suspend_data/.test(path ?? ''))).toEqual([]);
			expect(await lmsErrors(page)).toEqual([]);
		});

		test('exit mid-course and relaunch resumes at the same screen with the same answers', async ({ page }) => {
			const frame = await open(page, version);
			const lesson = course.lessons[3]!;
			await frame.getByRole('link', { name: new RegExp(lesson.title) }).click();
			await frame.getByRole('link', { name: 'Start the questions' }).click();
			const first = await itemOnScreen(frame, lesson.quiz);
			await answer(frame, first, false);
			await frame.getByRole('link', { name: 'Next question' }).click();
			const second = await itemOnScreen(frame, lesson.quiz, first);

			await relaunch(page);
			const launch = await page.evaluate(() => (window as never as { previewLms: { launch: { entry: string } } }).previewLms.launch);
			expect(launch.entry).toBe('resume');
			const cmi = await getData(page);
			expect(version === 'scorm12' ? (cmi.core as Cmi).lesson_location : cmi.location).toBe(`/lesson/${lesson.slug}/quiz/2`);
			await frame.getByRole('link', { name: 'Continue where you left off' }).click();
			await expect(frame.getByRole('heading', { level: 1, name: second.prompt })).toBeVisible();
			await frame.getByRole('link', { name: 'All lessons' }).click();
			await expect(frame.getByRole('link', { name: new RegExp(lesson.title) })).toContainText(`1 of ${lesson.quiz.length} answered`);
			await frame.getByRole('link', { name: new RegExp(lesson.title) }).click();
			await frame.getByRole('link', { name: 'Start the questions' }).click();
			// The same first question, in the same order, with the same (wrong) answer shown.
			await expect(frame.getByRole('heading', { level: 1, name: first.prompt })).toBeVisible();
			await expect(frame.getByText('Your answer').first()).toBeVisible();
			const stored = (await getData(page)).interactions as Record<string, Cmi>;
			const ix = Object.values(stored).find((i) => i.id === first.id)!;
			// The first (wrong) answer is still recorded as given: a response that differs from the correct pattern.
			expect(ix.result).toBe(version === 'scorm12' ? 'wrong' : 'incorrect');
			const response = version === 'scorm12' ? ix.student_response : ix.learner_response;
			expect(response).not.toBe('');
			expect(response).not.toBe((ix.correct_responses as Record<string, Cmi>)['0']!.pattern);
			expect(await lmsErrors(page)).toEqual([]);
		});
	});
}
