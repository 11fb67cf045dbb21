/**
 * The page around the course: title, version label and switch link, the LMS profile picker, the Strict LMS toggle
 * (stored, and kept in step with an explicit ?strict= in the address), the relaunch and new-attempt buttons, the log filters, and the message
 * shown when the package cannot be launched.
 */

import { profile, V } from './config.ts';
import { $, h } from './dom.ts';
import { isProfile, LMS_PROFILES, PROFILE_INFO, type LmsProfile } from './profiles.ts';
import { newAttempt, relaunch } from './session.ts';
import { note, state } from './state.ts';
import { writeProfileSetting, writeStrictSetting } from './storage.ts';

/** Turns strict mode on or off, stores the choice, and notes it in the log. */
export function setStrictMode(on: boolean): void {
	state.strict = on;
	writeStrictSetting(on);
	// Keep an explicit ?strict= in the address in step, so a reload does not undo the toggle.
	const url = new URL(location.href);
	if (url.searchParams.has('strict')) {
		url.searchParams.set('strict', on ? '1' : '0');
		history.replaceState(history.state, '', url);
	}
	syncStrictChrome();
	note(`Strict LMS mode ${on ? 'on: every SetValue is checked against the limits a strict LMS enforces' : 'off: scorm-again alone judges SetValue (lenient)'}.`);
}

/**
 * Plays another LMS: stores the choice and reloads the page with `?lms=` (the course leaves this LMS as a learner's
 * page unload would, and the stored attempt is launched by the new one).
 */
export function setProfile(next: LmsProfile): void {
	writeProfileSetting(next);
	const url = new URL(location.href);
	url.searchParams.set('lms', next);
	location.assign(url);
}

function syncStrictChrome(): void {
	const box = document.getElementById('strict') as HTMLInputElement | null;
	if (box) box.checked = state.strict;
	document.documentElement.dataset.strict = state.strict ? 'on' : 'off';
	const sw = document.getElementById('switch') as HTMLAnchorElement | null;
	const params = new URLSearchParams(location.search);
	if (sw) sw.href = `?v=${V.other}${params.has('strict') ? `&strict=${state.strict ? 1 : 0}` : ''}${params.has('lms') ? `&lms=${profile}` : ''}`;
}

export function setupChrome(): void {
	document.title = `LMS preview · ${V.label}`;
	$('version-label').textContent = V.label;
	const sw = $('switch') as HTMLAnchorElement;
	sw.href = `?v=${V.other}`;
	sw.textContent = `Switch to ${V.otherLabel}`;
	$('strict').addEventListener('change', (e) => setStrictMode((e.currentTarget as HTMLInputElement).checked));
	const pick = $('lms-profile') as HTMLSelectElement;
	pick.replaceChildren(...LMS_PROFILES.map((p) => h('option', { value: p, selected: p === profile }, PROFILE_INFO[p].label)));
	pick.addEventListener('change', () => isProfile(pick.value) && setProfile(pick.value));
	document.documentElement.dataset.lms = profile;
	syncStrictChrome();
	$('relaunch').addEventListener('click', () => void relaunch());
	$('new-attempt').addEventListener('click', () => newAttempt());
	const logBox = $('log');
	for (const [id, cls] of [
		['hide-diag', 'hide-diag'],
		['errors-only', 'errors-only']
	] as const) {
		const box = $(id) as HTMLInputElement;
		const sync = () => logBox.classList.toggle(cls, box.checked);
		box.addEventListener('change', sync);
		sync();
	}
}

export function showProblem(message: string): void {
	const box = $('player-message');
	box.hidden = false;
	box.replaceChildren(h('h2', {}, 'The package could not be launched'), h('p', {}, message), h('p', {}, 'Run ', h('code', {}, 'npm run build && npm run package'), ', then restart ', h('code', {}, 'npm start'), '.'));
	$('course').hidden = true;
}
