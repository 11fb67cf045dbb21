import { Cmi5Tracker } from './adapters/cmi5.ts';
import { LateLmsTracker } from './adapters/late-lms.ts';
import { ScormTracker } from './adapters/scorm.ts';
import { StandaloneTracker } from './adapters/standalone.ts';
import { readParams } from './cmi5/launch.ts';
import { findLms, type LmsConnection, type WindowLike } from './scorm/find-api.ts';
import type { Tracker } from './tracker.ts';

/**
 * Picks the tracker at launch, like adapter-static's platform list: the first place that says "this is me" wins.
 * cmi5's launch parameters in the address mean cmi5 (an LMS that launches with them has no SCORM API). An LMS API anywhere above the course (parent frames, then the opener) means SCORM. A course in a frame or popup
 * with no API yet may be in an LMS that provides it late: it starts as the web page and keeps looking for a moment
 * (LateLmsTracker). A top-level page nobody opened is the plain web page, keeping progress in this browser.
 */
export function chooseTracker(settings: { id: string; passMark: number }, win: WindowLike | null = typeof window === 'undefined' ? null : window): Tracker {
	const connect = (lms: LmsConnection) => new ScormTracker(lms.version, lms.api, settings.passMark, { courseId: settings.id });
	const cmi5 = readParams((win as { location?: { search?: string } } | null)?.location?.search ?? '');
	if (cmi5) return new Cmi5Tracker(cmi5, { courseId: settings.id });
	const lms = findLms({ start: win });
	if (lms) return connect(lms);
	const standalone = new StandaloneTracker(settings.id);
	if (!win || !embedded(win)) return standalone;
	return new LateLmsTracker({ find: () => findLms({ start: win }), standalone, connect });
}

/** In a frame, or opened by another window: where an LMS could be. */
function embedded(win: WindowLike): boolean {
	try {
		return (win.parent !== null && win.parent !== undefined && win.parent !== win) || !!win.opener;
	} catch {
		return true;
	}
}
