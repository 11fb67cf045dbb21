import { course } from '../content/index.ts';
import { StandaloneTracker } from '../tracking/adapters/standalone.ts';
import { CourseState } from './course.svelte.ts';

let state: CourseState | undefined;

/** The course state for this page, created on first use (in the browser: the course has no server rendering). */
export function courseState(): CourseState {
	state ??= new CourseState(course, new StandaloneTracker(course.settings.id));
	return state;
}
