/**
 * Small DOM helpers for the preview's views: find an element, build one (text children are text nodes, so nothing
 * the course sends is ever parsed as HTML), and the recurring pieces — value cells, badges, definition lists, tables.
 */

import { VALUE_PREVIEW } from './config.ts';

type Child = Node | string | null | undefined | false;

export function $(id: string): HTMLElement {
	const el = document.getElementById(id);
	if (!el) throw new Error(`#${id} missing from preview/index.html`);
	return el;
}

/** Creates an element. Text children are text nodes, so nothing the course sends is ever parsed as HTML. */
export function h(tag: string, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElement {
	const el = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) {
		if (v === undefined || v === false) continue;
		if (k === 'class') el.className = String(v);
		else el.setAttribute(k, v === true ? '' : v);
	}
	for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
	return el;
}

export function str(v: unknown): string {
	return v === undefined || v === null ? '' : String(v);
}

export function clip(s: string, max = VALUE_PREVIEW): string {
	return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** A value cell: monospace, empty shown as a dash, long values clipped with the full text in a tooltip. */
export function val(v: unknown, max = VALUE_PREVIEW): HTMLElement {
	const s = str(v);
	if (s === '') return h('span', { class: 'empty' }, '—');
	return h('code', { class: 'v', title: s.length > max ? s : undefined }, clip(s, max));
}

export function fmtElapsed(ms: number): string {
	return `${(ms / 1000).toFixed(2)} s`;
}

/** scorm-again's numbered children ({"0": …, "1": …}) in index order. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- records of the data model, read by path
export function indexed(obj: Record<string, any> | undefined): [string, any][] {
	return Object.entries(obj ?? {})
		.filter(([k]) => /^\d+$/.test(k))
		.sort(([a], [b]) => Number(a) - Number(b));
}

export function badge(status: string): HTMLElement {
	const s = status || 'not set';
	return h('span', { class: `badge badge-${s.replace(/\s+/g, '-')}` }, s);
}

/** One [term, value] pair of a definition list. */
export type Row = [string, Node | string];

/** A definition list from [term, value] pairs. */
export function dl(rows: Row[]): HTMLElement {
	return h('dl', { class: 'facts' }, ...rows.flatMap(([t, d]) => [h('dt', {}, t), h('dd', {}, d)]));
}

export function fill(id: string, ...children: Array<Node | string | null | false>): void {
	$(id).replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== false));
}

/** A compact table: the inspector is narrow, so related fields share a cell, each labelled. */
export function table(label: string, head: string[], rows: Node[]): HTMLElement {
	return h(
		'div',
		{ class: 'table-scroll', role: 'region', 'aria-label': `${label} table`, tabindex: '0' },
		h('table', {}, h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))), h('tbody', {}, ...rows))
	);
}

/** A labelled line inside a cell. */
export function line(label: string, value: Node | string): HTMLElement {
	return h('div', { class: 'cell-line' }, h('span', { class: 'cell-label' }, label), value);
}
