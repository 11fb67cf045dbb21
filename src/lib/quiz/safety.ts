import type { Lesson, QuizItem } from '../content/types.ts';
import { finalCopy } from './final.ts';
import { scoreItem, type Answers } from './scoring.ts';

/**
 * Safety facts: a must-know lesson question and, when this attempt's final check drew it, its final-check copy. One
 * rule decides whether a fact is still open — for the results list, the pass and the LMS's `safety_essentials`
 * objective alike: it is open until the learner's LATEST answer to it, in either place, is right. So a safety
 * question answered wrongly in the final check is open again even if the lesson copy was right, and one answered
 * right in the final check is closed even if the lesson copy was wrong.
 *
 * "Latest" is read from the order of the answer records: course state keeps them in the order of their latest try
 * (progress.ts), so no timestamp is needed in the saved progress.
 */
export interface SafetyFact {
	/** The lesson question (its `safeRule` is the fact's rule). */
	item: QuizItem;
	/** Where it can be answered in this attempt: the lesson question, then its final-check copy if drawn. */
	copies: QuizItem[];
	/** The copy answered last, or null when neither has been answered. */
	latest: QuizItem | null;
	open: boolean;
}

export function safetyFacts(lessons: readonly Pick<Lesson, 'quiz'>[], finalQuiz: readonly QuizItem[], answers: Answers): SafetyFact[] {
	const order = Object.keys(answers);
	return lessons
		.flatMap((l) => l.quiz)
		.filter((item) => item.mustKnow)
		.map((item) => {
			const copyId = finalCopy(item).id;
			const copies = [item, ...finalQuiz.filter((q) => q.id === copyId)];
			const answered = copies.filter((c) => answers[c.id]);
			const latest = answered.sort((a, b) => order.indexOf(b.id) - order.indexOf(a.id))[0] ?? null;
			const open = !latest || scoreItem(latest, answers[latest.id]!.last) !== 1;
			return { item, copies, latest, open };
		});
}
