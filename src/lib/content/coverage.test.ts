import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import config from '../../../content/course.ts';
import { loadCourse } from './build-course.ts';
import { blockTexts, parseArticle } from './parse-article.ts';

/**
 * Item bank quality: every sentence of the article that states a fact is cited, whole or in part, by the quote
 * (`source` or `also`) of at least one question. Headings are titles, not statements; any other sentence may stay
 * uncited only if the content marks it non-factual (content/course.ts `nonFactual`).
 */
const text = readFileSync(new URL('../../../content/source/baclofen-source.txt', import.meta.url), 'utf8');
const article = parseArticle(text);
const { course } = await loadCourse('content');

const sentences = [...article.intro, ...article.sections.flatMap((s) => s.blocks)]
	.flatMap(blockTexts)
	.flatMap((t) => t.split(/(?<=[.!?:])\s+(?=[A-Z])/));
const quotes = course.lessons.flatMap((l) => l.quiz.flatMap((q) => [q.source, ...(q.also ?? [])]));
const cites = (sentence: string) => quotes.some((q) => sentence.includes(q) || q.includes(sentence));

it('cites every factual sentence of the article in some question', () => {
	const uncited = sentences.filter((s) => !cites(s));
	expect(uncited).toEqual(config.nonFactual);
});

it('marks as non-factual only sentences that really are in the article and uncited', () => {
	for (const sentence of config.nonFactual) {
		expect(sentences).toContain(sentence);
		expect(cites(sentence)).toBe(false);
	}
});
