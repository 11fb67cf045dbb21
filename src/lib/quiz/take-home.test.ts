import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../../content/course.ts';
import { loadCourse } from '../../../scripts/content/build-course.ts';
import { articleSentences, parseArticle } from '../content/parse-article.ts';
import type { QuizItem } from '../content/types.ts';
import { correctIds, isChoice, optionsOf } from './options.ts';
import { takeHome } from './take-home.ts';

/**
 * The take-home plan prints only what is true: a test fails if, for any question of the course, the plan would print
 * a false statement (a false true/false prompt) or a wrong choice as the answer. The feedback's quotes are whole
 * sentences or bullets of the article, and a list's lead-in is never shown without its bullets.
 */
const text = readFileSync(new URL('../../../content/source/baclofen-source.txt', import.meta.url), 'utf8');
const sentences = articleSentences(parseArticle(text));
const { course } = await loadCourse('content');
const items = course.lessons.flatMap((l) => l.quiz);
const falseStatements = items.filter((q) => q.type === 'true-false' && !q.correct).map((q) => q.prompt);
const wrongChoices = (item: QuizItem) => (isChoice(item) && item.type !== 'true-false' ? optionsOf(item).filter((o) => !correctIds(item).includes(o.id)).map((o) => o.text) : []);
const printed = (item: QuizItem) => {
	const t = takeHome(item);
	return [t.statement, t.question, ...t.answer].filter((s): s is string => !!s);
};
/** What the feedback shows as the article's words: the quotes marked as supporting the answer. */
const shownQuotes = (item: QuizItem) => [item.source, ...(item.also ?? [])];

describe('what the take-home plan prints for a question', () => {
	it('the course has a false statement to guard against (else this test would prove nothing)', () => {
		expect(falseStatements).toEqual(['You run out of baclofen. Your refill will be ready in 3 days. It is fine to go without it until then.']);
	});

	it.each(items.map((q) => [q.id, q] as const))('%s: prints no false statement and no wrong choice', (_id, item) => {
		for (const line of printed(item)) for (const f of falseStatements) expect(line).not.toContain(f);
		const answers = takeHome(item).answer;
		for (const wrong of wrongChoices(item)) expect(answers).not.toContain(wrong);
	});

	it('prints the true statement in place of a false one', () => {
		const runOut = items.find((q) => q.id === 'stopped_suddenly')!;
		expect(takeHome(runOut)).toEqual({
			statement: 'Going without baclofen means you stop it all at once. Serious side effects can come, especially if it is stopped suddenly.',
			answer: []
		});
	});

	it('prints the right answer of a choice question, every part of it', () => {
		const serious = takeHome(items.find((q) => q.id === 'serious_side_effects')!);
		expect(serious.answer).toEqual(['Confusion', 'Hallucinations', 'Difficulty breathing', 'Seizures']);
		// What the plan prints (safety questions print their rule instead) points at no choice it does not print.
		for (const item of items.filter((q) => !q.mustKnow)) expect(takeHome(item).question ?? '', item.id).not.toMatch(/\b(these|those)\b/i);
	});
});

describe('the quotes the feedback shows', () => {
	it.each(items.map((q) => [q.id, q] as const))('%s: quotes only whole sentences or bullets of the article', (_id, item) => {
		for (const quote of shownQuotes(item)) expect(sentences).toContain(quote);
	});

	// A lead-in such as "These are usually mild but should be monitored:" means the bullets under it. Shown alone, it
	// reads as if it meant the next line (once: the serious side effects). So a lead-in and its bullets go together.
	const leadIns = parseArticle(text)
		.sections.flatMap((s) => s.blocks.map((b, i) => [s.blocks[i - 1], b] as const))
		.flatMap(([before, list]) => (list.kind === 'list' && before?.kind === 'paragraph' ? [{ leadIn: sentences.find((x) => x.endsWith(':') && before.text.endsWith(x))!, bullets: list.items }] : []))
		.filter((l) => !config.nonFactual.includes(l.leadIn));

	it('knows the lead-in that needs its bullets (else the next test would prove nothing)', () => {
		expect(leadIns).toEqual([
			{ leadIn: 'These are usually mild but should be monitored:', bullets: ['Drowsiness or dizziness', 'Weakness and fatigue', 'Nausea', 'Headache', 'Low blood pressure'] }
		]);
	});

	it.each(items.map((q) => [q.id, q] as const))('%s: shows a lead-in only with its bullets', (_id, item) => {
		const quotes = shownQuotes(item);
		const at = quotes.indexOf(leadIns[0]!.leadIn);
		if (at >= 0) expect(quotes.slice(at + 1, at + 1 + leadIns[0]!.bullets.length)).toEqual(leadIns[0]!.bullets);
	});
});
