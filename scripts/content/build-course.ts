import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as v from 'valibot';
import { termsIn } from '../../src/lib/content/glossary.ts';
import { articleSentences, blockTexts, parseArticle } from '../../src/lib/content/parse-article.ts';
import { CareTeamSchema, FiguresSchema, GlossarySchema, InShortSchema, QuizFileSchema } from './quiz-schema.ts';
import type { Article, CareTeamAdvice, Course, CourseConfig, Figure, GlossaryEntry, Lesson, QuizItem, QuizItemInput } from '../../src/lib/content/types.ts';

/**
 * Turns the content folder (article + quiz files + settings) into the Course the app renders.
 * Runs at build time only. Every problem is collected and reported together, each naming its file and item,
 * so an author fixes a broken content file in one pass.
 */

export class ContentError extends Error {
	readonly problems: string[];
	constructor(problems: string[]) {
		super(`The course content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.problems = problems;
	}
}

export interface QuizFile {
	/** Path shown in error messages. */
	file: string;
	/** The lesson slug the file belongs to (its file name). */
	slug: string;
	data: unknown;
}

/**
 * The other content files, as data (`content/glossary.ts`, `figures.ts`, `care-team.ts`, `in-short.ts`); each may be
 * left out.
 */
export interface ExtraFiles {
	glossary?: unknown;
	figures?: unknown;
	careTeam?: unknown;
	inShort?: unknown;
}

export function buildCourse(sourceText: string, config: CourseConfig, quizFiles: QuizFile[], extra: ExtraFiles = {}): Course {
	const problems: string[] = [];
	const article = parseArticle(sourceText);
	const units = articleSentences(article);
	const bySlug = new Map(quizFiles.map((f) => [f.slug, f]));
	const seenIds = new Map<string, string>();

	for (const f of quizFiles) {
		if (!article.sections.some((s) => s.slug === f.slug)) {
			problems.push(`${f.file}: no section of the article has the slug "${f.slug}" (sections: ${article.sections.map((s) => s.slug).join(', ')})`);
		}
	}

	const inShort = validateInShort(extra.inShort ?? {}, article, problems);
	const lessons: Lesson[] = article.sections.map((section, index) => {
		const lesson = { ...section, number: index + 1, inShort: inShort[section.slug] ?? [] };
		const file = bySlug.get(section.slug);
		if (!file) {
			problems.push(`content/quizzes/${section.slug}.ts is missing: every lesson ends in a quiz ("${section.title}")`);
			return { ...lesson, quiz: [] };
		}
		const quiz = validateQuizFile(file, sourceText, article, units, seenIds, problems);
		const min = config.minItems.bySlug[section.slug] ?? config.minItems.default;
		if (quiz.length < min) problems.push(`${file.file}: has ${quiz.length} item(s), the lesson "${section.title}" needs at least ${min}`);
		return { ...lesson, quiz };
	});

	const allIds = new Set(lessons.flatMap((l) => l.quiz.map((q) => q.id)));
	for (const id of config.offPlan) if (!allIds.has(id)) problems.push(`content/course.ts: offPlan names no quiz item: "${id}"`);
	if (problems.length) throw new ContentError(problems);

	const sentenceLists: [string, string[]][] = [
		['non-factual', config.nonFactual],
		['safety fact', config.safetyFacts],
		['not-asked', Object.keys(config.notAsked)]
	];
	for (const [what, list] of sentenceLists) {
		for (const sentence of list) {
			if (!units.includes(sentence)) problems.push(`content/course.ts: ${what} sentence is not a whole sentence or bullet of the article: "${sentence}"`);
		}
	}
	if (problems.length) throw new ContentError(problems);

	const glossary = validateGlossary(extra.glossary ?? [], learnerText(article, lessons), problems);
	const figures = validateFigures(extra.figures ?? [], article, units, problems);
	const careTeam = validateCareTeam(extra.careTeam ?? [], units, lessons, problems);
	if (problems.length) throw new ContentError(problems);

	const { minItems: _rules, nonFactual: _nonFactual, safetyFacts: _safety, notAsked: _notAsked, ...settings } = config;
	const fingerprint = createHash('sha256')
		.update(sourceText)
		.update(JSON.stringify(lessons.map((l) => l.quiz)))
		.digest('hex')
		.slice(0, 12);
	return { settings, intro: article.intro, lessons, glossary, figures, careTeam, fingerprint };
}

const IN_SHORT_FILE = 'content/in-short.ts';

/** "In short" lines by lesson slug: 2–3 per lesson, each grounded in a whole sentence or bullet of that section. */
function validateInShort(data: unknown, article: Article, problems: string[]): Record<string, string[]> {
	const parsed = v.safeParse(InShortSchema, data);
	if (!parsed.success) {
		for (const issue of parsed.issues) problems.push(`${IN_SHORT_FILE}: ${v.getDotPath(issue) ?? ''}: ${issue.message}`);
		return {};
	}
	const out: Record<string, string[]> = {};
	for (const [slug, lines] of Object.entries(parsed.output)) {
		const section = article.sections.find((s) => s.slug === slug);
		if (!section) {
			problems.push(`${IN_SHORT_FILE}: no lesson has the slug "${slug}"`);
			continue;
		}
		const sectionUnits = articleSentences({ intro: [], sections: [section] });
		for (const line of lines) {
			if (!sectionUnits.includes(line.quote)) {
				problems.push(`${IN_SHORT_FILE}: "${slug}": the quote must be a whole sentence or bullet of this lesson: "${line.quote}"`);
			}
		}
		out[slug] = lines.map((l) => l.text);
	}
	return out;
}

const CARE_TEAM_FILE = 'content/care-team.ts';

/** Care-team advice: each fills a gap a whole article sentence names, and is shown with items that exist. */
function validateCareTeam(data: unknown, units: string[], lessons: Lesson[], problems: string[]): CareTeamAdvice[] {
	const parsed = v.safeParse(CareTeamSchema, data);
	if (!parsed.success) {
		for (const issue of parsed.issues) problems.push(`${CARE_TEAM_FILE}: ${v.getDotPath(issue) ?? ''}: ${issue.message}`);
		return [];
	}
	const ids = new Set(lessons.flatMap((l) => l.quiz.map((q) => q.id)));
	const seen = new Set<string>();
	for (const advice of parsed.output) {
		const where = `${CARE_TEAM_FILE}: "${advice.id}"`;
		if (seen.has(advice.id)) problems.push(`${where}: id used twice`);
		seen.add(advice.id);
		if (!units.includes(advice.gap)) problems.push(`${where}: the gap must be a whole sentence or bullet of the article: "${advice.gap}"`);
		for (const id of advice.items) if (!ids.has(id)) problems.push(`${where}: no quiz item has the id "${id}"`);
	}
	return parsed.output;
}

/** Everything a learner reads: the article and every item's words (what glossary terms must be found in). */
function learnerText(article: Article, lessons: Lesson[]): string {
	const blocks = [...article.intro, ...article.sections.flatMap((s) => s.blocks)].flatMap(blockTexts);
	const items = lessons.flatMap((l) => l.quiz).flatMap((q) => [q.prompt, q.explanation, JSON.stringify(q)]);
	return [...blocks, ...items].join('\n');
}

const GLOSSARY_FILE = 'content/glossary.ts';

function validateGlossary(data: unknown, text: string, problems: string[]): GlossaryEntry[] {
	const parsed = v.safeParse(GlossarySchema, data);
	if (!parsed.success) {
		for (const issue of parsed.issues) problems.push(`${GLOSSARY_FILE}: ${v.getDotPath(issue) ?? ''}: ${issue.message}`);
		return [];
	}
	const seen = new Set<string>();
	for (const entry of parsed.output) {
		const where = `${GLOSSARY_FILE}: "${entry.term}"`;
		for (const form of [entry.term, ...(entry.forms ?? [])]) {
			if (seen.has(form.toLowerCase())) problems.push(`${where}: "${form}" is listed twice`);
			seen.add(form.toLowerCase());
		}
		// A meaning explains a word; a sentence about the medicine would be a new claim the article does not make.
		if (/baclofen/i.test(entry.meaning)) problems.push(`${where}: a meaning must not speak of baclofen (say what the word means)`);
		if (termsIn(text, [entry]).length === 0) problems.push(`${where}: the word is not used anywhere in the course`);
	}
	return parsed.output;
}

const FIGURES_FILE = 'content/figures.ts';

function validateFigures(data: unknown, article: Article, units: string[], problems: string[]): Figure[] {
	const parsed = v.safeParse(FiguresSchema, data);
	if (!parsed.success) {
		for (const issue of parsed.issues) problems.push(`${FIGURES_FILE}: ${v.getDotPath(issue) ?? ''}: ${issue.message}`);
		return [];
	}
	return parsed.output.map((figure) => {
		const block = [...article.intro, ...article.sections.flatMap((s) => s.blocks)].find((b) => blockTexts(b).some((t) => t.includes(figure.quote)));
		if (!units.includes(figure.quote)) problems.push(`${FIGURES_FILE}: "${figure.id}": the quote must be a whole sentence or bullet of the article: "${figure.quote}"`);
		return { ...figure, block: block?.id ?? '' };
	});
}

function validateQuizFile(file: QuizFile, sourceText: string, article: Article, units: string[], seenIds: Map<string, string>, problems: string[]): QuizItem[] {
	const parsed = v.safeParse(QuizFileSchema, file.data);
	if (!parsed.success) {
		for (const issue of parsed.issues) {
			const path = v.getDotPath(issue) ?? '';
			const index = Number(path.split('.')[0]);
			const item = Array.isArray(file.data) ? (file.data[index] as { id?: unknown } | undefined) : undefined;
			const name = typeof item?.id === 'string' ? `item "${item.id}"` : `item #${index + 1}`;
			problems.push(`${file.file}: ${name}${path.includes('.') ? ` (${path.split('.').slice(1).join('.')})` : ''}: ${issue.message}`);
		}
		return [];
	}

	const items: QuizItem[] = [];
	for (const item of parsed.output) {
		const where = `${file.file}: item "${item.id}"`;
		const other = seenIds.get(item.id);
		if (other) problems.push(`${where}: id already used in ${other}`);
		seenIds.set(item.id, file.file);

		const passage = findPassage(article, file.slug, item.source);
		if (!sourceText.includes(item.source)) {
			problems.push(`${where}: source quote not found verbatim in the article: "${item.source}"`);
		} else if (!passage) {
			problems.push(`${where}: source quote must lie within one paragraph, bullet or heading: "${item.source}"`);
		}
		for (const quote of [...(item.also ?? []), ...(item.forWrongChoices ?? [])]) {
			if (!sourceText.includes(quote)) problems.push(`${where}: further source quote not found verbatim in the article: "${quote}"`);
		}
		// Quotes are shown as feedback and printed on the take-home sheet: a fragment can drop a condition
		// ("unless it's close to the next one"), so every quote is a whole sentence or bullet.
		for (const quote of [item.source, ...(item.also ?? []), ...(item.forWrongChoices ?? [])]) {
			if (sourceText.includes(quote) && !units.includes(quote)) problems.push(`${where}: quote is not a whole sentence or bullet of the article: "${quote}"`);
		}
		if (item.mustKnow && !item.safeRule) problems.push(`${where}: a safety (mustKnow) item needs a safeRule: the line shown at once after a wrong answer`);
		if (item.safeRule && !item.mustKnow) problems.push(`${where}: only a safety (mustKnow) item has a safeRule`);
		if (item.type === 'true-false' && !item.correct && !item.trueStatement) {
			problems.push(`${where}: a false statement needs a trueStatement (the sheet prints it, never the false one)`);
		}
		items.push({ ...item, passage: passage ?? '' });
		problems.push(...answerKeyProblems(item).map((p) => `${where}: ${p}`));
	}
	return items;
}

/** Checks an item's answer key against its own options (what the schema cannot see). */
function answerKeyProblems(item: QuizItemInput): string[] {
	const problems: string[] = [];
	const unique = (ids: string[], what: string) => {
		if (new Set(ids).size !== ids.length) problems.push(`${what} repeat (${ids.join(', ')})`);
	};
	const among = (id: string, ids: string[], what: string) => {
		if (!ids.includes(id)) problems.push(`${what} "${id}" is not one of the options (${ids.join(', ')})`);
	};
	switch (item.type) {
		case 'true-false':
		case 'fill-in':
			break;
		case 'single':
		case 'multiple': {
			const ids = item.options.map((o) => o.id);
			unique(ids, 'option ids');
			const correct = item.type === 'single' ? [item.correct] : item.correct;
			for (const c of correct) among(c, ids, 'correct answer');
			unique(correct, 'correct answers');
			break;
		}
		case 'ordering': {
			const ids = item.options.map((o) => o.id);
			unique(ids, 'option ids');
			if (item.correct.length !== ids.length || !ids.every((id) => item.correct.includes(id))) {
				problems.push(`the correct order must list every step once (${ids.join(', ')})`);
			}
			break;
		}
		case 'matching': {
			const left = item.prompts.map((o) => o.id);
			const right = item.options.map((o) => o.id);
			unique(left, 'prompt ids');
			unique(right, 'option ids');
			for (const [l, r] of item.correct) {
				among(l, left, 'matched prompt');
				among(r, right, 'matched option');
			}
			if (item.correct.length !== left.length) problems.push('every prompt needs exactly one pair');
			unique(item.correct.map(([l]) => l), 'matched prompts');
			break;
		}
	}
	return problems;
}

/** The block a quote comes from, preferring the item's own lesson (for "read this part again"). */
function findPassage(article: Article, slug: string, quote: string): string | undefined {
	const own = article.sections.find((s) => s.slug === slug);
	const ordered = [...(own ? [own] : []), ...article.sections.filter((s) => s !== own)];
	for (const section of ordered) {
		if (section.title.includes(quote)) return section.slug;
		const block = section.blocks.find((b) => blockTexts(b).some((t) => t.includes(quote)));
		if (block) return block.id;
	}
	return article.intro.find((b) => blockTexts(b).some((t) => t.includes(quote)))?.id;
}

/** Reads the content folder from disk: settings, article and every quiz file (loaded as TypeScript modules). */
export async function loadCourse(contentDir: string): Promise<{ course: Course; files: string[] }> {
	const settingsFile = join(contentDir, 'course.ts');
	const sourceFile = join(contentDir, 'source', 'baclofen-source.txt');
	const quizDir = join(contentDir, 'quizzes');
	const stamp = `?t=${Date.now()}`;
	const config = (await import(pathToFileURL(settingsFile).href + stamp)).default as CourseConfig;
	const quizPaths = readdirSync(quizDir).filter((f) => f.endsWith('.ts')).sort();
	const quizFiles: QuizFile[] = [];
	for (const f of quizPaths) {
		const path = join(quizDir, f);
		const mod = await import(pathToFileURL(path).href + stamp);
		quizFiles.push({ file: relative(join(contentDir, '..'), path), slug: basename(f, '.ts'), data: mod.default });
	}
	const extraFiles = { glossary: 'glossary.ts', figures: 'figures.ts', careTeam: 'care-team.ts', inShort: 'in-short.ts' } as const;
	const extra: ExtraFiles = {};
	for (const [key, name] of Object.entries(extraFiles) as [keyof ExtraFiles, string][]) {
		extra[key] = (await import(pathToFileURL(join(contentDir, name)).href + stamp)).default;
	}
	const course = buildCourse(readFileSync(sourceFile, 'utf8'), config, quizFiles, extra);
	const files = [settingsFile, sourceFile, ...Object.values(extraFiles).map((name) => join(contentDir, name)), ...quizPaths.map((f) => join(quizDir, f))];
	return { course, files };
}
