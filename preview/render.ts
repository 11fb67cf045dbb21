/**
 * The inspector's live panels: session (learner, attempt, entry, API state, commits, strict mode), status and
 * score, bookmark and saved state (with the suspend_data meter), the raw JSON and the call count. Redraws from the
 * data model the LMS holds, at most every 40 ms while calls arrive.
 */

import { is12, profile, V } from './config.ts';
import { PROFILE_INFO } from './profiles.ts';
import { $, badge, dl, fill, h, str, val, type Row } from './dom.ts';
import { getData } from './session.ts';
import { session, state } from './state.ts';
import { renderInteractions, renderObjectives } from './tables.ts';

let renderPending = false;

/** Redraws within 40 ms (calls come in bursts: one redraw for the burst). */
export function scheduleRender(): void {
	if (renderPending) return;
	renderPending = true;
	setTimeout(() => {
		renderPending = false;
		render();
	}, 40);
}

/** Shows a value the SCO is expected to set, or says it has not. */
function setOrNot(element: string, value: unknown): HTMLElement {
	return session.setElements.has(element) ? val(value) : h('span', { class: 'empty' }, 'not set this session');
}

export function render(): void {
	const { api, plan } = state;
	if (!api || !plan) return;
	const data = getData()?.cmi ?? {};
	const core = data.core ?? {};

	// Session
	const stateText =
		session.state === 'initialized'
			? 'running'
			: session.state === 'terminated'
				? session.finishedByLms
					? 'finished by the LMS (its page unloaded)'
					: `terminated (${V.methods.terminate})`
				: `waiting for ${V.methods.initialize}`;
	const lastCommit = session.lastCommitAt
		? `${session.lastCommitAt.toLocaleTimeString()} · ${session.commits} commit${session.commits === 1 ? '' : 's'}`
		: 'none yet';
	const masteryNote = state.manifest?.mastery === null || !state.manifest ? ' (fallback: the manifest declares none)' : '';
	fill(
		'session-facts',
		dl([
			['LMS', h('span', { id: 'lms-facts' }, PROFILE_INFO[profile].label, h('span', { class: 'why' }, PROFILE_INFO[profile].summary))],
			['Learner', `${is12 ? core.student_name : data.learner_name} (${is12 ? core.student_id : data.learner_id})`],
			['Attempt', String(plan.attempt)],
			['Session', `${plan.session} of this attempt`],
			['Entry', h('span', {}, val(is12 ? core.entry : data.entry), h('span', { class: 'why' }, plan.reason))],
			['API', h('span', { class: `state state-${session.state.replace(' ', '-')}` }, stateText)],
			['Last commit', lastCommit],
			[
				'Uncommitted',
				session.uncommitted > 0
					? h('span', { class: 'warn-text' }, `${session.uncommitted} value${session.uncommitted === 1 ? '' : 's'} set since the last ${V.methods.commit}`)
					: 'nothing'
			],
			[is12 ? 'Mastery score' : 'Passing score', h('span', {}, val(is12 ? data.student_data?.mastery_score : data.scaled_passing_score), masteryNote)],
			[
				'LMS rules',
				state.strict
					? h('span', { class: 'strict-on' }, 'strict', h('span', { class: 'why' }, 'SetValue checked against the limits a strict LMS enforces'))
					: h('span', {}, 'lenient', h('span', { class: 'why' }, 'scorm-again alone judges SetValue; turn on Strict LMS to see what strict LMSs refuse'))
			]
		])
	);

	// Status and score
	const score = (is12 ? core.score : data.score) ?? {};
	fill(
		'status-facts',
		dl([
			...(is12
				? ([['lesson_status', badge(core.lesson_status)]] as Row[])
				: ([
						['completion_status', badge(data.completion_status)],
						['success_status', badge(data.success_status)],
						['progress_measure', val(data.progress_measure)]
					] as Row[])),
			[
				'Score',
				h(
					'span',
					{ class: 'score' },
					h('span', {}, 'raw ', val(score.raw)),
					h('span', {}, 'min ', val(score.min)),
					h('span', {}, 'max ', val(score.max)),
					is12 ? null : h('span', {}, 'scaled ', val(score.scaled))
				)
			]
		])
	);

	// Bookmark and saved state
	const suspend = str(data.suspend_data);
	const limit = V.limits.suspendData;
	const pct = Math.min(100, (suspend.length / limit) * 100);
	const bytes = new TextEncoder().encode(suspend).length;
	const level = suspend.length > limit ? 'over' : pct >= 90 ? 'high' : 'ok';
	const location_ = str(is12 ? core.lesson_location : data.location);
	fill(
		'state-facts',
		dl([
			[is12 ? 'lesson_location' : 'location', h('span', {}, val(location_), location_.length > V.limits.location ? h('span', { class: 'warn-text' }, ` over ${V.limits.location} characters`) : null)],
			[
				'suspend_data',
				h(
					'div',
					{ class: 'meter-wrap' },
					h(
						'div',
						{
							class: `meter meter-${level}`,
							role: 'meter',
							'aria-valuemin': '0',
							'aria-valuemax': String(limit),
							'aria-valuenow': String(suspend.length),
							'aria-label': 'suspend_data length'
						},
						h('span', { style: `width:${pct.toFixed(1)}%` })
					),
					h(
						'span',
						{ class: 'meter-text', id: 'suspend-length' },
						`${suspend.length.toLocaleString('en')} / ${limit.toLocaleString('en')} characters`,
						bytes !== suspend.length ? ` (${bytes.toLocaleString('en')} bytes UTF-8)` : '',
						level === 'over' ? ' — over the limit' : ''
					)
				)
			],
			['session_time', setOrNot(V.paths.sessionTime, is12 ? core.session_time : data.session_time)],
			['total_time', h('span', {}, val(is12 ? core.total_time : data.total_time), h('span', { class: 'why' }, `held by the LMS; grows at ${V.methods.terminate} by the last session_time set`))],
			['exit', setOrNot(V.paths.exit, is12 ? core.exit : data.exit)]
		]),
		suspend
			? h('details', { class: 'raw' }, h('summary', {}, 'suspend_data text'), h('pre', { tabindex: '0' }, suspend))
			: null
	);

	renderInteractions(data);
	renderObjectives(data);

	const json = JSON.stringify({ cmi: data }, null, 2);
	if ($('data-json').textContent !== json) $('data-json').textContent = json;
	const payload = session.lastPayload ? JSON.stringify(session.lastPayload, null, 2) : 'Nothing committed yet this session.';
	if ($('payload-json').textContent !== payload) $('payload-json').textContent = payload;

	const errors = state.log.filter((e) => e.errorCode !== '0').length;
	const refusals = state.log.filter((e) => e.strict).length;
	fill(
		'log-count',
		`${state.log.length} call${state.log.length === 1 ? '' : 's'}`,
		errors ? h('span', { class: 'badge badge-failed' }, `${errors} error${errors === 1 ? '' : 's'}`) : null,
		refusals ? h('span', { class: 'badge badge-strict' }, `${refusals} refused by strict mode`) : null
	);
}
