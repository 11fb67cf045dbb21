import { learnerTexts, type LearnerTexts } from './learner-text.ts';
import { figures as gradeFigures, type KindFigures } from './readability.ts';
import type { Course } from '../../src/lib/content/types.ts';

/**
 * The reading-grade budgets (Flesch-Kincaid) of the text the course writes for learners, and the report the build
 * prints and the content test holds. Patient material aims at grade 6–8; feedback is held to 7 on average and 9 at
 * most, safety feedback to 7 each; what a patient takes home (the plan) and the "In short" lines to 6 on average. Build- and test-time only.
 */

export interface Budget {
	kind: keyof LearnerTexts;
	label: string;
	/** Highest mean grade (each text graded on its own). */
	mean?: number;
	/** Highest grade of any one text. */
	max?: number;
	/** Highest grade of all the texts read as one (for short pieces: options, buttons). */
	pooled?: number;
}

export const BUDGETS: Budget[] = [
	{ kind: 'explanations', label: 'explanations (feedback)', mean: 7, max: 9 },
	{ kind: 'mustKnow', label: 'must-know feedback', max: 7 },
	{ kind: 'prompts', label: 'questions', mean: 7 },
	{ kind: 'options', label: 'answer choices', pooled: 7 },
	{ kind: 'sheet', label: 'take-home statements', mean: 7, max: 9 },
	{ kind: 'plan', label: 'plan lines (safety rules, added advice)', mean: 6, max: 7 },
	{ kind: 'inShort', label: '"In short" lines', mean: 6, max: 7 },
	{ kind: 'meanings', label: 'word meanings', mean: 7, max: 9 },
	{ kind: 'figures', label: 'picture captions and text', mean: 7, max: 9 },
	{ kind: 'ui', label: 'screen copy (buttons, hints, messages)', pooled: 7 },
	{ kind: 'article', label: 'the article (verbatim, not ours to change)' }
];

export interface ReadingRow extends KindFigures {
	budget: Budget;
	/** What breaks the budget, in words (empty when it holds). */
	over: string[];
}

export function readingReport(course: Course, srcDir = 'src'): ReadingRow[] {
	const texts = learnerTexts(
		course,
		course.glossary.map((e) => e.meaning),
		course.figures.flatMap((f) => [f.caption, f.alt]),
		srcDir
	);
	return BUDGETS.map((budget) => {
		const f = gradeFigures(budget.kind, texts[budget.kind]);
		const over: string[] = [];
		if (budget.mean !== undefined && f.mean > budget.mean) over.push(`mean ${f.mean} > ${budget.mean}`);
		if (budget.max !== undefined && f.max > budget.max) over.push(`"${f.hardest}" is grade ${f.max} > ${budget.max}`);
		if (budget.pooled !== undefined && f.pooled > budget.pooled) over.push(`pooled ${f.pooled} > ${budget.pooled}`);
		return { ...f, budget, over };
	});
}

/** One line for the build output: each kind's mean (and highest) grade. */
export function readingLine(rows: ReadingRow[]): string {
	const parts = rows.map((r) => `${r.budget.label} ${r.mean}${r.budget.pooled !== undefined ? ` (as one ${r.pooled})` : ` (max ${r.max})`}`);
	const broken = rows.filter((r) => r.over.length).length;
	return `Reading grade (Flesch-Kincaid, mean): ${parts.join('; ')}${broken ? ` — ${broken} budget(s) broken` : ' — all budgets hold'}`;
}
