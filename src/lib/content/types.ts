/**
 * The shapes of course content: the parsed article and the quiz items that sit beside it.
 * Everything here is plain data, so it can be produced at build time and compiled into the course as JSON.
 */

/** One block of article text, in the order the source gives it. `id` addresses it for "read this part again". */
export type Block =
	| { id: string; kind: 'paragraph'; text: string }
	| { id: string; kind: 'list'; items: string[] }
	/** An emoji-led warning inside a section (the boxed "Never stop Baclofen abruptly" text). */
	| { id: string; kind: 'callout'; emoji: string; text: string };

export interface Section {
	/** URL-safe slug from the heading, e.g. `what-is-baclofen`. */
	slug: string;
	emoji: string;
	title: string;
	blocks: Block[];
}

export interface Article {
	intro: Block[];
	sections: Section[];
}

export interface ChoiceOption {
	/** One lower-case letter or digit: SCORM 1.2 choice responses allow only single characters. */
	id: string;
	text: string;
	/** Keep this option where it is when options are shuffled (e.g. "All of the above"). */
	pin?: boolean;
}

interface ItemBase {
	/** Unique across the course; letters, digits and `_` only, so it is a valid SCORM interaction id. */
	id: string;
	prompt: string;
	/** Shown after answering, right or wrong: why the correct answer is correct. */
	explanation: string;
	/** A verbatim quote of the source article that grounds the question, answer and explanation. */
	source: string;
	/**
	 * Further verbatim quotes that support the correct answer, when it rests on more than one passage (e.g. several
	 * bullets). Shown in the feedback and printed on the take-home sheet, in this order.
	 */
	also?: string[];
	/**
	 * Verbatim quotes kept only to ground what the explanation says about a wrong choice (e.g. "Headache" beside the
	 * serious side effects). Checked at build, but neither shown under the feedback nor printed on the sheet: a lone
	 * "Headache" under the serious side effects would read as if it were one; the explanation names it instead.
	 */
	forWrongChoices?: string[];
	/**
	 * Safety-critical: the course cannot be passed while the learner's latest answer to it (in its lesson or in the
	 * final check) is wrong. Needs a `safeRule`.
	 */
	mustKnow?: boolean;
	/**
	 * A safety question's rule: one plain line that says what to do, grounded in the item's own quotes. Shown at once
	 * after any wrong answer (tries left or not), and printed as a line of "My baclofen plan".
	 */
	safeRule?: SafeRule;
}

/** Where a safety line sits on the plan: things to do, things not to do, signs to watch for. */
export type PlanGroup = 'do' | 'dont' | 'watch';

export interface SafeRule {
	group: PlanGroup;
	text: string;
}

export interface SingleChoiceItem extends ItemBase {
	type: 'single';
	options: ChoiceOption[];
	correct: string;
}

export interface MultipleChoiceItem extends ItemBase {
	type: 'multiple';
	options: ChoiceOption[];
	correct: string[];
	/** Score the share of right choices (wrong choices cancel right ones) instead of all-or-nothing. */
	partialCredit?: boolean;
}

export interface TrueFalseItem extends ItemBase {
	type: 'true-false';
	correct: boolean;
	/**
	 * For a false statement: the true statement in its place, in the article's words. The take-home sheet prints this,
	 * never the false prompt. Required when `correct` is false.
	 */
	trueStatement?: string;
}

/** Put steps in order, with "move up / move down" buttons (never dragging). */
export interface OrderingItem extends ItemBase {
	type: 'ordering';
	/** The steps; shown shuffled. */
	options: ChoiceOption[];
	/** Option ids, first to last. */
	correct: string[];
	partialCredit?: boolean;
}

/** Pair each prompt (left) with one option (right), using a select per prompt. */
export interface MatchingItem extends ItemBase {
	type: 'matching';
	/** Left-hand items, ids one lower-case letter. */
	prompts: ChoiceOption[];
	/** Right-hand choices, ids one digit (so the two sides never share an id). */
	options: ChoiceOption[];
	/** [prompt id, option id] pairs. */
	correct: [string, string][];
	partialCredit?: boolean;
}

/** A short typed answer, matched tolerantly (case, spacing, listed synonyms). */
export interface FillInItem extends ItemBase {
	type: 'fill-in';
	/** The expected answer, as shown after the last try. */
	correct: string;
	/** Other answers that count as right (synonyms, spellings). */
	accept?: string[];
}

/** An item as authors write it in `content/quizzes/<lesson-slug>.ts`. */
export type QuizItemInput = SingleChoiceItem | MultipleChoiceItem | TrueFalseItem | OrderingItem | MatchingItem | FillInItem;

/** An item as the course uses it: `passage` is the id of the article block its source quote comes from. */
export type QuizItem = QuizItemInput & { passage: string };

export interface Lesson extends Section {
	/** 1-based position, as shown to the learner ("Lesson 3 of 7"). */
	number: number;
	/** "In short": plain lines above the verbatim text. */
	inShort: string[];
	quiz: QuizItem[];
}

export interface CourseSettings {
	/** Stable identifier: used in the SCORM manifest and as the storage key prefix. */
	id: string;
	title: string;
	/** The medicine's name as written in running text ("My baclofen plan"). */
	medicine: string;
	/** Bumped when content changes in a way that makes saved progress incompatible. */
	version: string;
	/** Percentage (0–100) needed to pass. */
	passMark: number;
	/**
	 * Questions the take-home plan never lists under "To go over again", even when missed: history or how the medicine
	 * works, which change nothing a patient does (the one page is kept for what does).
	 */
	offPlan: string[];
	quiz: QuizSettings;
}

export interface QuizSettings {
	/** Tries per question; null = unlimited. The plain web page is for practice; an LMS course may limit tries. */
	attempts: { standalone: number | null; lms: number | null };
	/** Which try counts for the score. */
	keep: 'best' | 'last';
	/** Must-know items must be answered correctly once before the course can be passed. */
	requireMustKnow: boolean;
	/** Shuffle options and the order of questions, per attempt (stable across reload and resume). */
	shuffleOptions: boolean;
	shuffleQuestions: boolean;
	/** Feedback after each question, or only at the end of the lesson's questions. */
	feedback: 'each' | 'end';
	/** After the last try, show the correct answer and its explanation. */
	showCorrectAfterLastTry: boolean;
	/** The final assessment: questions drawn from every lesson, with its own pass mark. */
	final: {
		/** Questions drawn from each lesson (0 turns the final assessment off). */
		perLesson: number;
		/** Percentage (0–100) of the final needed to pass. */
		passMark: number;
		/** The course score: the final alone, or lessons and final weighted (weights add up to 1). */
		scoring: { kind: 'final' } | { kind: 'weighted'; lessons: number; final: number };
	};
}

/** `content/course.ts`: the settings plus build-only rules for the item bank. */
export interface CourseConfig extends CourseSettings {
	/** Fewest quiz items a lesson may have, and exceptions by lesson slug. */
	minItems: { default: number; bySlug: Record<string, number> };
	/**
	 * Sentences of the article that state no fact (framing, signposts), verbatim. Every other sentence must be cited
	 * by some item's quote; the coverage test lists any that are not.
	 */
	nonFactual: string[];
	/**
	 * Sentences or bullets that say how to use the medicine safely, verbatim: each must be asked by a must-know
	 * (safety) question. The coverage test holds the bank to it.
	 */
	safetyFacts: string[];
	/**
	 * Factual sentences taught by the lesson text and its "In short" but asked by no question, each with the reason
	 * (fewer questions for tired readers: trivia and wording are not asked). Every other factual sentence is asked.
	 */
	notAsked: Record<string, string>;
}

/** A medical word and its plain meaning (`content/glossary.ts`). */
export interface GlossaryEntryInput {
	term: string;
	/** Other spellings of the word in the text (plural, past tense, abbreviation); matching ignores capitals. */
	forms?: string[];
	/** What the word means, in plain words: never a new fact about baclofen. */
	meaning: string;
}

export type GlossaryEntry = GlossaryEntryInput;

/**
 * Advice a care team adds where the article names a danger or a case but gives no action (what to do about a
 * serious side effect; a missed dose close to the next one). Kept apart from the article (`content/care-team.ts`),
 * always shown and printed with a label that says it was added; an organisation replaces the file with its own
 * wording and phone numbers without touching code.
 */
export interface CareTeamAdviceInput {
	/** Letters, digits and `_`. */
	id: string;
	/** The whole sentence or bullet of the article whose gap this fills, verbatim. */
	gap: string;
	/** The action, in the plain safety-netting words of a patient leaflet. */
	advice: string;
	/** Items whose feedback shows it (the first one places it on the plan); none: on the plan only, at the end of its group. */
	items: string[];
	/** Where it is printed on the plan. */
	group: PlanGroup;
}

export type CareTeamAdvice = CareTeamAdviceInput;

/** "In short": 2–3 plain lines shown above a lesson's verbatim text, each grounded in a sentence of that section. */
export interface InShortLineInput {
	text: string;
	/** A whole sentence or bullet of the lesson's section, verbatim: the line says nothing beyond it. */
	quote: string;
}

/** The illustrations the UI can draw (one Svelte component each, in src/lib/components/figures/). */
export type FigureId = 'calm-signal' | 'taper-steps' | 'three-doses';

/** An illustration as authors write it in `content/figures.ts`: tied to one whole sentence or bullet of the article. */
export interface FigureInput {
	id: FigureId;
	/** The sentence or bullet of the article it shows, verbatim; the picture says nothing beyond it. */
	quote: string;
	/** Shown under the picture. */
	caption: string;
	/** The text alternative: what the picture shows, for screen readers and read aloud. */
	alt: string;
}

/** An illustration as the course uses it: `block` is the id of the article block it follows. */
export type Figure = FigureInput & { block: string };

export interface Course {
	settings: CourseSettings;
	intro: Block[];
	lessons: Lesson[];
	glossary: GlossaryEntry[];
	figures: Figure[];
	careTeam: CareTeamAdvice[];
	/** Fingerprint of article + quiz data; saved progress from other content is recognised by it. */
	fingerprint: string;
}
