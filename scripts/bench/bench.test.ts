import { describe, expect, it } from 'vitest';
import type { PreviewLogEntry } from '../../tests/preview/preview-lms.ts';
import { BUDGETS, checked, evaluateBudgets, KB } from './budgets.ts';
import { analyseLog } from './lms-log.ts';
import { parseOptions } from './options.ts';
import { brokenList, renderTable, summary } from './report.ts';
import type { BenchResults } from './results.ts';
import { cutIllustrations, splitHtml } from './sizes.ts';

/** The benchmark's pure parts: page splitting, LMS log reading and budget verdicts. The browser stages run in `npm run bench`. */

describe('splitHtml', () => {
	it('counts inline script and style bodies as JS and CSS, the rest as HTML', () => {
		const page = '<!doctype html><html><head><style>a{color:red}</style></head><body><script>let x = 1;</script><p>Hi</p></body></html>';
		const parts = splitHtml(page);
		expect(parts.js).toBe('let x = 1;');
		expect(parts.css).toBe('a{color:red}');
		expect(parts.html).toBe('<!doctype html><html><head><style></style></head><body><script></script><p>Hi</p></body></html>');
	});

	it('moves inlined fonts out of the CSS and lists local files the page loads first', () => {
		const font = Buffer.alloc(300).toString('base64');
		const page =
			`<link rel="stylesheet" href="./_app/a.css"><link rel="icon" href="data:,"><link rel="modulepreload" href="https://cdn.example/x.js">` +
			`<style>@font-face{src:url(data:font/woff2;base64,${font}) format("woff2")}</style><script src="./_app/b.js"></script>`;
		const parts = splitHtml(page);
		expect(parts.inlineFontBytes).toBe(300);
		expect(parts.css).not.toContain(font);
		expect(parts.references).toEqual(['./_app/b.js', './_app/a.css']);
		expect(splitHtml('<script>Promise.all([import("./_app/start.js")])</script>').references).toEqual(['./_app/start.js']);
	});
});

describe('cutIllustrations', () => {
	it('takes out inline SVG marked data-illustration, nested <svg> and all, and leaves icons and other markup', () => {
		const art = '<svg data-illustration="" viewBox="0 0 9 9"><g><svg x="1"><path d="M0 0"/></svg></g><path d="M1 1"/></svg>';
		const icon = '<svg aria-hidden="true"><path d="M2 2"/></svg>';
		const code = `var a=W(\`<figure>${art}<figcaption>A pump</figcaption></figure>\`),b=W(\`${icon}\`),c=W(\`<svg data-illustration><circle r="1"/></svg >\`);`;
		const { rest, svgs } = cutIllustrations(code);
		expect(svgs).toEqual([art, '<svg data-illustration><circle r="1"/></svg >']);
		expect(rest).toBe(`var a=W(\`<figure><figcaption>A pump</figcaption></figure>\`),b=W(\`${icon}\`),c=W(\`\`);`);
		// Unclosed (not what it looks like): left where it is, counted with the page.
		expect(cutIllustrations('<svg data-illustration><path/>')).toEqual({ rest: '<svg data-illustration><path/>', svgs: [] });
	});
});

const entry = (n: number, method: string, args: string[], result = 'true', launch = 1): PreviewLogEntry => ({
	n,
	launch,
	attempt: 1,
	session: 1,
	at: n,
	method,
	args,
	result,
	errorCode: '0'
});

describe('analyseLog', () => {
	const log = [
		entry(1, 'Initialize', ['']),
		entry(2, 'GetValue', ['cmi.location'], 'intro'),
		entry(3, 'SetValue', ['cmi.location', 'intro']), // already held (read)
		entry(4, 'SetValue', ['cmi.suspend_data', '{"a":1}']),
		entry(5, 'Commit', ['']),
		// checkpoint 1 (log length 5)
		entry(6, 'SetValue', ['cmi.suspend_data', '{"a":1,"b":22}']),
		entry(7, 'Commit', ['']),
		// checkpoint 2 (log length 7)
		entry(8, 'SetValue', ['cmi.suspend_data', '{"a":1,"b":22}']), // already held (set)
		entry(9, 'Commit', ['']),
		entry(10, 'Commit', ['']),
		// exit (log length 10)
		entry(11, 'Commit', ['']),
		entry(12, 'Terminate', [''])
	];

	it('attributes commits to checkpoints, launch commits counting against the first answer', () => {
		const t = analyseLog('scorm2004', log, [5, 7], 10);
		expect(t).toMatchObject({ answers: 2, commit: 5, commitsAtLaunch: 1, maxCommitsPerAnswer: 2, commitsAtExit: 1, terminated: true });
		expect(analyseLog('scorm2004', log.slice(0, 4).concat(log.slice(5)), [4, 6], 9).maxCommitsPerAnswer).toBe(2);
	});

	it('finds writes of values the LMS already held, read or set, within one session', () => {
		const t = analyseLog('scorm2004', log, [5, 7], 10);
		expect(t.redundantSetValues.map((w) => w.n)).toEqual([3, 8]);
		expect(t.largestSuspendData).toBe('{"a":1,"b":22}'.length);
		// A relaunch is a new session: the same value written again is not a re-write.
		const relaunched = [...log, entry(13, 'Initialize', [''], 'true', 2), entry(14, 'SetValue', ['cmi.location', 'intro'], 'true', 2)];
		expect(analyseLog('scorm2004', relaunched, [5, 7], 10).redundantSetValues.map((w) => w.n)).toEqual([3, 8]);
	});

	it('uses the 1.2 method names and leaves out 2004 first-read 403s only', () => {
		const read403 = { ...entry(1, 'GetValue', ['cmi.suspend_data'], ''), errorCode: '403' };
		expect(analyseLog('scorm2004', [read403], [], 1).errors).toEqual([]);
		expect(analyseLog('scorm12', [{ ...read403, method: 'LMSGetValue' }], [], 1).errors).toHaveLength(1);
		const t = analyseLog('scorm12', [entry(1, 'LMSSetValue', ['cmi.core.lesson_location', 'x']), entry(2, 'LMSCommit', [''])], [1], 2);
		expect(t).toMatchObject({ setValue: 1, commit: 1, maxCommitsPerAnswer: 1 });
	});
});

describe('budgets', () => {
	const results = (over: { gzip?: number; accessibility?: number; performance?: number } = {}) => {
		const page = { hash: '#/', performance: over.performance ?? 99, accessibility: over.accessibility ?? 100, bestPractices: 100, lcpMs: 1000, tbtMs: 0, cls: 0, performanceRuns: [over.performance ?? 99], benchmarkIndex: 1500, lostPoints: [], requests: 3, transferBytes: 1000, offsiteRequests: [] };
		const traffic = { answers: 3, calls: 20, getValue: 2, setValue: 10, commit: 4, commitsAtLaunch: 0, maxCommitsPerAnswer: 1, commitsAtExit: 1, terminated: true, largestSuspendData: 700, redundantSetValues: [], errors: [] };
		const bytes = { raw: 1, gzip: over.gzip ?? 50 * KB };
		const breakdown = { html: bytes, js: bytes, css: bytes, other: bytes, total: bytes, files: ['index.html'] };
		const pkg = { file: 'x.zip', zip: 1, zipWithoutSchemas: 1, entries: 1, schemaEntries: 0 };
		return {
			tools: { node: '24', chromium: '1', lighthouse: '13' },
			build: { buildSeconds: null, packageSeconds: null },
			sizes: { gzipLevel: 6, firstScreen: breakdown, wholeCourse: breakdown, fonts: { files: 0, bytes: 0 }, illustrations: { files: 0, inline: 0, bytes: { raw: 0, gzip: 0 } }, unreferenced: [], packages: { scorm12: pkg, scorm2004: pkg } },
			lighthouse: { runsPerPage: 1, machine: { cpus: 2, loadAverage: 9.9 }, pages: { start: page, lesson: page, quiz: page } },
			lms: { scorm12: traffic, scorm2004: traffic }
		} satisfies BenchResults;
	};

	const courseLimit = BUDGETS.find((b) => b.id === 'course-gzip')!.limit;

	it('hold for a light, accessible, quiet course', () => {
		const verdicts = evaluateBudgets(results());
		expect(verdicts.every((v) => v.ok)).toBe(true);
		expect(new Set(verdicts.map((v) => v.id))).toEqual(new Set(BUDGETS.map((b) => b.id)));
		expect(summary(verdicts, true)).toBe(`Budgets: all ${verdicts.length} hold.`);
	});

	it('name each broken budget with its figure and limit', () => {
		const verdicts = evaluateBudgets(results({ gzip: courseLimit + KB, accessibility: 96 }));
		expect(brokenList(checked(verdicts, false))).toEqual([
			`  ✗ whole course HTML+JS+CSS, gzip [course]: ${(courseLimit / KB + 1).toFixed(1)} KB, budget ≤ ${(courseLimit / KB).toFixed(1)} KB`,
			'  ✗ Lighthouse accessibility [start]: 96, budget = 100',
			'  ✗ Lighthouse accessibility [lesson]: 96, budget = 100',
			'  ✗ Lighthouse accessibility [quiz]: 96, budget = 100'
		]);
	});

	it('a slow machine fails no check; a timing check still sees the performance scores', () => {
		const verdicts = evaluateBudgets(results({ performance: 78 }));
		// What CI runs (--check): nothing broken, the figures and the load average printed as information.
		expect(brokenList(checked(verdicts, false))).toEqual([]);
		expect(summary(verdicts, false, { cpus: 2, loadAverage: 9.9 }).split('\n')).toEqual([
			`Budgets: all ${verdicts.length - 3} hold.`,
			'Timing budgets (not checked without --check-timing; load average 9.9 on 2 CPUs): 0 of 3 hold; broken: lh-performance (start), lh-performance (lesson), lh-performance (quiz).'
		]);
		const table = renderTable(results({ performance: 78 }), verdicts);
		expect(table).toMatch(/load average when it started \(1 min\)\s+9\.9 on 2 CPUs/);
		expect(table).toMatch(/performance \(runs: 78\)\s+78\s+≥ 95 \(timing\)\s+\(✗\)/);
		// --check-timing, on a quiet machine: the same scores fail.
		expect(brokenList(checked(verdicts, true))).toEqual(['start', 'lesson', 'quiz'].map((p) => `  ✗ Lighthouse performance (mobile) [${p}]: 78, budget ≥ 95`));
		expect(renderTable(results({ performance: 78 }), verdicts, true)).toMatch(/performance \(runs: 78\)\s+78\s+≥ 95\s+✗/);
	});

	it('only Lighthouse performance depends on the machine', () => {
		expect(BUDGETS.filter((b) => b.timing).map((b) => b.id)).toEqual(['lh-performance']);
	});
});

describe('bench options', () => {
	it('--check leaves timing budgets out; --check-timing adds them', () => {
		expect(parseOptions(['--check', '--no-build'])).toEqual({ check: true, checkTiming: false, build: false, runs: 3 });
		expect(parseOptions(['--check-timing', '--runs=5'])).toEqual({ check: true, checkTiming: true, build: true, runs: 5 });
		expect(parseOptions([])).toMatchObject({ check: false, checkTiming: false });
		expect(parseOptions(['-h'])).toBe('help');
		expect(() => parseOptions(['--chek'])).toThrow(/Unknown option "--chek"/);
	});
});
