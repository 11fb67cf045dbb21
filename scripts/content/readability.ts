import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/**
 * Reading grade (Flesch-Kincaid grade level) of the text the course writes for learners. Build- and test-time only:
 * nothing here ships. The formula and the syllable counts come from maintained libraries (`flesch-kincaid`,
 * `syllable`); only the splitting into sentences and words is ours.
 */

/** Sentences: ends at . ! ? (or a line break); a text with no end mark (an option, a bullet) is one sentence. */
export function splitSentences(text: string): string[] {
	return text
		.split(/(?<=[.!?])\s+|\n+/)
		.map((s) => s.trim())
		.filter((s) => /[A-Za-z0-9]/.test(s));
}

/** Words: letters and digits, with inner apostrophes and hyphens ("it's", "GABA-B", "post-stroke"). */
export function splitWords(text: string): string[] {
	return text.match(/[A-Za-z0-9]+(?:[’'-][A-Za-z0-9]+)*/g) ?? [];
}

/** Syllables of one word, at least one (a digit such as "3" is read as a word). Hyphenated parts are counted apart. */
export function syllables(word: string): number {
	return word.split('-').reduce((n, part) => n + Math.max(1, syllable(part)), 0);
}

export type Counts = {
	sentence: number;
	word: number;
	syllable: number;
};

export function counts(text: string): Counts {
	const words = splitWords(text);
	return {
		sentence: Math.max(1, splitSentences(text).length),
		word: words.length,
		syllable: words.reduce((n, w) => n + syllables(w), 0)
	};
}

/** The Flesch-Kincaid grade of a text, rounded to one decimal; 0 for a text with no words. */
export function grade(text: string): number {
	const c = counts(text);
	if (c.word === 0) return 0;
	return Math.round(fleschKincaid(c) * 10) / 10;
}

export interface KindFigures {
	kind: string;
	texts: number;
	/** Mean of the texts' grades (each graded on its own). */
	mean: number;
	/** All the texts read as one, each its own sentence: the fair figure for short pieces (options, buttons). */
	pooled: number;
	max: number;
	/** The hardest text, for the report. */
	hardest: string;
}

/** Mean and highest grade of a kind of text (each text graded on its own, as a learner meets it). */
export function figures(kind: string, texts: readonly string[]): KindFigures {
	const graded = texts.map((t) => ({ t, g: grade(t) }));
	const max = graded.reduce((m, x) => (x.g > m.g ? x : m), { t: '', g: -Infinity });
	const mean = graded.length ? graded.reduce((n, x) => n + x.g, 0) / graded.length : 0;
	const pooled = grade(texts.join('\n'));
	return { kind, texts: texts.length, mean: Math.round(mean * 10) / 10, pooled, max: graded.length ? max.g : 0, hardest: max.t };
}
