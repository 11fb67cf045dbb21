/**
 * The inspector's record tables: interactions (id, type, learner response, correct patterns, result, latency, time),
 * objectives (id, score, status), and the package as the LMS read its manifest.
 */

import { is12, packagePath, storageKey, version } from './config.ts';
import { $, badge, dl, fill, h, indexed, line, str, table, val, type Row } from './dom.ts';
import { FALLBACK_MASTERY } from './launch-plan.ts';
import { state } from './state.ts';
import type { Cmi } from './types.ts';

export function renderInteractions(data: Cmi): void {
	const rows = indexed(data.interactions);
	$('interactions-count').textContent = `(${rows.length})`;
	if (rows.length === 0) {
		fill('interactions-body', h('p', { class: 'empty-note' }, 'No interactions recorded yet.'));
		return;
	}
	fill(
		'interactions-body',
		table(
			'Interactions',
			['#', 'id and type', 'responses', 'result, latency, time'],
			rows.map(([n, i]) => {
				const patterns = indexed(i.correct_responses).map(([, c]) => str(c.pattern));
				return h(
					'tr',
					{},
					h('td', { class: 'num' }, n),
					h('td', { title: str(i.description) || undefined }, h('div', {}, val(i.id, 60)), line('type', str(i.type) || '—')),
					h(
						'td',
						{},
						line('learner', val(is12 ? i.student_response : i.learner_response, 80)),
						line(patterns.length > 1 ? 'correct patterns' : 'correct', patterns.length ? h('span', {}, ...patterns.flatMap((p, k) => [k > 0 ? ' | ' : null, val(p, 80)])) : val(''))
					),
					h(
						'td',
						{},
						h('div', {}, i.result ? badge(str(i.result)) : val('')),
						line('latency', val(i.latency)),
						line(is12 ? 'time' : 'timestamp', val(is12 ? i.time : i.timestamp))
					)
				);
			})
		)
	);
}

export function renderObjectives(data: Cmi): void {
	const rows = indexed(data.objectives);
	$('objectives-count').textContent = `(${rows.length})`;
	if (rows.length === 0) {
		fill('objectives-body', h('p', { class: 'empty-note' }, 'No objectives recorded yet.'));
		return;
	}
	const rmm = (s: Cmi | undefined) => ([s?.raw, s?.min, s?.max].some((x) => str(x) !== '') ? [s?.raw, s?.min, s?.max].map((x) => str(x) || '–').join(' / ') : '');
	fill(
		'objectives-body',
		table(
			'Objectives',
			['#', 'id', 'score', 'status'],
			rows.map(([n, o]) =>
				h(
					'tr',
					{},
					h('td', { class: 'num' }, n),
					h('td', { title: str(o.description) || undefined }, val(o.id, 60)),
					h('td', {}, line('raw/min/max', val(rmm(o.score))), is12 ? null : line('scaled', val(o.score?.scaled))),
					is12
						? h('td', {}, badge(str(o.status)))
						: h('td', {}, line('success', badge(str(o.success_status))), line('completion', badge(str(o.completion_status))))
				)
			)
		)
	);
}


export function renderPackage(): void {
	const { manifest } = state;
	if (!manifest) return;
	fill(
		'package-facts',
		dl([
			['Title', manifest.title || '—'],
			['Identifier', val(manifest.identifier)],
			['Schema version', val(manifest.schemaVersion)],
			['Launch', val(packagePath + manifest.launchHref, 200)],
			[is12 ? 'masteryscore' : 'Pass mark', manifest.mastery === null ? h('span', { class: 'warn-text' }, `none declared (using ${FALLBACK_MASTERY[version]})`) : h('span', {}, val(manifest.mastery), h('span', { class: 'why' }, manifest.masterySource))],
			...(is12 ? [] : ([['Objectives seeded', manifest.objectiveIds.length ? val(manifest.objectiveIds.join(', '), 400) : 'none']] as Row[])),
			['Stored under', h('code', { class: 'v' }, `localStorage["${storageKey}"]`)]
		]),
		manifest.warnings.length ? h('ul', { class: 'warnings' }, ...manifest.warnings.map((w) => h('li', {}, w))) : null
	);
}
