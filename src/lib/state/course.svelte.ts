import type { Course, Lesson, QuizItem } from '../content/types.ts';
import { drawFinal, finalBank } from '../quiz/final.ts';
import {
	courseScore,
	isPassed,
	lessonScore,
	openMustKnow,
	recordAttempt,
	recordScore,
	summarise,
	triesLeft,
	type ItemRecord,
	type KeepRule,
	type Response,
	type ScoreSummary
} from '../quiz/scoring.ts';
import { shuffle } from '../quiz/shuffle.ts';
import type { Checkpoint, LaunchData, LaunchMode, SaveStatus, Tracker, TrackerNotice } from '../tracking/tracker.ts';
import { emptyProgress, restoreProgress, serializeProgress, type Progress, type RestoreResult } from './progress.ts';

/**
 * The one place where quiz and tracker meet. Components read its reactive fields and call its methods;
 * every change that matters is saved through the tracker at once (a checkpoint), never on a timer.
 */
export class CourseState {
	readonly course: Course;
	readonly #tracker: Tracker;
	readonly #items: QuizItem[];
	readonly #final: Course['settings']['quiz']['final'];
	readonly keep: KeepRule;
	/** Tries per question (null: unlimited): practice on the web page, the LMS setting inside an LMS. */
	attempts = $state<number | null>(null);
	/** No LMS: a plain web page (patient sessions, offline use and "Next patient" are only offered here). */
	standalone = $state(true);

	answers = $state<Record<string, ItemRecord>>({});
	location = $state('/');
	startedAt = $state(Date.now());
	finishedAt = $state<number | null>(null);
	/** This attempt's shuffle seed (see progress.ts). */
	seed = $state('');
	learnerName = $state<string | null>(null);
	/** The pass mark in force: the LMS's when it sets one, else the course's. */
	passMark = $state(0);
	/** review/browse: the LMS shows a finished attempt; answers are shown but nothing new is scored. */
	mode = $state<LaunchMode>('normal');
	/** A calm message for the learner: restored from an older version, could not read saved progress, could not save. */
	notice = $state<string | null>(null);
	/** Whether there was saved progress to continue when the course opened. */
	resumed = $state(false);
	/** How saving to the LMS is going, for a quiet status line (null: nothing to say). */
	saveStatus = $state<SaveStatus | null>(null);
	/** Answers given on this page, in order: merged into the LMS's record if it is only reached later. */
	#givenHere: Array<{ item: QuizItem; response: Response }> = [];

	constructor(course: Course, tracker: Tracker) {
		this.course = course;
		this.#tracker = tracker;
		this.#items = course.lessons.flatMap((l) => l.quiz);
		this.#final = course.settings.quiz.final;
		this.keep = course.settings.quiz.keep;
		this.#fitTracker();
		tracker.onStatus?.((status) => (this.saveStatus = status));
		tracker.onLaunch?.((launch) => this.#adopt(launch));
		this.#launch();
	}

	/** Settings that depend on where the course runs (the tracker may change its mind once, see #adopt). */
	#fitTracker() {
		const { standalone, lms } = this.course.settings.quiz.attempts;
		this.attempts = this.#tracker.kind === 'standalone' ? standalone : lms;
		this.standalone = this.#tracker.kind === 'standalone';
	}

	#launch() {
		const launch = this.#tracker.start();
		const status = this.#take(launch);
		// Progress this browser kept because it never reached the LMS: written back at once (never an unreadable one).
		if (launch.resave && status !== 'corrupt') this.#save();
	}

	/**
	 * The LMS was reached only after the course started (an API that appeared late, or Initialize accepted on a
	 * retry). Its record is the learner's; the answers given here meanwhile are added to it, and it is saved.
	 */
	#adopt(launch: LaunchData) {
		const here = this.location;
		const seed = this.seed;
		this.#fitTracker();
		this.notice = null;
		this.#take(launch);
		if (this.mode === 'normal' && this.#givenHere.length > 0) {
			for (const { item, response } of this.#givenHere) {
				this.answers = { ...this.answers, [item.id]: recordAttempt(item, this.answers[item.id], response) };
			}
			// The learner is mid-lesson: keep the question order they are seeing.
			this.seed = seed;
			if (this.finishedAt === null && this.completed) this.finishedAt = Date.now();
		}
		if (here !== '/') this.location = here;
		this.#save();
	}

	/** Takes launch data: the LMS's settings and the saved progress, validated. */
	#take(launch: LaunchData): RestoreResult['status'] {
		this.learnerName = launch.learnerName;
		// With a final assessment that decides the result, its pass mark is the course's (unless the LMS sets one).
		const own = this.#final.perLesson > 0 && this.#final.scoring.kind === 'final' ? this.#final.passMark : this.course.settings.passMark;
		this.passMark = launch.passMark ?? own;
		this.mode = launch.mode;
		if (launch.notice) this.notice = launch.notice.message;
		const result = restoreProgress(launch.saved, this.course.fingerprint, [...this.#items, ...finalBank(this.course.lessons)]);
		if (result.status === 'corrupt' && launch.saved) {
			this.#tracker.setAside(launch.saved);
			this.notice = 'We could not read your saved progress, so the course starts from the beginning. A copy was kept.';
		} else if (result.status === 'migrated' && result.dropped > 0) {
			this.notice = 'This course has been updated since your last visit. Your answers to unchanged questions were kept.';
		}
		this.#apply(result.progress);
		this.resumed = result.status !== 'empty' && result.status !== 'corrupt' && Object.keys(this.answers).length > 0;
		return result.status;
	}

	#apply(progress: Progress) {
		this.answers = progress.answers;
		this.location = progress.location;
		this.startedAt = progress.startedAt;
		this.seed = progress.seed;
		this.finishedAt = progress.finishedAt;
	}

	/** This attempt's final assessment questions (empty when the course has none). */
	get finalQuiz(): QuizItem[] {
		return this.#final.perLesson > 0 ? drawFinal(this.course.lessons, this.#final.perLesson, this.seed) : [];
	}

	get hasFinal(): boolean {
		return this.#final.perLesson > 0;
	}

	/** All lesson questions together. */
	get lessonsScore(): ScoreSummary {
		return courseScore(this.course.lessons, this.answers, this.keep);
	}

	get finalScore(): ScoreSummary {
		return summarise(this.finalQuiz, this.answers, this.keep);
	}

	/** The course score: from the final alone, or lessons and final weighted, by the course settings. */
	get score(): ScoreSummary {
		const lessons = this.lessonsScore;
		if (!this.hasFinal) return lessons;
		const final = this.finalScore;
		const answered = lessons.answered + final.answered;
		const total = lessons.total + final.total;
		if (this.#final.scoring.kind === 'final') return { ...final, answered, total };
		const { lessons: wl, final: wf } = this.#final.scoring;
		return { answered, total, points: lessons.points + final.points, percent: Math.round(lessons.percent * wl + final.percent * wf) };
	}

	/** Must-know items still to be answered correctly (empty when the course does not require them). */
	get openMustKnow(): QuizItem[] {
		return this.course.settings.quiz.requireMustKnow ? openMustKnow(this.#items, this.answers) : [];
	}

	get passed(): boolean {
		return isPassed(this.score, this.passMark, this.openMustKnow.length);
	}

	get completed(): boolean {
		return this.score.answered === this.score.total;
	}

	lessonScore(lesson: Lesson): ScoreSummary {
		return lessonScore(lesson, this.answers, this.keep);
	}

	isAnswered(item: QuizItem): boolean {
		return item.id in this.answers;
	}

	/** Whether the try that counts is correct. */
	isCorrect(item: QuizItem): boolean {
		return recordScore(item, this.answers[item.id], this.keep) === 1;
	}

	/** Whether the latest try is correct (what the feedback is about). */
	lastCorrect(item: QuizItem): boolean {
		const record = this.answers[item.id];
		return !!record && recordScore(item, record, 'last') === 1;
	}

	/** The lesson's questions in this attempt's order (shuffled per attempt when the course says so). */
	quizOrder(lesson: Lesson): QuizItem[] {
		return this.course.settings.quiz.shuffleQuestions ? shuffle(lesson.quiz, `${this.seed}:${lesson.slug}`) : lesson.quiz;
	}

	/** Shuffle seed for an item's options on this try: a new order each try, the same order on reload. */
	optionSeed(item: QuizItem): string | null {
		return this.course.settings.quiz.shuffleOptions ? `${this.seed}:${item.id}:${this.answers[item.id]?.tries ?? 0}` : null;
	}

	/** The response that counts for the score, under the keep rule. */
	countedResponse(item: QuizItem): Response | undefined {
		const record = this.answers[item.id];
		return record && (this.keep === 'best' ? record.best : record.last);
	}

	/** Tries left (null: unlimited). */
	triesLeft(item: QuizItem): number | null {
		return triesLeft(this.answers[item.id], this.attempts);
	}

	/**
	 * Review: the LMS launched a finished attempt for review (or browse), or this learner has finished every
	 * question. Answers and explanations are shown and nothing changes — except that a must-know question still
	 * holding back the pass can be answered again, because that is the way to pass.
	 */
	get reviewing(): boolean {
		return this.mode !== 'normal' || this.finishedAt !== null;
	}

	/** Whether the learner may answer (again): not yet right, tries left, and not in review. */
	canTry(item: QuizItem): boolean {
		if (this.mode !== 'normal' || this.lastCorrect(item)) return false;
		if (this.finishedAt !== null && !this.openMustKnow.some((i) => i.id === item.id)) return false;
		const left = this.triesLeft(item);
		return left === null || left > 0;
	}

	/** Records a try at an item; `lessonSlug` is what it is reported under (a lesson, or "final"). */
	answer(lessonSlug: string, item: QuizItem, response: Response, shownAt: number) {
		if (!this.canTry(item)) return;
		this.#givenHere.push({ item, response });
		this.answers = { ...this.answers, [item.id]: recordAttempt(item, this.answers[item.id], response) };
		if (this.finishedAt === null && this.completed) this.finishedAt = Date.now();
		this.#tracker.recordAnswer({
			item,
			response,
			lessonSlug,
			correct: this.lastCorrect(item),
			shownAt,
			answeredAt: Date.now()
		});
		this.#save();
	}

	/** Bookmark the screen the learner is on, so a relaunch can offer to continue there. */
	visit(path: string) {
		// The start page is where every launch begins anyway; keeping the last real screen is what makes resume useful.
		if (path === '/' || this.location === path) return;
		this.location = path;
		this.#report(this.#tracker.bookmark(this.#checkpoint()));
	}

	dismissNotice() {
		this.notice = null;
	}

	/** Start again from nothing: clears this learner's saved progress. */
	reset() {
		this.#tracker.reset();
		this.#givenHere = [];
		this.#apply(emptyProgress());
		this.resumed = false;
		this.notice = null;
		this.#save();
	}

	/** The page is being hidden: the learner may not come back to it (mobile browsers discard hidden tabs). */
	flush() {
		this.#tracker.flush();
	}

	quit() {
		this.#tracker.quit();
	}

	#save() {
		this.#report(this.#tracker.save(this.#checkpoint()));
	}

	#checkpoint(): Checkpoint {
		const progress: Progress = {
			answers: this.answers,
			location: this.location,
			startedAt: this.startedAt,
			finishedAt: this.finishedAt,
			seed: this.seed
		};
		const score = this.score;
		const mustKnow = this.#items.filter((i) => i.mustKnow);
		const open = this.openMustKnow;
		return {
			saved: serializeProgress(progress, this.course.fingerprint),
			location: this.location,
			scorePercent: reportedPercent(score.percent, this.passMark, open.length),
			progress: score.total ? score.answered / score.total : 0,
			completed: this.completed,
			passed: this.passed,
			lessons: [
				...this.course.lessons.map((l) => {
					const s = this.lessonScore(l);
					return { slug: l.slug, title: l.title, answered: s.answered, total: s.total, scorePercent: s.percent };
				}),
				...(this.hasFinal ? [{ slug: 'final', title: 'Final check', ...pick(this.finalScore) }] : [])
			],
			mustKnow:
				this.course.settings.quiz.requireMustKnow && mustKnow.length
					? {
							total: mustKnow.length,
							known: mustKnow.length - open.length,
							// A must-know item with no tries left can no longer be satisfied in this attempt.
							blocked: open.filter((i) => this.triesLeft(i) === 0).length
						}
					: null
		};
	}

	#report(problem: TrackerNotice | null) {
		if (problem) this.notice = problem.message;
	}
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

function pick(s: ScoreSummary) {
	return { answered: s.answered, total: s.total, scorePercent: s.percent };
}
