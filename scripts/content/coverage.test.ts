import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import config from '../../content/course.ts';
import { correctResponse, describe } from '../../src/lib/quiz/options.ts';
import { loadCourse } from './build-course.ts';
import { articleSentences, parseArticle } from '../../src/lib/content/parse-article.ts';
import type { QuizItem } from '../../src/lib/content/types.ts';
import { contentWords } from '../../src/lib/content/words.ts';

/**
 * Item bank quality: every fact of the article is ASKED, not just quoted. Each sentence (or bullet) that states a fact
 * must be quoted by an item whose correct answer states it: the answer carries at least one of the sentence's words
 * that its question does not give away, and the questions and answers that ask it cover at least 60 % of the
 * sentence's words — so "acts on the central nervous system" is not counted as asked by a question whose answer is
 * "a muscle relaxant". Only sentences marked `nonFactual` in content/course.ts (a signpost, a list's lead-in) may
 * stay unasked.
 */
const text = readFileSync(new URL('../../content/source/baclofen-source.txt', import.meta.url), 'utf8');
const sentences = articleSentences(parseArticle(text));
const { course } = await loadCourse('content');
const items = course.lessons.flatMap((l) => l.quiz);
const SHARE = 0.6;

/** What a learner who gets the item right has said: the true statement, or the correct answer. */
function answerOf(item: QuizItem): string {
	if (item.type === 'true-false') return item.correct ? item.prompt : (item.trueStatement ?? '');
	return describe(item, correctResponse(item)).join('\n');
}

/** How much of a sentence the items that quote it really ask, and which items do. */
function asked(sentence: string): { share: number; by: string[] } {
	const words = contentWords(sentence);
	const covered = new Set<string>();
	const by: string[] = [];
	for (const item of items.filter((q) => [q.source, ...(q.also ?? [])].includes(sentence))) {
		const answer = contentWords(answerOf(item));
		const prompt = item.type === 'true-false' ? new Set<string>() : contentWords(item.prompt);
		if (![...answer].some((w) => words.has(w) && !prompt.has(w))) continue;
		by.push(item.id);
		for (const w of [...answer, ...prompt]) if (words.has(w)) covered.add(w);
	}
	return { share: words.size ? covered.size / words.size : 1, by };
}

it('asks every factual sentence of the article: it is the answer of some item, not only quoted', () => {
	const onlyQuoted = sentences
		.filter((s) => !config.nonFactual.includes(s))
		.map((s) => ({ sentence: s, ...asked(s) }))
		.filter((a) => a.by.length === 0 || a.share < SHARE)
		.map((a) => `${a.sentence} (asked by: ${a.by.join(', ') || 'none'}; ${Math.round(a.share * 100)} % of its words)`);
	expect(onlyQuoted).toEqual([]);
});

it('marks as non-factual only sentences that really are in the article and asked by no item', () => {
	for (const sentence of config.nonFactual) {
		expect(sentences).toContain(sentence);
		expect(asked(sentence).by).toEqual([]);
	}
});

it('counts a sentence as asked only when an answer states it (a quote alone is not enough)', () => {
	// "Weakness and fatigue" was once only quoted beside the mild side effects: now it is a correct choice.
	expect(asked('Weakness and fatigue').by).toContain('mild_side_effects');
	// The serious side effects are asked by name, not only the moment they are most likely.
	expect(asked(sentences.find((s) => s.startsWith('Serious side effects'))!).by).toEqual(
		expect.arrayContaining(['serious_side_effects', 'stopped_suddenly'])
	);
	// A sentence quoted only to explain a wrong choice is not asked by that item.
	expect(asked('Headache').by).not.toContain('serious_side_effects');
});
