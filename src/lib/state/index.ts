import { course } from '../content/index.ts';
import { chooseTracker } from '../tracking/choose-tracker.ts';
import { CourseState } from './course.svelte.ts';
import { Preferences } from './preferences.svelte.ts';

let state: CourseState | undefined;

/** The course state for this page, created on first use (in the browser: the course has no server rendering). */
export function courseState(): CourseState {
	state ??= new CourseState(course, chooseTracker(course.settings));
	return state;
}

let prefs: Preferences | undefined;

/** Reading preferences and patient-session mode for this device (see preferences.svelte.ts). */
export function preferences(): Preferences {
	prefs ??= new Preferences(course.settings.id);
	return prefs;
}
