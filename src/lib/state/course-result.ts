import type { Course, Lesson, QuizItem } from '../content/types.ts';
import { drawFinal } from '../quiz/final.ts';
import { safetyFacts, type SafetyFact } from '../quiz/safety.ts';
import { courseScore, isPassed, scoreItem, lessonScore, summarise, type Answers, type KeepRule, type ScoreSummary } from '../quiz/scoring.ts';
import type { Checkpoint } from '../tracking/tracker.ts';

/**
 * Where the learner stands, computed from the course and the answers alone: this attempt's final check, the scores,
 * the must-know questions still open, finished and passed, and the checkpoint the tracker is handed. Pure: the
 * course state keeps `$derived` fields over these, so each is computed once per change, not on every read.
 */

export interface CourseResult {
	/** This attempt's final check questions (empty when the course has none), drawn with the attempt's seed. */
	finalQuiz: QuizItem[];
	finalScore: ScoreSummary;
	/** The course score: from the final alone, or lessons and final weighted, by the course settings. */
	score: ScoreSummary;
	/**
	 * Safety facts whose latest answer (lesson or final check) is not right, or not given yet (empty when the course
	 * does not require them): see quiz/safety.ts.
	 */
	openMustKnow: SafetyFact[];
	completed: boolean;
	passed: boolean;
}

export function courseResult(course: Pick<Course, 'lessons' | 'settings'>, answers: Answers, seed: string, passMark: number): CourseResult {
	const { keep, final, requireMustKnow } = course.settings.quiz;
	const finalQuiz = final.perLesson > 0 ? drawFinal(course.lessons, final.perLesson, seed) : [];
	const finalScore = summarise(finalQuiz, answers, keep);
	const lessons = courseScore(course.lessons, answers, keep);
	const score = final.perLesson > 0 ? combine(lessons, finalScore, final.scoring) : lessons;
	const open = requireMustKnow ? safetyFacts(course.lessons, finalQuiz, answers).filter((f) => f.open) : [];
	return { finalQuiz, finalScore, score, openMustKnow: open, completed: score.answered === score.total, passed: isPassed(score, passMark, open.length) };
}

function combine(lessons: ScoreSummary, final: ScoreSummary, scoring: Course['settings']['quiz']['final']['scoring']): ScoreSummary {
	const answered = lessons.answered + final.answered;
	const total = lessons.total + final.total;
	if (scoring.kind === 'final') return { ...final, answered, total };
	return { answered, total, points: lessons.points + final.points, percent: Math.round(lessons.percent * scoring.lessons + final.percent * scoring.final) };
}

export interface CheckpointInput {
	course: Pick<Course, 'lessons' | 'settings'>;
	result: CourseResult;
	answers: Answers;
	keep: KeepRule;
	passMark: number;
	/** Serialized progress and the bookmark. */
	saved: string;
	location: string;
	/** Tries left at an item (null: unlimited). */
	triesLeft(item: QuizItem): number | null;
}

/** What the tracker is told at a checkpoint: the learner's standing as plain figures (tracker.ts). */
export function toCheckpoint({ course, result, answers, keep, passMark, saved, location, triesLeft }: CheckpointInput): Checkpoint {
	const { score, openMustKnow: open } = result;
	const mustKnow = course.lessons.flatMap((l) => l.quiz).filter((i) => i.mustKnow).length;
	// The final check is reported like one more lesson.
	const final: Pick<Lesson, 'slug' | 'title' | 'quiz'>[] = result.finalQuiz.length ? [{ slug: 'final', title: 'Final check', quiz: result.finalQuiz }] : [];
	return {
		saved,
		location,
		scorePercent: reportedPercent(score.percent, passMark, open.length),
		progress: score.total ? score.answered / score.total : 0,
		completed: result.completed,
		passed: result.passed,
		lessons: [...course.lessons, ...final].map(({ slug, title, quiz }) => {
			const { answered, total, percent } = lessonScore({ quiz }, answers, keep);
			return { slug, title, answered, total, scorePercent: percent };
		}),
		mustKnow:
			course.settings.quiz.requireMustKnow && mustKnow
				? {
						total: mustKnow,
						known: mustKnow - open.length,
						// A safety fact none of whose copies can be answered again can no longer be satisfied in this attempt.
						blocked: open.filter((f) => f.copies.every((c) => triesLeft(c) === 0 || scoreItem(c, answers[c.id]?.last) === 1)).length
					}
				: null
	};
}

/**
 * The score an LMS receives. LMSs judge pass/fail from the score themselves (1.2: raw against mastery_score,
 * 2004: scaled against scaled_passing_score), so while a must-know question is still open the reported score is
 * capped just below the pass mark: no LMS can then pass a learner the course does not pass. The learner sees
 * their real score, and the reason, on the results page.
 */
export function reportedPercent(percent: number, passMark: number, openMustKnow: number): number {
	return openMustKnow > 0 && percent >= passMark ? Math.max(0, Math.ceil(passMark) - 1) : percent;
}
