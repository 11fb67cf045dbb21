import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import config from '../../content/course.ts';
import { correctResponse, describe } from '../../src/lib/quiz/options.ts';
import { loadCourse } from './build-course.ts';
import { finalSize } from '../../src/lib/quiz/final.ts';
import { articleSentences, parseArticle } from '../../src/lib/content/parse-article.ts';
import type { QuizItem } from '../../src/lib/content/types.ts';
import { contentWords } from '../../src/lib/content/words.ts';

/**
 * Item bank quality: what the questions must ASK, not just quote. A sentence (or bullet) is asked by an item when the
 * item quotes it and its correct answer states it: the answer carries at least one of the sentence's words that its
 * question does not give away, and the questions and answers that ask it cover at least 60 % of the sentence's words
 * — so "acts on the central nervous system" is not asked by a question whose answer is "a muscle relaxant".
 *
 * What coverage means (content/course.ts): every SAFETY fact (`safetyFacts`) is asked by a safety (must-know)
 * question; every other factual sentence is asked by some question, or listed in `notAsked` with the reason it is only
 * taught (the lesson text and its "In short"), so the bank stays short for tired readers; `nonFactual` sentences (a
 * signpost, a list's lead-in) need no question.
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
function asked(sentence: string, pool: readonly QuizItem[] = items): { share: number; by: string[] } {
	const words = contentWords(sentence);
	const covered = new Set<string>();
	const by: string[] = [];
	for (const item of pool.filter((q) => [q.source, ...(q.also ?? [])].includes(sentence))) {
		const answer = contentWords(answerOf(item));
		const prompt = item.type === 'true-false' ? new Set<string>() : contentWords(item.prompt);
		if (![...answer].some((w) => words.has(w) && !prompt.has(w))) continue;
		by.push(item.id);
		for (const w of [...answer, ...prompt]) if (words.has(w)) covered.add(w);
	}
	return { share: words.size ? covered.size / words.size : 1, by };
}

function asks(sentence: string, by: readonly QuizItem[]): boolean {
	const a = asked(sentence, by);
	return a.by.length > 0 && a.share >= SHARE;
}

/** The most questions a learner who gets everything right first time answers: lessons and final check together. */
const QUESTION_BUDGET = 30;

it(`asks at most ${QUESTION_BUDGET} questions in all, lessons and final check (the learners tire easily)`, () => {
	const answered = items.length + finalSize(course.lessons, config.quiz.final.perLesson);
	console.log(`Questions answered in all: ${answered} (${items.length} in the lessons, ${answered - items.length} in the final check)`);
	expect(answered).toBeLessThanOrEqual(QUESTION_BUDGET);
});

it('asks every safety fact of the article with a safety question', () => {
	const mustKnow = items.filter((q) => q.mustKnow);
	expect(config.safetyFacts.filter((s) => !asks(s, mustKnow))).toEqual([]);
});

it('asks every other factual sentence, or says why it is only taught', () => {
	const unasked = sentences.filter((s) => !config.nonFactual.includes(s) && !(s in config.notAsked) && !asks(s, items));
	expect(unasked).toEqual([]);
});

it('gives a reason for each sentence it does not ask, and lists only sentences no question asks', () => {
	for (const [sentence, reason] of Object.entries(config.notAsked)) {
		expect(sentences, sentence).toContain(sentence);
		expect(reason.trim().length, sentence).toBeGreaterThan(10);
		expect(asks(sentence, items), `${sentence} is asked: remove it from notAsked`).toBe(false);
	}
});

it('marks as non-factual only sentences that really are in the article and asked by no item', () => {
	for (const sentence of config.nonFactual) {
		expect(sentences).toContain(sentence);
		expect(asked(sentence, items).by).toEqual([]);
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
