import { firstUses } from '../content/glossary.ts';
import { blockTexts } from '../content/parse-article.ts';
import type { Block, Figure, GlossaryEntry, QuizItem } from '../content/types.ts';
import { isChoice, optionsOf } from '../quiz/options.ts';
import { shuffle } from '../quiz/shuffle.ts';

/**
 * What "Read aloud" says: plain sentences, one per line (ReadAloud speaks them one by one). Built from the course
 * data rather than the page, so button labels and hidden helper text are never read out.
 */

/** Lines → sentences: a full stop where a line has none, so each list item or choice gets its own pause. */
export function sentences(lines: readonly string[]): string {
	return lines.map((line) => (/[.!?:]$/.test(line.trim()) ? line.trim() : `${line.trim()}.`)).join('\n');
}

/** A word's meaning as spoken, the way the screen shows it right after the text. */
export const meaningLine = (e: GlossaryEntry): string => `${e.term} means: ${e.meaning}`;

/** A lesson as read aloud: each block, then the meanings of the words it uses first, then the text of its picture. */
export function blocksText(blocks: readonly Block[], glossary: readonly GlossaryEntry[] = [], figures: readonly Figure[] = []): string {
	const uses = firstUses(
		blocks.map((b) => blockTexts(b).join('\n')),
		glossary
	);
	return sentences(
		blocks.flatMap((b, i) => [
			...(b.kind === 'list' ? b.items : b.kind === 'callout' ? [`Important: ${b.text}`] : [b.text]),
			...(uses[i] ?? []).map(meaningLine),
			...figures.filter((f) => f.block === b.id).map((f) => `Picture: ${f.alt}`)
		])
	);
}

/** The question and its choices, in the order the screen shows them (the same seeded shuffle as the form). */
export function questionText(item: QuizItem, seed: string | null, meanings: readonly GlossaryEntry[] = []): string {
	const order = <T extends object>(list: T[], part: string) => (seed ? shuffle(list, `${seed}:${part}`) : list);
	// The hint of a multiple choice is said once, after the question (it is never part of the question's words).
	const lines = item.type === 'multiple' ? [item.prompt, 'Select all that apply.'] : [item.prompt];
	if (isChoice(item)) lines.push(...(item.type === 'true-false' ? optionsOf(item) : order(item.options, 'options')).map((o) => o.text));
	else if (item.type === 'ordering') lines.push('Put these steps in order', ...order(item.options, 'options').map((o) => o.text));
	else if (item.type === 'matching') {
		lines.push(...order(item.prompts, 'prompts').map((p) => p.text), `Choices: ${item.options.map((o) => o.text).join(', ')}`);
	}
	return sentences([...lines, ...meanings.map(meaningLine)]);
}
