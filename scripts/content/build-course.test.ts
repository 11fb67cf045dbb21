import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../content/course.ts';
import { buildCourse, ContentError, type ExtraFiles, loadCourse, type QuizFile } from './build-course.ts';

const source = readFileSync(new URL('../../content/source/baclofen-source.txt', import.meta.url), 'utf8');
const { course } = await loadCourse('content');

/** The real quiz files, as data, so each test can break one thing. */
function realFiles(): QuizFile[] {
	return course.lessons.map((l) => ({
		file: `content/quizzes/${l.slug}.ts`,
		slug: l.slug,
		data: l.quiz.map(({ passage: _p, ...item }) => structuredClone(item))
	}));
}

function problemsOf(files: QuizFile[], text = source, extra: ExtraFiles = {}): string[] {
	try {
		buildCourse(text, config, files, extra);
		return [];
	} catch (error) {
		if (error instanceof ContentError) return error.problems;
		throw error;
	}
}

describe('the course content', () => {
	it('has a lesson with a quiz for each of the seven sections', () => {
		expect(course.lessons).toHaveLength(7);
		for (const lesson of course.lessons) expect(lesson.quiz.length).toBeGreaterThanOrEqual(1);
	});

	it('asks whether you can stop baclofen when you feel better, with tapering under medical supervision as the answer', () => {
		const item = course.lessons.flatMap((l) => l.quiz).find((q) => q.id === 'before_stopping');
		expect(item?.type).toBe('single');
		if (item?.type !== 'single') return;
		expect(item.prompt).toMatch(/feel better/);
		expect(item.options.find((o) => o.id === item.correct)?.text).toMatch(/tapered down gradually under medical supervision/i);
		expect(item.mustKnow).toBe(true);
	});

	it('links every item to the passage its quote comes from', () => {
		for (const item of course.lessons.flatMap((l) => l.quiz)) expect(item.passage).not.toBe('');
	});
});

describe('content validation names the file and item of each problem', () => {
	it('rejects a quote that is not verbatim in the source', () => {
		const files = realFiles();
		(files[3]!.data as { source: string }[])[0]!.source = 'Baclofen can be stopped at any time.';
		expect(problemsOf(files)).toEqual([
			expect.stringMatching(/^content\/quizzes\/side-effects-of-baclofen\.ts: item "before_stopping": source quote not found verbatim/)
		]);
	});

	it('rejects an item that breaks the schema, naming the field', () => {
		const files = realFiles();
		(files[3]!.data as Record<string, unknown>[])[1]!.prompt = '';
		(files[3]!.data as Record<string, unknown>[])[2]!.type = 'essay';
		const problems = problemsOf(files);
		expect(problems).toContainEqual(expect.stringMatching(/side-effects-of-baclofen\.ts: item "stopped_suddenly" \(prompt\): prompt must not be empty/));
		expect(problems).toContainEqual(expect.stringMatching(/side-effects-of-baclofen\.ts: item "serious_side_effects"/));
	});

	it('rejects a correct answer that is not an option, and repeated ids', () => {
		const files = realFiles();
		(files[3]!.data as Record<string, unknown>[])[0]!.correct = 'z';
		(files[2]!.data as Record<string, unknown>[])[0]!.id = 'mimics_gaba';
		const problems = problemsOf(files);
		expect(problems).toContainEqual(expect.stringMatching(/item "before_stopping": correct answer "z" is not one of the options/));
		expect(problems).toContainEqual(expect.stringMatching(/common-uses-of-baclofen\.ts: item "mimics_gaba": id already used in content\/quizzes\/how-does-baclofen-work\.ts/));
	});

	it('rejects a quote that is only part of a sentence (a fragment can drop a condition)', () => {
		const files = realFiles();
		const tips = files.find((f) => f.slug === 'important-tips-for-safe-use')!.data as { id: string; source: string }[];
		tips.find((q) => q.id === 'missed_dose')!.source = 'If you miss a dose, take it as soon as you remember';
		expect(problemsOf(files)).toEqual([
			'content/quizzes/important-tips-for-safe-use.ts: item "missed_dose": quote is not a whole sentence or bullet of the article: "If you miss a dose, take it as soon as you remember"'
		]);
	});

	it('rejects a false true/false statement with no true statement for the sheet', () => {
		const files = realFiles();
		const effects = files.find((f) => f.slug === 'side-effects-of-baclofen')!.data as { id: string; trueStatement?: string }[];
		delete effects.find((q) => q.id === 'stopped_suddenly')!.trueStatement;
		expect(problemsOf(files)).toEqual([
			'content/quizzes/side-effects-of-baclofen.ts: item "stopped_suddenly": a false statement needs a trueStatement (the sheet prints it, never the false one)'
		]);
	});

	it('rejects a safety question without its safe rule, and a safe rule on a question that is not a safety one', () => {
		const files = realFiles();
		const tips = files.find((f) => f.slug === 'important-tips-for-safe-use')!.data as { id: string; safeRule?: unknown }[];
		delete tips.find((q) => q.id === 'missed_dose')!.safeRule;
		const uses = files.find((f) => f.slug === 'common-uses-of-baclofen')!.data as { id: string; safeRule?: unknown }[];
		uses[0]!.safeRule = { group: 'do', text: 'Ask your doctor.' };
		expect(problemsOf(files)).toEqual([
			expect.stringMatching(/common-uses-of-baclofen\.ts: item "\w+": only a safety \(mustKnow\) item has a safeRule/),
			'content/quizzes/important-tips-for-safe-use.ts: item "missed_dose": a safety (mustKnow) item needs a safeRule: the line shown at once after a wrong answer'
		]);
	});

	it("rejects care-team advice that fills no whole sentence's gap or names no real question", () => {
		const careTeam = [{ id: 'help', gap: 'difficulty breathing', advice: 'Call 911.', items: ['no_such_item'], group: 'watch' }];
		expect(problemsOf(realFiles(), source, { careTeam })).toEqual([
			'content/care-team.ts: "help": the gap must be a whole sentence or bullet of the article: "difficulty breathing"',
			'content/care-team.ts: "help": no quiz item has the id "no_such_item"'
		]);
	});

	it('rejects an "In short" line grounded in another lesson, and one with too many lines', () => {
		const line = { text: 'Take it as prescribed.', quote: 'Take Baclofen exactly as prescribed — usually 3 times daily with or without food.' };
		expect(problemsOf(realFiles(), source, { inShort: { 'fun-fact': [line, line] } })).toEqual([
			'content/in-short.ts: "fun-fact": the quote must be a whole sentence or bullet of this lesson: "Take Baclofen exactly as prescribed — usually 3 times daily with or without food."',
			'content/in-short.ts: "fun-fact": the quote must be a whole sentence or bullet of this lesson: "Take Baclofen exactly as prescribed — usually 3 times daily with or without food."'
		]);
		expect(problemsOf(realFiles(), source, { inShort: { 'in-summary': [line, line, line, line] } })).toEqual(['content/in-short.ts: in-summary: "In short" needs 2 or 3 lines']);
	});

	it('rejects a word meaning that speaks of baclofen, and a glossary word the course never uses', () => {
		const glossary = [
			{ term: 'spasticity', meaning: 'what baclofen treats best' },
			{ term: 'vertigo', meaning: 'a spinning feeling' }
		];
		const problems = problemsOf(realFiles(), source, { glossary });
		expect(problems).toEqual([
			'content/glossary.ts: "spasticity": a meaning must not speak of baclofen (say what the word means)',
			'content/glossary.ts: "vertigo": the word is not used anywhere in the course'
		]);
	});

	it('rejects a picture tied to a fragment of a sentence', () => {
		const figures = [{ id: 'three-doses', quote: 'usually 3 times daily', caption: 'c', alt: 'a' }];
		expect(problemsOf(realFiles(), source, { figures })).toEqual([
			'content/figures.ts: "three-doses": the quote must be a whole sentence or bullet of the article: "usually 3 times daily"'
		]);
	});

	it('requires a quiz for every lesson and enough items in it', () => {
		const files = realFiles().filter((f) => f.slug !== 'fun-fact');
		files[0]!.data = [];
		const problems = problemsOf(files);
		expect(problems).toContainEqual(expect.stringMatching(/content\/quizzes\/fun-fact\.ts is missing/));
		expect(problems).toContainEqual(expect.stringMatching(/what-is-baclofen\.ts: has 0 item\(s\), the lesson "What is Baclofen\?" needs at least 1/));
	});

	it('rejects a quiz file whose name matches no section', () => {
		const problems = problemsOf([...realFiles(), { file: 'content/quizzes/dosage.ts', slug: 'dosage', data: [] }]);
		expect(problems).toContainEqual(expect.stringMatching(/dosage\.ts: no section of the article has the slug "dosage"/));
	});
});
