import type { Course, Lesson, QuizItem } from '../content/types.ts';
import { finalBank } from '../quiz/final.ts';
import { lessonScore, recordAttempt, recordScore, triesLeft, type KeepRule, type Response, type ScoreSummary } from '../quiz/scoring.ts';
import { shuffle } from '../quiz/shuffle.ts';
import type { LaunchData, SaveStatus, Tracker, TrackerNotice } from '../tracking/tracker.ts';
import type { SafetyFact } from '../quiz/safety.ts';
import { courseResult, toCheckpoint } from './course-result.ts';
import { emptyProgress, restoreProgress, serializeProgress, type Progress, type RestoreResult } from './progress.ts';

/**
 * The one place where quiz and tracker meet: the learner's progress, what the launch said, and the answering rules.
 * Components read its reactive fields and call its methods; every change that matters is saved through the tracker
 * at once (a checkpoint), never on a timer. Scores and the checkpoint are computed by course-result.ts.
 */
export class CourseState {
	readonly #course: Course;
	/** Which try counts for the score: the best or the last (a course setting). */
	readonly keep: KeepRule;
	readonly #tracker: Tracker;
	readonly #quiz: Course['settings']['quiz'];
	readonly #final: Course['settings']['quiz']['final'];
	/** Every lesson question, in course order. */
	readonly #items: QuizItem[];
	/**
	 * What the place the course runs in said at launch (learner, mode: normal/review/browse, pass mark), and whether
	 * it is a plain web page. Set by #take.
	 */
	#launch = $state.raw({} as LaunchData & { standalone: boolean });
	/**
	 * The learner's progress (see progress.ts). Components read it through the getters below; only this class
	 * changes it, and saves every change. Set by #take.
	 */
	#progress = $state({} as Progress);
	/** A calm message for the learner: restored from an older version, could not read saved progress, could not save. */
	notice = $state<string | null>(null);
	/** Whether there was saved progress to continue when the course opened. */
	resumed = $state(false);
	/** How saving to the LMS is going, for a quiet status line (null: nothing to say). */
	saveStatus = $state<SaveStatus | null>(null);
	/** Answers given on this page, in order: merged into the LMS's record if it is only reached later. */
	#givenHere: Array<[QuizItem, Response]> = [];
	/** Scores, final check and pass state: recomputed when the answers, the seed or the pass mark change. */
	readonly #result = $derived.by(() => courseResult(this.#course, this.#progress.answers, this.#progress.seed, this.passMark));

	constructor(course: Course, tracker: Tracker) {
		this.#course = course;
		this.#tracker = tracker;
		this.#quiz = course.settings.quiz;
		this.#final = this.#quiz.final;
		this.keep = this.#quiz.keep;
		this.#items = course.lessons.flatMap((l) => l.quiz);
		tracker.onStatus?.((status) => (this.saveStatus = status));
		tracker.onLaunch?.((launch) => this.#adopt(launch));
		const launch = tracker.start();
		// Progress this browser kept because it never reached the LMS: written back at once (never an unreadable one).
		if (this.#take(launch) !== 'corrupt' && launch.resave) this.#save();
	}

	/** No LMS: a plain web page (patient sessions, offline use and "Next patient" are only offered here). */
	get standalone(): boolean {
		return this.#launch.standalone;
	}

	/** Tries per question (null: unlimited): practice on the web page, the LMS setting inside an LMS. */
	get attempts(): number | null {
		return this.#quiz.attempts[this.standalone ? 'standalone' : 'lms'];
	}

	get learnerName(): string | null {
		return this.#launch.learnerName;
	}

	/**
	 * The pass mark in force: the LMS's when it sets one, else the course's — and with a final assessment that
	 * decides the result, the final's.
	 */
	get passMark(): number {
		return this.#launch.passMark ?? (this.hasFinal && this.#final.scoring.kind === 'final' ? this.#final.passMark : this.#course.settings.passMark);
	}

	get answers(): Progress['answers'] {
		return this.#progress.answers;
	}

	/** The bookmark: the last screen visited. */
	get location(): string {
		return this.#progress.location;
	}

	get startedAt(): number {
		return this.#progress.startedAt;
	}

	get finishedAt(): number | null {
		return this.#progress.finishedAt;
	}

	/** This attempt's shuffle seed (see progress.ts). */
	get seed(): string {
		return this.#progress.seed;
	}

	/**
	 * The LMS was reached only after the course started (an API that appeared late, or Initialize accepted on a
	 * retry). Its record is the learner's; the answers given here meanwhile are added to it, and it is saved.
	 */
	#adopt(launch: LaunchData) {
		const { location, seed } = this.#progress;
		this.notice = null;
		this.#take(launch);
		if (this.#launch.mode === 'normal' && this.#givenHere.length > 0) {
			// The learner is mid-lesson: keep the question order they are seeing.
			this.#progress.seed = seed;
			for (const [item, response] of this.#givenHere) this.#record(item, response);
		}
		if (location !== '/') this.#progress.location = location;
		this.#save();
	}

	/** Takes launch data: the LMS's settings and the saved progress, validated. */
	#take(launch: LaunchData): RestoreResult['status'] {
		// The tracker's kind may change once: when a late LMS is reached (see #adopt).
		this.#launch = { ...launch, standalone: this.#tracker.kind === 'standalone' };
		if (launch.notice) this.notice = launch.notice.message;
		const result = restoreProgress(launch.saved, this.#course.fingerprint, [...this.#items, ...finalBank(this.#course.lessons)]);
		const { status, progress } = result;
		if (status === 'corrupt' && launch.saved) {
			this.#tracker.setAside(launch.saved);
			this.notice = 'We could not read your saved progress, so the course starts from the beginning. A copy was kept.';
		} else if (status === 'migrated' && result.dropped > 0) {
			this.notice = 'This course has been updated since your last visit. Your answers to unchanged questions were kept.';
		}
		this.#progress = progress;
		// (An empty or unreadable save gives no answers.)
		this.resumed = Object.keys(progress.answers).length > 0;
		return status;
	}

	/** This attempt's final assessment questions (empty when the course has none). */
	get finalQuiz(): QuizItem[] {
		return this.#result.finalQuiz;
	}

	get hasFinal(): boolean {
		return this.#final.perLesson > 0;
	}

	get finalScore(): ScoreSummary {
		return this.#result.finalScore;
	}

	/** The course score: from the final alone, or lessons and final weighted, by the course settings. */
	get score(): ScoreSummary {
		return this.#result.score;
	}

	/** Safety facts still open: the latest answer to each is not right yet (see quiz/safety.ts). */
	get openMustKnow(): SafetyFact[] {
		return this.#result.openMustKnow;
	}

	get passed(): boolean {
		return this.#result.passed;
	}

	get completed(): boolean {
		return this.#result.completed;
	}

	lessonScore(lesson: Pick<Lesson, 'quiz'>): ScoreSummary {
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
		return recordScore(item, this.answers[item.id], 'last') === 1;
	}

	/** The lesson's questions in this attempt's order (shuffled per attempt when the course says so). */
	quizOrder(lesson: Lesson): QuizItem[] {
		return this.#quiz.shuffleQuestions ? shuffle(lesson.quiz, `${this.seed}:${lesson.slug}`) : lesson.quiz;
	}

	/** Shuffle seed for an item's options on this try: a new order each try, the same order on reload. */
	optionSeed(item: QuizItem): string | null {
		return this.#quiz.shuffleOptions ? `${this.seed}:${item.id}:${this.answers[item.id]?.tries ?? 0}` : null;
	}

	/** The response that counts for the score, under the keep rule. */
	countedResponse(item: QuizItem): Response | undefined {
		return this.answers[item.id]?.[this.keep];
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
		return this.#launch.mode !== 'normal' || this.finishedAt !== null;
	}

	/** Whether the learner may answer (again): not yet right, tries left, and not in review. */
	canTry(item: QuizItem): boolean {
		if (this.#launch.mode !== 'normal' || this.lastCorrect(item)) return false;
		if (this.finishedAt !== null && !this.openMustKnow.some((f) => f.copies.some((c) => c.id === item.id))) return false;
		const left = this.triesLeft(item);
		return left === null || left > 0;
	}

	/** Records a try at an item; `lessonSlug` is what it is reported under (a lesson, or "final"). */
	answer(lessonSlug: string, item: QuizItem, response: Response, shownAt: number) {
		if (!this.canTry(item)) return;
		this.#givenHere.push([item, response]);
		this.#record(item, response);
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

	/**
	 * Adds a try to the item's record, moved to the end: records are kept in the order of their latest try, which is
	 * how the safety rule knows which copy of a question was answered last (quiz/safety.ts). The first time every
	 * question is answered is when the learner finished.
	 */
	#record(item: QuizItem, response: Response) {
		const { [item.id]: previous, ...others } = this.#progress.answers;
		this.#progress.answers = { ...others, [item.id]: recordAttempt(item, previous, response) };
		if (this.finishedAt === null && this.completed) this.#progress.finishedAt = Date.now();
	}

	/** Bookmark the screen the learner is on, so a relaunch can offer to continue there. */
	visit(path: string) {
		// The start page is where every launch begins anyway; keeping the last real screen is what makes resume useful.
		if (path === '/' || this.location === path) return;
		this.#progress.location = path;
		this.#report(this.#tracker.bookmark(this.#checkpoint()));
	}

	dismissNotice() {
		this.notice = null;
	}

	/** Start again from nothing: clears this learner's saved progress. */
	reset() {
		this.#tracker.reset();
		this.#givenHere = [];
		this.#progress = emptyProgress();
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

	/** The launching system lets the learner leave the course for it (cmi5's returnURL). */
	get canExit(): boolean {
		return this.#launch.canExit === true;
	}

	/** Exit: the session ends and the learner goes back to the launching system. */
	exit(): Promise<void> {
		return this.#tracker.exit?.() ?? Promise.resolve();
	}

	#save() {
		this.#report(this.#tracker.save(this.#checkpoint()));
	}

	#checkpoint() {
		return toCheckpoint({
			course: this.#course,
			result: this.#result,
			answers: this.answers,
			keep: this.keep,
			passMark: this.passMark,
			saved: serializeProgress(this.#progress, this.#course.fingerprint),
			location: this.location,
			triesLeft: (item) => this.triesLeft(item)
		});
	}

	#report(problem: TrackerNotice | null) {
		if (problem) this.notice = problem.message;
	}
}
