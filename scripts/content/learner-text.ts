import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';
import type { Course, QuizItem } from '../../src/lib/content/types.ts';

/**
 * Every text the project writes for learners, grouped by kind, for the reading-grade check (build and test time
 * only). The article's own text is not ours to change: it is listed apart, for reference.
 */

export interface LearnerTexts {
	prompts: string[];
	options: string[];
	/** The feedback after an answer: the explanation of every item. */
	explanations: string[];
	/** The explanations of must-know (safety) items: held to the strictest budget. */
	mustKnow: string[];
	/** What the take-home sheet prints for an item (a true statement or the correct answer), beside its quote. */
	sheet: string[];
	/** The lines of "My plan": each safety rule and each piece of the care team's added advice. */
	plan: string[];
	/** The "In short" lines above each lesson's article text. */
	inShort: string[];
	/** Word meanings (the glossary). */
	meanings: string[];
	/** Figure captions and text alternatives. */
	figures: string[];
	/** Buttons, hints, headings and messages in the screens' own markup and scripts. */
	ui: string[];
	/** The article, one text per lesson (verbatim; reported, not budgeted). */
	article: string[];
}

function optionTexts(item: QuizItem): string[] {
	switch (item.type) {
		case 'single':
		case 'multiple':
		case 'ordering':
			return item.options.map((o) => o.text);
		case 'matching':
			return [...item.prompts, ...item.options].map((o) => o.text);
		case 'true-false':
			return [];
		case 'fill-in':
			return [item.correct];
	}
}

/** What the sheet prints as the thing to remember: the true statement of a true/false item, else the question. */
function sheetText(item: QuizItem): string[] {
	if (item.type === 'true-false') return [item.correct ? item.prompt : (item.trueStatement ?? '')];
	return [];
}

/**
 * UI copy: the text of every .svelte file's markup (an expression inside a text reads as "it"), and sentence-like
 * string literals anywhere in the file (hints, messages, button labels chosen in code). Parsed with Svelte's own
 * compiler, so attributes, event handlers and styles are never mistaken for copy.
 */
export function uiCopy(srcDir: string): { file: string; text: string }[] {
	const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.svelte'))
		.sort();
	const out: { file: string; text: string }[] = [];
	for (const f of files) {
		const file = relative('.', join(srcDir, f));
		const texts: string[] = [];
		let run = '';
		const flush = () => {
			const t = run.replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
			if (/[a-z]{2,}/.test(t)) texts.push(t);
			run = '';
		};
		const walk = (node: unknown, inFragment = false): void => {
			if (!node || typeof node !== 'object') return;
			if (Array.isArray(node)) {
				for (const n of node) walk(n, inFragment);
				return;
			}
			const n = node as { type?: string; data?: string; value?: unknown; nodes?: unknown[] };
			if (n.type === 'Fragment' && Array.isArray(n.nodes)) {
				flush();
				for (const child of n.nodes) {
					const c = child as { type?: string; data?: string };
					if (c.type === 'Text') run += c.data;
					else if (c.type === 'ExpressionTag') {
						run += ' it ';
						walk(child);
					} else {
						flush();
						walk(child);
					}
				}
				flush();
				return;
			}
			if (n.type === 'Literal' && typeof n.value === 'string') {
				const literal = n.value.trim();
				if (/^[A-Z][a-z’']*\s+\S/.test(literal)) texts.push(literal);
			}
			if (n.type === 'TemplateLiteral') {
				const t = node as { quasis: { value: { cooked: string } }[] };
				const literal = t.quasis.map((q) => q.value.cooked).join('it').trim();
				if (/^[A-Z][a-z’']*\s+\S/.test(literal)) texts.push(literal);
			}
			for (const [key, value] of Object.entries(n)) if (key !== 'parent' && key !== 'metadata') walk(value);
		};
		walk(parse(readFileSync(join(srcDir, f), 'utf8'), { modern: true }));
		for (const text of texts) out.push({ file, text });
	}
	return out;
}

export function learnerTexts(course: Course, meanings: string[], figures: string[], srcDir: string): LearnerTexts {
	const items = course.lessons.flatMap((l) => l.quiz);
	return {
		prompts: items.map((i) => i.prompt),
		options: items.flatMap(optionTexts),
		explanations: items.map((i) => i.explanation),
		mustKnow: items.filter((i) => i.mustKnow).map((i) => i.explanation),
		sheet: items.flatMap(sheetText),
		plan: [...items.flatMap((i) => (i.safeRule ? [i.safeRule.text] : [])), ...course.careTeam.map((a) => a.advice)],
		inShort: course.lessons.flatMap((l) => l.inShort),
		meanings,
		figures,
		ui: uiCopy(srcDir).map((u) => u.text),
		article: course.lessons.map((l) => l.blocks.flatMap((b) => (b.kind === 'list' ? b.items : [b.text])).join('\n'))
	};
}
