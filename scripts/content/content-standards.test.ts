import { describe, expect, it } from 'vitest';
import { correctIds, isChoice, optionsOf } from '../../src/lib/quiz/options.ts';
import { loadCourse } from './build-course.ts';
import { termsIn } from '../../src/lib/content/glossary.ts';
import { readingLine, readingReport } from './reading-report.ts';
import { grade, splitSentences } from './readability.ts';

/**
 * The content standards of issue 15, as a patient-education committee (a clinical pharmacist and a plain-language
 * editor) would check them: plain words, measured; every medical word explained; safety feedback that ends in what to
 * do, in one plain line; wrong choices that teach nothing false; no give-aways.
 */
const { course } = await loadCourse('content');
const items = course.lessons.flatMap((l) => l.quiz);
const wrongOptions = (item: (typeof items)[number]) =>
	isChoice(item) && item.type !== 'true-false' ? optionsOf(item).filter((o) => !correctIds(item).includes(o.id)) : [];

describe('plain language, measured (Flesch-Kincaid grade)', () => {
	const rows = readingReport(course);
	console.log(readingLine(rows));

	it.each(rows.map((r) => [r.budget.label, r] as const))('%s: within its budget', (_label, row) => {
		expect(row.over).toEqual([]);
	});

	it('grades plain text low and dense text high (the measure itself works)', () => {
		expect(grade('Take it as soon as you remember.')).toBeLessThan(4);
		expect(grade('Baclofen reduces the transmission of nerve signals that cause muscle contractions.')).toBeGreaterThan(10);
		expect(splitSentences('One. Two! Three?\nFour')).toEqual(['One.', 'Two!', 'Three?', 'Four']);
	});
});

describe('safety feedback', () => {
	const mustKnow = items.filter((q) => q.mustKnow);

	it('covers stopping, serious side effects, how to take it, alcohol and sedatives, a missed dose (and its exception), and telling the doctor', () => {
		expect(mustKnow.map((q) => q.id).sort()).toEqual([
			'avoid_alcohol_sedatives',
			'before_stopping',
			'how_to_take',
			'missed_dose',
			'missed_dose_close',
			'serious_side_effects',
			'stopped_suddenly',
			'tell_your_doctor'
		]);
	});

	it('gives every safety question a rule that says what to do, in one short plain line', () => {
		for (const item of mustKnow) {
			const rule = item.safeRule!.text;
			const steps = splitSentences(rule);
			expect(steps.some((s) => /^(Then )?(Take|Do not|Don’t|Never|Tell|Watch|Call|Get|Keep|Ask|Avoid)\b/i.test(s.replace(/^[^?]*\? /, ''))), `${item.id}: "${rule}"`).toBe(true);
			expect(steps.length, item.id).toBeLessThanOrEqual(3);
		}
	});

	it('asks the missed-dose case with its whole bullet, exception included, and asks the exception itself', () => {
		const missed = items.find((q) => q.id === 'missed_dose')!;
		expect(missed.source).toBe('If you miss a dose, take it as soon as you remember (unless it’s close to the next one).');
		const close = items.find((q) => q.id === 'missed_dose_close')!;
		expect(close.type === 'single' && close.options.find((o) => o.id === close.correct)?.text).toBe('When it is close to the time of your next dose');
	});

	it('says "especially if" where the article does, never "most likely"', () => {
		for (const item of items) expect([item.prompt, item.explanation, item.safeRule?.text ?? ''].join(' '), item.id).not.toMatch(/most likely if/i);
	});
});

describe('honest choices', () => {
	it('never marks "sedative" wrong (the article lists drowsiness first and never says baclofen does not sedate)', () => {
		for (const item of items) for (const o of wrongOptions(item)) expect(o.text, item.id).not.toMatch(/sedat/i);
	});

	it('names a real side effect or withdrawal symptom for what it is whenever it is offered as a wrong choice', () => {
		const effects = /drows|dizz|weak|fatigue|tired|nausea|headache|low blood pressure|confusion|hallucination|breathing|seizure|anxiety|tremor|rebound/i;
		for (const item of items) {
			for (const o of wrongOptions(item).filter((w) => effects.test(w.text))) {
				expect(item.explanation, `${item.id}: "${o.text}"`).toMatch(/side effect|withdrawal|stopped abruptly/i);
			}
		}
	});

	it('offers low blood pressure (a listed side effect) as a wrong answer nowhere', () => {
		for (const item of items) for (const o of wrongOptions(item)) expect(o.text, item.id).not.toMatch(/blood pressure/i);
	});

	it('does not ask the learner to agree that baclofen "stands out" for back pain (lesson 3: "in some cases")', () => {
		for (const item of items.filter((q) => /stand out/i.test(q.prompt) && isChoice(q) && q.type !== 'true-false')) {
			const right = optionsOf(item as never).filter((o: { id: string }) => correctIds(item as never).includes(o.id));
			expect(right.map((o: { text: string }) => o.text).join(' ')).not.toMatch(/back/i);
		}
	});
});

describe('questions that stand alone and give nothing away', () => {
	it('says "Select all that apply" once, in the hint, never in a question', () => {
		for (const item of items) expect(item.prompt, item.id).not.toMatch(/select all/i);
	});

	it('refers to no other question ("those nerve signals")', () => {
		for (const item of items) expect(item.prompt, item.id).not.toMatch(/\b(those|that question|above|previous)\b/i);
	});

	it('never repeats a correct choice inside its own question', () => {
		for (const item of items.filter(isChoice)) {
			if (item.type === 'true-false') continue;
			for (const o of optionsOf(item).filter((x) => correctIds(item).includes(x.id))) {
				expect(item.prompt.toLowerCase(), item.id).not.toContain(o.text.toLowerCase());
			}
		}
	});

	it('asks nothing by typing a number (hard with a tremor)', () => {
		for (const item of items.filter((q) => q.type === 'fill-in')) expect(item.type === 'fill-in' && item.correct, item.id).not.toMatch(/^\d+$/);
	});
});

describe('word meanings', () => {
	// The words the review found used without a plain meaning (issue 15), written out.
	const listed = [
		'spasticity',
		'antispastic',
		'central nervous system',
		'CNS',
		'neurotransmitter',
		'GABA',
		'GABA-B receptors',
		'transmission',
		'intrathecal',
		'spinal fluid',
		'taper',
		'abruptly',
		'medical supervision',
		'withdrawal symptoms',
		'rebound spasticity',
		'sedatives',
		'hallucinations',
		'epilepsy',
		// Issue 23: words a tired reader asked about.
		'spinal cord',
		'agent',
		'low blood pressure'
	];

	it('has a meaning for every listed medical word', () => {
		for (const word of listed) expect(termsIn(word, course.glossary).length, word).toBe(1);
	});

	it('finds each word where a screen uses it, longest first, ignoring capitals', () => {
		expect(termsIn('Never stop Baclofen abruptly. It must be tapered down', course.glossary).map((e) => e.term)).toEqual(['abruptly', 'taper']);
		expect(termsIn('rebound spasticity', course.glossary).map((e) => e.term)).toEqual(['rebound spasticity']);
		expect(termsIn('GABA-B receptors in the spinal cord', course.glossary).map((e) => e.term)).toEqual(['GABA-B receptors', 'spinal cord']);
		expect(termsIn('the central nervous system (CNS)', course.glossary).map((e) => e.term)).toEqual(['central nervous system']);
	});

	it('says what a word means, never something about baclofen', () => {
		for (const e of course.glossary) expect(e.meaning, e.term).not.toMatch(/baclofen/i);
	});
});
