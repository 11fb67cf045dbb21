import { SCORM_VERSIONS as VERSIONS } from '../../src/lib/tracking/scorm/data-model.ts';
import { checked, type Verdict } from './budgets.ts';
import { PAGES } from './pages.ts';
import type { BenchResults } from './results.ts';
import type { Bytes } from './sizes.ts';

/**
 * Turns the figures into the one table `npm run bench` prints (budget beside each figure it applies to, then one
 * closing line) and into bench/results.json. A timing budget that is not being checked (no --check-timing) still
 * shows its verdict, in brackets: information, not a gate.
 */

export function formatBytes(n: number): string {
	return n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`;
}
const both = (b: Bytes) => `${formatBytes(b.raw)} raw, ${formatBytes(b.gzip)} gzip`;
const VERSION_LABEL = { scorm12: 'SCORM 1.2', scorm2004: 'SCORM 2004' } as const;

function formatValue(v: Pick<Verdict, 'unit' | 'value'>): string {
	if (v.unit === 'bytes') return formatBytes(v.value);
	if (v.unit === 'chars') return `${v.value.toLocaleString('en')} chars`;
	return String(v.value);
}
export const formatBudget = (v: Verdict) => `${v.op === '=' ? '=' : v.op === '<=' ? '≤' : '≥'} ${formatValue({ unit: v.unit, value: v.limit })}`;

type Row = [area: string, measure: string, value: string, budget: string, verdict: string];

export function renderTable(r: BenchResults, verdicts: Verdict[], checkTiming = false): string {
	const rows: Row[] = [];
	const budgetCells = (id: string, subject: string): [string, string] => {
		const v = verdicts.find((x) => x.id === id && x.subject === subject);
		if (!v) return ['', ''];
		const mark = v.ok ? '✓' : '✗';
		return v.timing && !checkTiming ? [`${formatBudget(v)} (timing)`, `(${mark})`] : [formatBudget(v), mark];
	};
	const row = (area: string, measure: string, value: string, budget?: { id: string; subject: string }) =>
		rows.push([area, measure, value, ...(budget ? budgetCells(budget.id, budget.subject) : (['', ''] as [string, string]))]);

	const s = r.sizes;
	row('First screen', 'HTML / JS / CSS', `${formatBytes(s.firstScreen.html.gzip)} / ${formatBytes(s.firstScreen.js.gzip)} / ${formatBytes(s.firstScreen.css.gzip)} gzip`);
	row('', `total (${s.firstScreen.files.length} file${s.firstScreen.files.length === 1 ? '' : 's'})`, both(s.firstScreen.total));
	row('Whole course', 'HTML', both(s.wholeCourse.html));
	row('', 'JS (inline + files)', both(s.wholeCourse.js));
	row('', 'CSS (inline + files)', both(s.wholeCourse.css));
	row('', 'HTML+JS+CSS (what travels)', both(s.wholeCourse.total), { id: 'course-gzip', subject: 'course' });
	row('', `other files (${s.wholeCourse.files.length} in build/ in all)`, both(s.wholeCourse.other));
	row('', `fonts (${s.fonts.files} file${s.fonts.files === 1 ? '' : 's'})`, formatBytes(s.fonts.bytes), { id: 'fonts', subject: 'fonts' });
	const ill = s.illustrations;
	row('', `illustrations (${ill.files} image file${ill.files === 1 ? '' : 's'}, ${ill.inline} inline <svg data-illustration>)`, both(ill.bytes));
	for (const v of VERSIONS) {
		const p = s.packages[v];
		row(VERSION_LABEL[v] + ' zip', `with schemas (${p.entries} files)`, formatBytes(p.zip));
		row('', `without the ${p.schemaEntries} schema files`, formatBytes(p.zipWithoutSchemas));
	}
	const { cpus, loadAverage } = r.lighthouse.machine;
	row('Lighthouse', 'load average when it started (1 min)', `${loadAverage} on ${cpus} CPUs`);
	for (const page of PAGES) {
		const lh = r.lighthouse.pages[page.key];
		const area = `Lighthouse ${page.label}`;
		row(area, `performance (runs: ${lh.performanceRuns.join(', ')})`, String(lh.performance), { id: 'lh-performance', subject: page.key });
		row('', 'accessibility', String(lh.accessibility), { id: 'lh-accessibility', subject: page.key });
		row('', 'best practices', String(lh.bestPractices));
		row('', 'LCP / TBT / CLS', `${(lh.lcpMs / 1000).toFixed(2)} s / ${lh.tbtMs} ms / ${lh.cls}`);
		row('', 'requests / bytes served (no compression)', `${lh.requests} / ${formatBytes(lh.transferBytes)}`);
		row('', 'CPU benchmark index (median run)', String(lh.benchmarkIndex));
	}
	for (const v of VERSIONS) {
		const t = r.lms[v];
		row(`LMS ${VERSION_LABEL[v]}`, `SetValue / GetValue calls (${t.answers} answers)`, `${t.setValue} / ${t.getValue}`);
		row('', 'Commit calls (launch / most per answer / exit)', `${t.commit} (${t.commitsAtLaunch} / ${t.maxCommitsPerAnswer} / ${t.commitsAtExit})`);
		row('', 'most Commits per checkpoint', String(Math.max(t.maxCommitsPerAnswer, t.commitsAtExit)), { id: 'commits-per-checkpoint', subject: v });
		row('', 'SetValue of a value already held', String(t.redundantSetValues.length), { id: 'no-rewrites', subject: v });
		row('', 'largest suspend_data', `${t.largestSuspendData.toLocaleString('en')} chars`, { id: 'suspend-data', subject: v });
		row('', 'LMS errors / Terminate on exit', `${t.errors.length} / ${t.terminated ? 'yes' : 'NO'}`);
	}
	const secs = (n: number | null) => (n === null ? 'not run (--no-build)' : `${n.toFixed(1)} s`);
	row('Build', 'vite build / npm run package', `${secs(r.build.buildSeconds)} / ${secs(r.build.packageSeconds)}`);

	const header: Row = ['Area', 'Measure', 'Value', 'Budget', 'OK'];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((x) => x[i]!.length)));
	const line = (cells: string[]) =>
		cells
			.map((c, i) => c.padEnd(widths[i]!))
			.join('  ')
			.trimEnd();
	const rule = widths.map((w) => '─'.repeat(w)).join('  ');
	// A blank line before each new area keeps the groups apart without more rules.
	return [line(header), rule, ...rows.map((x, i) => (x[0] && i > 0 ? '\n' : '') + line(x)), rule].join('\n');
}

const holdLine = (label: string, verdicts: Verdict[]): string => {
	const broken = verdicts.filter((v) => !v.ok);
	if (broken.length === 0) return `${label}: all ${verdicts.length} hold.`;
	return `${label}: ${verdicts.length - broken.length} of ${verdicts.length} hold; broken: ${broken.map((v) => `${v.id} (${v.subject})`).join(', ')}.`;
};

/**
 * The closing line(s): which budgets hold. Unless timing budgets are checked, they get a line of their own that
 * says they are not checked and how busy the machine was.
 */
export function summary(verdicts: Verdict[], checkTiming = false, machine?: { cpus: number; loadAverage: number }): string {
	const gating = checked(verdicts, checkTiming);
	const info = verdicts.filter((v) => !gating.includes(v));
	const lines = [holdLine('Budgets', gating)];
	if (info.length) {
		const load = machine ? `; load average ${machine.loadAverage} on ${machine.cpus} CPUs` : '';
		lines.push(holdLine(`Timing budgets (not checked without --check-timing${load})`, info));
	}
	return lines.join('\n');
}

/** One line per broken budget, for --check. */
export function brokenList(verdicts: Verdict[]): string[] {
	return verdicts.filter((v) => !v.ok).map((v) => `  ✗ ${v.what} [${v.subject}]: ${formatValue(v)}, budget ${formatBudget(v)}`);
}

/** What Lighthouse marked down, and anything that should never happen (offsite requests, LMS errors). */
export function findings(r: BenchResults): string[] {
	const out: string[] = [];
	const { cpus, loadAverage } = r.lighthouse.machine;
	if (loadAverage > cpus) {
		out.push(`  the machine was busy (load average ${loadAverage} on ${cpus} CPUs) when Lighthouse ran: TBT and performance scores are pessimistic; rerun on a quiet machine`);
	}
	for (const u of r.sizes.unreferenced) out.push(`  build/${u.file} (${both(u)}): nothing in the build refers to it, yet it ships and is counted`);
	for (const page of PAGES) {
		const lh = r.lighthouse.pages[page.key];
		for (const a of lh.lostPoints) {
			out.push(`  ${page.label} (${page.hash}): ${a.category} audit "${a.id}" scored ${a.score}${a.displayValue ? ` (${a.displayValue})` : ''}`);
			for (const e of a.evidence ?? []) out.push(`      ${e}`);
		}
		for (const url of lh.offsiteRequests) out.push(`  ${page.label}: request outside 127.0.0.1: ${url}`);
	}
	for (const v of VERSIONS) {
		const t = r.lms[v];
		for (const e of t.errors.slice(0, 5)) out.push(`  ${VERSION_LABEL[v]}: call #${e.n} ${e.method}(${e.args.join(', ')}) → error ${e.errorCode}`);
		for (const w of t.redundantSetValues.slice(0, 5)) out.push(`  ${VERSION_LABEL[v]}: call #${w.n} re-wrote ${w.element} = "${w.value.slice(0, 60)}"`);
		if (!t.terminated) out.push(`  ${VERSION_LABEL[v]}: the course did not terminate on exit`);
	}
	return out;
}

/** bench/results.json: the figures in a fixed key order, then every budget verdict. */
export function toJson(r: BenchResults, verdicts: Verdict[]): string {
	const ordered = {
		tools: r.tools,
		build: r.build,
		sizes: r.sizes,
		lighthouse: r.lighthouse,
		lms: r.lms,
		budgets: verdicts.map(({ id, subject, value, op, limit, unit, timing, ok }) => ({ id, subject, value, op, limit, unit, ...(timing ? { timing } : {}), ok }))
	};
	return JSON.stringify(ordered, null, '\t') + '\n';
}
