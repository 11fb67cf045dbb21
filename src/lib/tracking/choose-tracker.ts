import { StandaloneTracker } from './adapters/standalone.ts';
import { ScormTracker } from './adapters/scorm.ts';
import { findLms } from './scorm/find-api.ts';
import type { Tracker } from './tracker.ts';

/**
 * Picks the tracker at launch, like adapter-static's platform list: the first place that says "this is me" wins.
 * An LMS API anywhere above the course (parent frames, then the opener) means SCORM; otherwise the course is a
 * plain web page and keeps progress in this browser.
 */
export function chooseTracker(settings: { id: string; passMark: number }): Tracker {
	const lms = findLms();
	if (lms) return new ScormTracker(lms.version, lms.api, settings.passMark);
	return new StandaloneTracker(settings.id);
}
