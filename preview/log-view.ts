/**
 * The call log view: one row per API call (method, arguments, result, error code and text, strict refusals marked)
 * or LMS note, appended as they happen; the newest rows stay in view while the log is scrolled to the bottom.
 */

import { LOG_ROWS_SHOWN, V } from './config.ts';
import { $, clip, fmtElapsed, h, val } from './dom.ts';
import type { LmsEvent, LogEntry } from './types.ts';

export function appendLogRow(e: LogEntry | LmsEvent): void {
	const body = document.getElementById('log-body');
	if (!body) return;
	const scroller = $('log-scroll');
	const pinned = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 24;
	let row;
	if ('method' in e) {
		const failed = e.errorCode !== '0';
		const kind = V.diagnostics.includes(e.method) ? 'diag' : /GetValue$/.test(e.method) ? 'get' : /SetValue$/.test(e.method) ? 'set' : 'life';
		row = h(
			'tr',
			{ class: `call call-${kind}${failed ? ' call-error' : ''}${e.strict ? ' call-strict' : ''}` },
			h('td', { class: 'num' }, String(e.n), h('span', { class: 'time' }, fmtElapsed(e.at))),
			h(
				'td',
				{ class: 'call-cell' },
				h('span', { class: 'method' }, e.method),
				'(',
				...e.args.flatMap((a, i) => [i > 0 ? ', ' : null, h('code', { class: 'arg', title: a.length > 120 ? a : undefined }, JSON.stringify(clip(a, 120)))]),
				')',
				// Narrow screens hide the Returned column and show the result (and error text) here instead.
				h('span', { class: 'inline-result' }, ' → ', val(e.result, 60), failed && e.errorString ? h('span', { class: 'err-text' }, e.errorString) : null)
			),
			h('td', { class: 'result-cell' }, val(e.result, 60)),
			h(
				'td',
				{ class: failed ? 'err' : 'ok' },
				failed
					? h('span', { title: e.diagnostic || undefined }, e.errorCode, e.strict ? h('span', { class: 'strict-mark' }, ' strict') : null, h('span', { class: 'err-text' }, e.errorString ?? ''))
					: e.errorCode
			)
		);
	} else {
		row = h('tr', { class: `event event-${e.level}` }, h('td', { colspan: '4' }, e.level === 'warning' ? 'Warning: ' : '', e.message));
	}
	body.append(row);
	while (body.childElementCount > LOG_ROWS_SHOWN) body.firstElementChild?.remove();
	if (pinned) scroller.scrollTop = scroller.scrollHeight;
}
