import type { GlossaryEntry } from './types.ts';

/**
 * Finding the glossary's words in a text (runtime and build alike): which medical words a screen uses, so each
 * meaning is shown where its word is first used on that screen. Matching ignores capitals and takes the longest
 * term first ("rebound spasticity" before "spasticity"; "GABA-B receptors" before "GABA").
 */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function pattern(glossary: readonly GlossaryEntry[]): { re: RegExp; entryOf: Map<string, GlossaryEntry> } {
	const entryOf = new Map<string, GlossaryEntry>();
	for (const e of glossary) for (const form of [e.term, ...(e.forms ?? [])]) entryOf.set(form.toLowerCase(), e);
	const forms = [...entryOf.keys()].sort((a, b) => b.length - a.length).map(escape);
	return { re: new RegExp(`(?<![\\w-])(${forms.join('|')})(?![\\w-])`, 'gi'), entryOf };
}

/** The glossary entries a text uses, in the order it first uses them. */
export function termsIn(text: string, glossary: readonly GlossaryEntry[]): GlossaryEntry[] {
	if (glossary.length === 0) return [];
	const { re, entryOf } = pattern(glossary);
	const found: GlossaryEntry[] = [];
	for (const m of text.matchAll(re)) {
		const entry = entryOf.get(m[1]!.toLowerCase());
		if (entry && !found.includes(entry)) found.push(entry);
	}
	return found;
}

/**
 * One screen's texts in reading order → for each, the entries first used there (not in an earlier text). A word
 * already explained on the screen is not explained again.
 */
export function firstUses(texts: readonly string[], glossary: readonly GlossaryEntry[]): GlossaryEntry[][] {
	const seen = new Set<GlossaryEntry>();
	return texts.map((text) => {
		const fresh = termsIn(text, glossary).filter((e) => !seen.has(e));
		for (const e of fresh) seen.add(e);
		return fresh;
	});
}
