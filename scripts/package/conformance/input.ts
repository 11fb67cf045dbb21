import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Course } from '../../../src/lib/content/types.ts';
import { finalCopy, finalSize } from '../../../src/lib/quiz/final.ts';
import { restoreProgress, serializeProgress } from '../../../src/lib/state/progress.ts';
import { objectiveId, SAFETY_OBJECTIVE_ID } from '../../../src/lib/tracking/scorm/ids.ts';
import { correctPattern, interactionId, learnerResponse } from '../../../src/lib/tracking/scorm/responses.ts';
import { interactionTime, timespan } from '../../../src/lib/tracking/scorm/time.ts';
import type { ConformanceInput, Formatters, PackageUnderCheck, ReportedItem, ReportedObjective } from './types.ts';

/**
 * Builds the check's input from the real course: the questions the learner can answer (lesson questions and the final
 * check's copies), every route the course can bookmark (read from src/routes, so a new screen is covered without
 * touching the check), the objectives the adapter writes, and the packages about to be zipped.
 */

const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));
export const ROUTES_DIR = join(SRC, 'routes');

/** The functions the course itself uses to produce LMS values. */
export const REAL_FORMATTERS: Formatters = {
	interactionId,
	correctPattern,
	learnerResponse,
	interactionTime,
	timespan,
	serializeProgress,
	restoreProgress
};

/** `src/routes` → route patterns: `/`, `/lesson/[slug]`, `/lesson/[slug]/quiz/[n]`… (layout groups dropped). */
export function routePatterns(routesDir = ROUTES_DIR): string[] {
	if (!existsSync(routesDir)) return [];
	const dirs = [routesDir, ...readdirSync(routesDir, { recursive: true, withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(e.parentPath, e.name))];
	return dirs
		.filter((dir) => existsSync(join(dir, '+page.svelte')))
		.map((dir) => {
			const segments = relative(routesDir, dir)
				.split(sep)
				.filter((s) => s && !/^\(.*\)$/.test(s));
			return `/${segments.join('/')}`;
		})
		.sort();
}

/**
 * Route patterns → every concrete path. Parameters are filled in from the course: `[slug]` after `lesson` with every
 * lesson's slug, `[n]` after `quiz` with 1…that lesson's question count, `[n]` after `final` with 1…the final check's
 * length. A parameter it does not know leaves the pattern unresolved (the bookmark rule reports it).
 */
export function expandRoutes(patterns: readonly string[], course: Pick<Course, 'lessons' | 'settings'>): { routes: string[]; unresolved: string[] } {
	const finalCount = finalSize(course.lessons, course.settings.quiz.final.perLesson);
	const routes: string[] = [];
	const unresolved: string[] = [];
	for (const pattern of patterns) {
		const segments = pattern.split('/').filter(Boolean);
		let partial: { path: string[]; lesson?: Course['lessons'][number] }[] = [{ path: [] }];
		let known = true;
		segments.forEach((segment, i) => {
			if (!known) return;
			const param = /^\[(\w+)\]$/.exec(segment)?.[1];
			const previous = segments[i - 1];
			if (!param) {
				partial = partial.map((p) => ({ ...p, path: [...p.path, segment] }));
			} else if (param === 'slug' && previous === 'lesson') {
				partial = partial.flatMap((p) => course.lessons.map((lesson) => ({ path: [...p.path, lesson.slug], lesson })));
			} else if (param === 'n' && previous === 'quiz') {
				partial = partial.flatMap((p) => numbers(p.lesson?.quiz.length ?? 0).map((n) => ({ ...p, path: [...p.path, String(n)] })));
			} else if (param === 'n' && previous === 'final') {
				partial = partial.flatMap((p) => numbers(finalCount).map((n) => ({ ...p, path: [...p.path, String(n)] })));
			} else {
				known = false;
			}
		});
		if (known) routes.push(...partial.map((p) => `/${p.path.join('/')}`));
		else unresolved.push(pattern);
	}
	return { routes: [...new Set(routes)], unresolved };
}

const numbers = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

export interface InputOptions {
	/** Route patterns (default: read from src/routes). */
	routePatterns?: readonly string[];
	/** Replace some formatters (tests prove a rule catches a broken one). */
	format?: Partial<Formatters>;
}

export function conformanceInput(
	course: Pick<Course, 'settings' | 'lessons' | 'fingerprint'>,
	packages: PackageUnderCheck[],
	options: InputOptions = {}
): ConformanceInput {
	const { settings, lessons } = course;
	const hasFinal = settings.quiz.final.perLesson > 0;
	const items: ReportedItem[] = [
		...lessons.flatMap((l) => l.quiz.map((item) => ({ item, lesson: l.slug }))),
		...(hasFinal ? lessons.flatMap((l) => l.quiz.map((item) => ({ item: finalCopy(item), lesson: 'final', drawnFrom: l.slug }))) : [])
	];
	const mustKnow = settings.quiz.requireMustKnow && lessons.some((l) => l.quiz.some((q) => q.mustKnow));
	const objectives: ReportedObjective[] = [
		...lessons.map((l) => ({ id: objectiveId(l.slug) })),
		...(hasFinal ? [{ id: objectiveId('final') }] : []),
		...(mustKnow ? [{ id: SAFETY_OBJECTIVE_ID }] : [])
	];
	const { routes, unresolved } = expandRoutes(options.routePatterns ?? routePatterns(), course);
	return {
		course,
		items,
		routes,
		unresolvedRoutes: unresolved,
		objectives,
		packages,
		format: { ...REAL_FORMATTERS, ...options.format }
	};
}
