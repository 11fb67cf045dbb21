import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { COURSE_URL, course } from './course.ts';

/**
 * Faithfulness: every sentence of the source article is shown to the learner exactly once — the intro on the
 * start page, each section in its own lesson — and no lesson shows another's text.
 */
const source = readFileSync('content/source/baclofen-source.txt', 'utf8');

function sourceSentences(): string[] {
	return source
		.split('\n')
		.map((line) => line.trim().replace(/^- /, '').replace(/^\p{Extended_Pictographic}\uFE0F?\s+/u, ''))
		.filter(Boolean)
		.flatMap((line) => line.split(/(?<=[.!?:])\s+(?=[A-Z])/));
}

function count(haystack: string, needle: string): number {
	return haystack.split(needle).length - 1;
}

test('every source sentence appears exactly once across the start page and the lessons', async ({ page }) => {
	await page.goto(COURSE_URL);
	const pages: { name: string; text: string }[] = [];
	pages.push({ name: 'start page intro', text: await page.getByRole('region', { name: 'Introduction' }).innerText() });
	for (const lesson of course.lessons) {
		await page.goto(`${COURSE_URL}#/lesson/${lesson.slug}`);
		await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
		const text = await page.locator('main article').innerText();
		pages.push({ name: lesson.title, text: text.replace(/\s+/g, ' ') });
	}

	const sentences = sourceSentences();
	expect(sentences.length).toBeGreaterThan(30);
	const problems: string[] = [];
	for (const sentence of sentences) {
		const where = pages.filter((p) => count(p.text, sentence) > 0);
		const total = pages.reduce((n, p) => n + count(p.text, sentence), 0);
		if (total !== 1) problems.push(`${total}× "${sentence}" (${where.map((w) => w.name).join(', ') || 'nowhere'})`);
	}
	expect(problems).toEqual([]);
});
