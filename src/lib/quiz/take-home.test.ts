import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../../scripts/content/build-course.ts';
import { articleSentences, parseArticle } from '../content/parse-article.ts';
import type { QuizItem } from '../content/types.ts';
import { correctIds, isChoice, optionsOf } from './options.ts';
import { takeHome } from './take-home.ts';

/**
 * The take-home sheet prints only what is true: a test fails if, for any question of the course, the sheet would
 * print a false statement (a false true/false prompt, a wrong choice given as the answer) or a quote that is not a
 * whole sentence or bullet of the article.
 */
const text = readFileSync(new URL('../../../content/source/baclofen-source.txt', import.meta.url), 'utf8');
const sentences = articleSentences(parseArticle(text));
const { course } = await loadCourse('content');
const items = course.lessons.flatMap((l) => l.quiz);
const falseStatements = items.filter((q) => q.type === 'true-false' && !q.correct).map((q) => q.prompt);
const wrongChoices = (item: QuizItem) => (isChoice(item) && item.type !== 'true-false' ? optionsOf(item).filter((o) => !correctIds(item).includes(o.id)).map((o) => o.text) : []);
const printed = (item: QuizItem) => {
	const t = takeHome(item);
	return [t.statement, t.question, ...t.answer, ...t.quotes].filter((s): s is string => !!s);
};

describe('the take-home sheet', () => {
	it('the course has false statements to guard against (else this test would prove nothing)', () => {
		expect(falseStatements).toEqual(['Baclofen is used for every case of chronic back or neck pain.', 'When your muscles feel better, you can stop baclofen all at once.']);
	});

	it.each(items.map((q) => [q.id, q] as const))('%s: prints no false statement and no wrong choice', (_id, item) => {
		const lines = printed(item);
		for (const line of lines) for (const f of falseStatements) expect(line).not.toContain(f);
		const answers = takeHome(item).answer;
		for (const wrong of wrongChoices(item)) expect(answers).not.toContain(wrong);
	});

	it.each(items.map((q) => [q.id, q] as const))('%s: quotes only whole sentences or bullets of the article', (_id, item) => {
		for (const quote of takeHome(item).quotes) expect(sentences).toContain(quote);
	});

	it('prints the true statement in place of a false one', () => {
		const backPain = items.find((q) => q.id === 'back_pain_some_cases')!;
		expect(takeHome(backPain).statement).toBe('In some cases of chronic back or neck pain, baclofen can relieve muscle tension.');
		expect(takeHome(backPain).quotes).toEqual(['Chronic Back or Neck Pain – in some cases, to relieve muscle tension.']);
	});

	it('prints the right answer of a choice question, with the sentence it comes from, not quotes kept to explain a wrong choice', () => {
		const serious = takeHome(items.find((q) => q.id === 'serious_side_effects')!);
		expect(serious.answer).toEqual(['Confusion', 'Hallucinations', 'Difficulty breathing', 'Seizures']);
		expect(serious.quotes).toEqual([
			'Serious side effects (rare): confusion, hallucinations, difficulty breathing, or seizures — especially if the drug is stopped suddenly.'
		]);
		const missed = takeHome(items.find((q) => q.id === 'missed_dose')!);
		expect(missed.answer).toEqual(['Take it as soon as you remember']);
		expect(missed.quotes).toEqual(['If you miss a dose, take it as soon as you remember (unless it’s close to the next one).']);
	});
});
