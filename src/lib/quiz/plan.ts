import type { CareTeamAdvice, Figure, FigureId, Lesson, PlanGroup, QuizItem } from '../content/types.ts';
import { FINAL_PREFIX, sourceId } from './final.ts';
import { recordScore, type Answers, type KeepRule } from './scoring.ts';
import { takeHome } from './take-home.ts';

/**
 * "My plan", the one page a patient takes home: what to do, what not to do and what to watch for — each safety
 * question's rule (grounded in the article's quotes) and, apart and labelled, the care team's added advice — then the
 * topics this learner should go over again. Every line appears once; only true statements are printed (take-home.ts).
 */
export interface PlanLine {
	text: string;
	/** Advice the care team added to the article (content/care-team.ts): printed with its label, never as the article's. */
	added: boolean;
	/** A picture of the same point, drawn beside it. */
	figure?: FigureId;
}

export type PlanGroups = Record<PlanGroup, PlanLine[]>;

/**
 * The plan's lines by group: in each, the safety rules in course order (each with the picture of its quote, the
 * first time that picture fits), then the care team's added advice in the order of the questions it belongs to.
 */
export function planGroups(lessons: readonly Pick<Lesson, 'quiz'>[], careTeam: readonly CareTeamAdvice[], figures: readonly Figure[]): PlanGroups {
	const groups: PlanGroups = { do: [], dont: [], watch: [] };
	const items = lessons.flatMap((l) => l.quiz);
	const drawn = new Set<FigureId>();
	for (const item of items) {
		if (!item.safeRule) continue;
		const quotes = [item.source, ...(item.also ?? [])];
		const figure = figures.find((f) => quotes.includes(f.quote) && !drawn.has(f.id))?.id;
		if (figure) drawn.add(figure);
		groups[item.safeRule.group].push({ text: item.safeRule.text, added: false, ...(figure ? { figure } : {}) });
	}
	// Advice for the plan only (no question) goes last.
	const position = (a: CareTeamAdvice) => (a.items.length ? items.findIndex((i) => i.id === a.items[0]) : Infinity);
	for (const advice of [...careTeam].sort((a, b) => position(a) - position(b))) groups[advice.group].push({ text: advice.advice, added: true });
	return groups;
}

/** The care team's advice shown with a question (also with its final-check copy). */
export function adviceFor(careTeam: readonly CareTeamAdvice[], item: Pick<QuizItem, 'id'>): CareTeamAdvice[] {
	const id = sourceId(item.id);
	return careTeam.filter((a) => a.items.includes(id));
}

export interface ReviewTopic {
	lesson: Pick<Lesson, 'slug' | 'title'>;
	item: QuizItem;
	/** What to print, true statements only: a true statement, or the question and its right answer. */
	statement?: string;
	question?: string;
	answer: string[];
}

/**
 * Questions to go over again: answered wrongly at least once, in their lesson or the final check. Safety questions
 * are left out — their rules are on the plan already, and nothing is printed twice — and so are the course's
 * `offPlan` questions (history, how it works).
 */
export function reviewTopics(lessons: readonly Pick<Lesson, 'slug' | 'title' | 'quiz'>[], answers: Answers, keep: KeepRule, offPlan: readonly string[] = []): ReviewTopic[] {
	const missed = (item: QuizItem) =>
		[item.id, FINAL_PREFIX + item.id].some((id) => {
			const record = answers[id];
			return !!record && (record.tries > 1 || recordScore(item, record, keep) < 1);
		});
	return lessons.flatMap((lesson) =>
		lesson.quiz
			.filter((item) => !item.safeRule && !offPlan.includes(item.id) && missed(item))
			.map((item) => ({ lesson, item, ...takeHome(item) }))
	);
}
