import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { COURSE_URL, course } from './course.ts';

/**
 * Where space is short — a phone, and any LMS frame — the course's header is one row of about 56 px, with All lessons,
 * My results and Reading options each one tap away (issue 22). Moodle's player frame on a 390 × 844 phone is 390 × 666
 * under Moodle's own header (measured in Moodle 5.0.6): reproduced here with a page that frames the course the same way.
 */

const lesson = course.lessons[0]!;

/** An LMS page (served from the course's host, as Moodle serves its player) framing the course at `hash`. */
async function lmsPage(page: Page, hash: string, body: (src: string) => string): Promise<FrameLocator> {
	await page.route('**/mod/scorm/player.php', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>LMS</title>${body(COURSE_URL + hash)}` }));
	await page.goto('/mod/scorm/player.php');
	return page.frameLocator('iframe');
}

/** Like Moodle's player on a 390 × 844 phone: its own header, then the course in a 390 × 666 iframe. */
async function inMoodleLikeFrame(page: Page, hash: string): Promise<FrameLocator> {
	await page.setViewportSize({ width: 390, height: 844 });
	return lmsPage(
		page,
		hash,
		(src) => `<body style="margin:0"><div style="height:178px">LMS header</div><iframe title="Course" src="${src}" style="display:block;border:0;width:390px;height:666px"></iframe></body>`
	);
}

async function expectOneRow(scope: Page | FrameLocator) {
	const header = scope.locator('header.site-header');
	const controls = [
		header.getByRole('link', { name: 'All lessons' }),
		header.getByRole('link', { name: 'My results' }),
		header.getByRole('button', { name: 'Reading options', exact: true })
	];
	const boxes = [];
	for (const control of controls) {
		await expect(control).toBeVisible();
		const box = (await control.boundingBox())!;
		expect(box.height, 'a 44 px target').toBeGreaterThanOrEqual(44);
		expect(box.width, 'a 44 px target').toBeGreaterThanOrEqual(44);
		boxes.push(box);
	}
	// One row: every control on the same line, and the header no taller than one row.
	for (const box of boxes) expect(Math.abs(box.y - boxes[0]!.y), 'the controls share one row').toBeLessThan(4);
	expect((await header.boundingBox())!.height, 'about 56 px').toBeLessThanOrEqual(60);
}

test('on a phone the header is one row with the links and reading options', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(`${COURSE_URL}#/lesson/${lesson.slug}`);
	await expect(page.locator('main h1')).toBeVisible();
	await expectOneRow(page);
});

test('in a 390 × 666 LMS frame the header is one row and the lesson starts within 100 px', async ({ page }) => {
	const frame = await inMoodleLikeFrame(page, `#/lesson/${lesson.slug}`);
	await expect(frame.locator('main h1')).toContainText(lesson.title);
	await expectOneRow(frame);
	// The lesson's first words (its caption "Lesson 1 of 7", then its heading) start within the frame's first 100 px.
	const frameTop = (await page.locator('iframe').boundingBox())!.y;
	const caption = (await frame.locator('main .caption').first().boundingBox())!;
	expect(caption.y - frameTop).toBeLessThanOrEqual(100);
	expect((await frame.locator('main h1').boundingBox())!.y - frameTop).toBeLessThanOrEqual(130);
});

test('in a wide LMS frame the header is compact too, and each control works', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	const frame = await lmsPage(page, `#/lesson/${lesson.slug}`, (src) => `<iframe title="Course" src="${src}" style="border:0;width:1000px;height:800px"></iframe>`);
	await expect(frame.locator('main h1')).toContainText(lesson.title);
	await expectOneRow(frame);
	// Reading options: a disclosure, keyboard first.
	const toggle = frame.getByRole('button', { name: 'Reading options', exact: true });
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await toggle.focus();
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await expect(frame.getByRole('region', { name: 'Reading options' })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(toggle).toBeFocused();
	await frame.getByRole('link', { name: 'My results' }).click();
	await expect(frame.locator('main h1')).toBeVisible();
	await frame.getByRole('link', { name: 'All lessons' }).click();
	await expect(frame.getByRole('heading', { level: 1, name: course.settings.title })).toBeVisible();
});

test('on a wide screen the header keeps the course name', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(`${COURSE_URL}#/lesson/${lesson.slug}`);
	await expect(page.locator('header').getByRole('link', { name: course.settings.title })).toBeVisible();
});
