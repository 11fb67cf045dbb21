import type { Course, Lesson, QuizItem } from '../content/types.ts';
import { courseScore, isPassed, lessonScore, scoreItem, type Response, type ScoreSummary } from '../quiz/scoring.ts';
import type { Checkpoint, LaunchMode, Tracker, TrackerNotice } from '../tracking/tracker.ts';
import { emptyProgress, restoreProgress, serializeProgress, type Progress } from './progress.ts';

/**
 * The one place where quiz and tracker meet. Components read its reactive fields and call its methods;
 * every change that matters is saved through the tracker at once (a checkpoint), never on a timer.
 */
export class CourseState {
	readonly course: Course;
	readonly #tracker: Tracker;
	readonly #items: QuizItem[];

	answers = $state<Record<string, Response>>({});
	location = $state('/');
	startedAt = $state(Date.now());
	learnerName = $state<string | null>(null);
	/** The pass mark in force: the LMS's when it sets one, else the course's. */
	passMark = $state(0);
	/** review/browse: the LMS shows a finished attempt; answers are shown but nothing new is scored. */
	mode = $state<LaunchMode>('normal');
	/** A calm message for the learner: restored from an older version, could not read saved progress, could not save. */
	notice = $state<string | null>(null);
	/** Whether there was saved progress to continue when the course opened. */
	resumed = $state(false);

	constructor(course: Course, tracker: Tracker) {
		this.course = course;
		this.#tracker = tracker;
		this.#items = course.lessons.flatMap((l) => l.quiz);
		this.#launch();
	}

	#launch() {
		const launch = this.#tracker.start();
		this.learnerName = launch.learnerName;
		this.passMark = launch.passMark ?? this.course.settings.passMark;
		this.mode = launch.mode;
		if (launch.notice) this.notice = launch.notice.message;
		const result = restoreProgress(launch.saved, this.course.fingerprint, this.#items);
		if (result.status === 'corrupt' && launch.saved) {
			this.#tracker.setAside(launch.saved);
			this.notice = 'We could not read your saved progress, so the course starts from the beginning. A copy was kept.';
		} else if (result.status === 'migrated') {
			this.notice = 'This course has been updated since your last visit. Your answers to unchanged questions were kept.';
		}
		this.#apply(result.progress);
		this.resumed = result.status !== 'empty' && result.status !== 'corrupt' && Object.keys(this.answers).length > 0;
	}

	#apply(progress: Progress) {
		this.answers = progress.answers;
		this.location = progress.location;
		this.startedAt = progress.startedAt;
	}

	get score(): ScoreSummary {
		return courseScore(this.course.lessons, this.answers);
	}

	get passed(): boolean {
		return isPassed(this.score, this.passMark);
	}

	get completed(): boolean {
		return this.score.answered === this.score.total;
	}

	lessonScore(lesson: Lesson): ScoreSummary {
		return lessonScore(lesson, this.answers);
	}

	isAnswered(item: QuizItem): boolean {
		return item.id in this.answers;
	}

	isCorrect(item: QuizItem): boolean {
		return scoreItem(item, this.answers[item.id]) === 1;
	}

	/** First answers are final: the score is built from them, and feedback explains the correct one. */
	answer(lesson: Lesson, item: QuizItem, response: Response, shownAt: number) {
		if (this.isAnswered(item) || this.mode !== 'normal') return;
		this.answers = { ...this.answers, [item.id]: response };
		this.#tracker.recordAnswer({
			item,
			response,
			lessonSlug: lesson.slug,
			correct: this.isCorrect(item),
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
		this.#apply(emptyProgress());
		this.resumed = false;
		this.notice = null;
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
		const progress: Progress = { answers: this.answers, location: this.location, startedAt: this.startedAt };
		const score = this.score;
		return {
			saved: serializeProgress(progress, this.course.fingerprint),
			location: this.location,
			scorePercent: score.percent,
			progress: score.total ? score.answered / score.total : 0,
			completed: this.completed,
			passed: this.passed,
			lessons: this.course.lessons.map((l) => {
				const s = lessonScore(l, this.answers);
				return { slug: l.slug, title: l.title, answered: s.answered, total: s.total, scorePercent: s.percent };
			})
		};
	}

	#report(problem: TrackerNotice | null) {
		if (problem) this.notice = problem.message;
	}
}
