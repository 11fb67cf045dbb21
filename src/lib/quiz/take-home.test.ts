import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../../content/course.ts';
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
			'Serious side effects (rare): confusion, hallucinations, difficulty breathing, or seizures — especially if the drug is stopped suddenly.',
			'However, because of its effects on the nervous system, medical guidance is essential — especially when starting or stopping the drug.',
			'Never stop Baclofen abruptly.'
		]);
		const missed = takeHome(items.find((q) => q.id === 'missed_dose')!);
		expect(missed.answer).toEqual(['Take it as soon as you remember']);
		expect(missed.quotes).toEqual(['If you miss a dose, take it as soon as you remember (unless it’s close to the next one).']);
	});

	it('prints only the quotes marked as supporting the answer, however many words another quote shares with it', () => {
		// The withdrawal sentence shares "spasticity" with the answer, but it is there to explain "Anxiety and tremors".
		const relieves = takeHome(items.find((q) => q.id === 'what_it_relieves')!);
		expect(relieves.answer).toEqual(['Muscle spasticity, stiffness and tightness']);
		expect(relieves.quotes).toEqual(['It’s commonly prescribed to relieve muscle spasticity, stiffness, and tightness caused by certain neurological conditions.']);
	});

	it('names every condition the lesson lists, cerebral palsy included, without pointing at choices it does not print', () => {
		const prescribed = takeHome(items.find((q) => q.id === 'prescribed_for')!);
		expect(prescribed.question).toBe('For which conditions may a doctor prescribe baclofen?');
		expect(prescribed.answer).toEqual(['Multiple sclerosis (MS)', 'Spinal cord injury or disease', 'Stroke recovery', 'Cerebral palsy']);
		for (const item of items) expect(takeHome(item).question ?? '', item.id).not.toMatch(/\b(these|those)\b/i);
	});

	// A lead-in such as "These are usually mild but should be monitored:" means the bullets under it. Printed alone, it
	// reads as if it meant the next line (once: the serious side effects). Printed bullets of a list whose lead-in says
	// something ("Headache") would lose what they are. So a lead-in and its bullets are printed as one unit, in order.
	const leadIns = parseArticle(text)
		.sections.flatMap((s) => s.blocks.map((b, i) => [s.blocks[i - 1], b] as const))
		.flatMap(([before, list]) => (list.kind === 'list' && before?.kind === 'paragraph' ? [{ leadIn: sentences.find((x) => x.endsWith(':') && before.text.endsWith(x))!, bullets: list.items }] : []))
		.filter((l) => !config.nonFactual.includes(l.leadIn));

	it('knows the lead-in that needs its bullets (else the next test would prove nothing)', () => {
		expect(leadIns).toEqual([
			{ leadIn: 'These are usually mild but should be monitored:', bullets: ['Drowsiness or dizziness', 'Weakness and fatigue', 'Nausea', 'Headache', 'Low blood pressure'] }
		]);
	});

	it.each(items.map((q) => [q.id, q] as const))('%s: prints a lead-in and its bullets together, never one without the other', (_id, item) => {
		const quotes = takeHome(item).quotes;
		for (const { leadIn, bullets } of leadIns) {
			const at = quotes.indexOf(leadIn);
			if (at >= 0) expect(quotes.slice(at + 1, at + 1 + bullets.length)).toEqual(bullets);
			else for (const bullet of bullets) expect(quotes).not.toContain(bullet);
		}
	});
});
