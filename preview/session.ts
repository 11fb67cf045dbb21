/**
 * The course's sessions as an LMS runs them: a launch reads the stored attempt, plans entry and attempt, puts a fresh
 * API on the window and loads the SCO in the frame; a relaunch unloads it first (and notes a missing Terminate); a new
 * attempt forgets what was stored. Also the data model as the LMS holds it now, and page dismissal as the LMS sees it:
 * the course's page being unloaded (for Moodle's beacons) and the LMS page itself unloading (where an LMS that
 * finishes on unload ends the session with its own Finish).
 */

import { is12, packagePath, profile, storageKey, V, version } from './config.ts';
import { createApi, lmsFinishesSession } from './api.ts';
import { $ } from './dom.ts';
import { planLaunch } from './launch-plan.ts';
import { changed, note, resetSession, session, state } from './state.ts';
import { forgetRecord, loadRecord } from './storage.ts';
import type { Cmi } from './types.ts';

let relaunching: Promise<void> | null = null;

/** Navigates the course frame and waits for its load event (at most 15 s). */
function navigateFrame(src: string): Promise<void> {
	const frame = $('course') as HTMLIFrameElement;
	return new Promise((resolve) => {
		const done = () => {
			clearTimeout(timer);
			frame.removeEventListener('load', done);
			resolve();
		};
		const timer = setTimeout(done, 15000);
		frame.addEventListener('load', done);
		frame.src = src;
	});
}

/**
 * Marks the course's page as being dismissed when it starts to unload by itself. A capturing listener on its window
 * runs before the course's own pagehide handler (capture listeners come first at the target).
 */
function watchDismissal(): void {
	const win = ($('course') as HTMLIFrameElement).contentWindow;
	try {
		win?.addEventListener('pagehide', () => (session.dismissing = true), { capture: true });
	} catch {
		// A package from another origin: its unload is not seen (the relaunch marks it instead).
	}
}

// The LMS page itself unloads (reload, navigation, tab closed): an LMS that finishes on unload sends its Finish first.
addEventListener('beforeunload', () => {
	lmsFinishesSession('its page is unloading: beforeunload');
	session.dismissing = true;
});
addEventListener('pagehide', () => (session.dismissing = true));

/** Starts a session: reads storage, decides entry, creates the API on the window, then loads the SCO. */
export async function launch(): Promise<void> {
	const record = loadRecord(storageKey);
	if (record) state.sessionHistory.push(record);
	const plan = planLaunch(version, record);
	state.plan = plan;
	state.launchTotalTime = plan.carry?.totalTime ?? '';
	resetSession();
	state.api = createApi(plan);
	(window as unknown as Record<string, unknown>)[V.global] = state.api; // before the SCO loads, so its API search finds it
	note(`Launch ${session.number}: attempt ${plan.attempt}, session ${plan.session}, entry = "${plan.entry}". ${plan.reason}`);
	changed(true);
	await navigateFrame(new URL(state.manifest?.launchHref ?? 'index.html', location.origin + packagePath).href);
	watchDismissal();
}

function setBusy(busy: boolean): void {
	for (const id of ['relaunch', 'new-attempt']) ($(id) as HTMLButtonElement).disabled = busy;
	$('relaunch').textContent = busy ? 'Relaunching…' : 'Exit and relaunch';
}

/**
 * Unloads the course (its pagehide handler should Terminate), then launches it again from what was stored. An LMS that
 * finishes on unload is left the way a learner leaves it, by its page unloading: it finishes the session first.
 */
export function relaunch(): Promise<void> {
	relaunching ??= (async () => {
		setBusy(true);
		try {
			if (profile === 'finishes-on-unload') lmsFinishesSession('Exit and relaunch: the LMS page unloads');
			session.dismissing = true;
			await navigateFrame('about:blank');
			if (session.state !== 'terminated') {
				const lost = session.uncommitted;
				note(
					session.state === 'not initialized'
						? `The course unloaded without calling ${V.methods.initialize}.`
						: (state.log.some((e) => e.launch === session.number && e.method === V.methods.terminate)
								? `The course's ${V.methods.terminate} failed, so the LMS did not end the session. `
								: `The course unloaded without calling ${V.methods.terminate}. `) +
								(lost > 0
									? `${lost} value${lost === 1 ? '' : 's'} set after the last ${V.methods.commit} never reached the LMS.`
									: `Everything it set had been committed.`),
					'warning'
				);
			}
			await launch();
		} finally {
			relaunching = null;
			setBusy(false);
		}
	})();
	return relaunching;
}

/** Forgets the stored attempt for this version and reloads the page: the next launch is ab-initio. */
export function newAttempt(): void {
	state.discarding = true;
	forgetRecord(storageKey);
	location.reload();
}

/** The whole data model as the LMS holds it now (`{ cmi: … }`), including write-only elements. */
export function getData(): { cmi: Cmi } | null {
	if (!state.api) return null;
	const data = JSON.parse(JSON.stringify(state.api.renderCMIToJSONObject()));
	// scorm-again leaves 1.2's total_time out of its JSON; show the LMS-held value like 2004's.
	if (is12 && data.cmi?.core) data.cmi.core.total_time = state.launchTotalTime || '0000:00:00';
	return data;
}
