import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { chromiumArgs } from '../../playwright.config.ts';
import { startStaticServer } from '../static-server.ts';
import { COURSE_PATH, PAGES, type PageKey } from './pages.ts';
import { withTimeout } from './timeouts.ts';

/**
 * Lighthouse (the npm package, programmatic API) against the BUILT course, served by scripts/static-server.ts from a
 * deep Moodle-like folder on 127.0.0.1, with Lighthouse's defaults: mobile form factor, simulated slow 4G and 4×
 * CPU slowdown. Each page is measured several times in one Chromium and the run with the median performance score
 * is kept, because a single run on a busy 2-core machine swings by a few points (mostly Total Blocking Time).
 *
 * Hash routes: Lighthouse loads the URL with its hash, so index.html#/lesson/… opens that screen directly.
 * Note that the static server sends no Content-Encoding: Lighthouse sees the page uncompressed (a worst case: most
 * LMSs gzip HTML).
 */

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const RUN_MS = 90_000;
/** NO_FCP now and then on the first load of a fresh headless Chromium: one retry, then give up with the reason. */
const ATTEMPTS_PER_RUN = 2;

export interface LostPoints {
	category: string;
	id: string;
	title: string;
	score: number;
	displayValue?: string;
	/** The first few failing items: CSS selectors of failing elements, or console messages / issue types with their URL. */
	evidence?: string[];
}

export interface PageScore {
	hash: string;
	performance: number;
	accessibility: number;
	bestPractices: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	/** Every run's performance score, in run order (the median run's figures are reported). */
	performanceRuns: number[];
	/** Lighthouse's CPU benchmark in the median run (higher = faster; below ~1000 its timings stretch). */
	benchmarkIndex: number;
	/** Weighted audits that lost points in the median run: what to fix when a score is below its budget. */
	lostPoints: LostPoints[];
	/** Requests the page made while loading (median run), and their bytes as served (uncompressed here). */
	requests: number;
	transferBytes: number;
	/** Requests that left 127.0.0.1 (must be none: the course loads nothing from elsewhere). */
	offsiteRequests: string[];
}

const percent = (score: number | null | undefined) => Math.round((score ?? 0) * 100);

interface AuditItem {
	node?: { selector?: string };
	description?: unknown;
	issueType?: unknown;
	url?: unknown;
	sourceLocation?: { url?: string };
}

/** One line per failing item, short enough for a terminal. */
function describeItem(item: AuditItem): string {
	if (item.node?.selector) return item.node.selector;
	const text = typeof item.description === 'string' ? item.description : typeof item.issueType === 'string' ? item.issueType : '';
	const url = item.sourceLocation?.url ?? (typeof item.url === 'string' ? item.url : '');
	const short = text.length > 110 ? `${text.slice(0, 107)}…` : text;
	return [short, url && `(${url.replace(/^https?:\/\/127\.0\.0\.1:\d+/, '')})`].filter(Boolean).join(' ');
}

function lostPoints(lhr: Result): LostPoints[] {
	const lost: LostPoints[] = [];
	for (const category of CATEGORIES) {
		for (const ref of lhr.categories[category]?.auditRefs ?? []) {
			const audit = lhr.audits[ref.id];
			if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
			// Performance metrics: only those clearly below "good" (a 0.97 LCP score is not a finding).
			if (category === 'performance' && audit.score >= 0.9) continue;
			const items = (audit.details as { items?: AuditItem[] } | undefined)?.items ?? [];
			const evidence = [...new Set(items.map(describeItem).filter((s) => s))].slice(0, 3);
			lost.push({
				category,
				id: ref.id,
				title: audit.title,
				score: audit.score,
				...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
				...(evidence.length ? { evidence } : {})
			});
		}
	}
	return lost;
}

/** The page's network requests (data: and blob: URLs are not requests), from the network-requests audit. */
function requestsOf(lhr: Result): { url: string; transferSize: number }[] {
	const items = (lhr.audits['network-requests']?.details as { items?: { url?: string; transferSize?: number }[] } | undefined)?.items;
	if (!items) throw new Error('Lighthouse returned no network-requests audit: cannot count requests.');
	return items.map((i) => ({ url: i.url ?? '', transferSize: i.transferSize ?? 0 })).filter((i) => i.url && !/^(data|blob):/.test(i.url));
}

const offsite = (lhr: Result, origin: string): string[] => requestsOf(lhr).map((r) => r.url).filter((url) => !url.startsWith(origin));

async function runOnce(url: string, port: number, what: string): Promise<Result> {
	const flags: Flags = {
		port,
		logLevel: 'error',
		output: 'json',
		onlyCategories: [...CATEGORIES],
		disableFullPageScreenshot: true,
		maxWaitForLoad: 45_000
	};
	let reason = '';
	for (let attempt = 1; attempt <= ATTEMPTS_PER_RUN; attempt++) {
		const result = await withTimeout(lighthouse(url, flags), RUN_MS, `Lighthouse on ${what}`);
		const lhr = result?.lhr;
		if (lhr && !lhr.runtimeError && CATEGORIES.every((c) => lhr.categories[c]?.score != null)) return lhr;
		reason = lhr?.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : 'no result';
	}
	throw new Error(`Lighthouse could not measure ${what} (${ATTEMPTS_PER_RUN} attempts): ${reason}`);
}

export async function measureLighthouse(root: string, runsPerPage: number): Promise<Record<PageKey, PageScore>> {
	const server = await startStaticServer([{ prefix: COURSE_PATH, dir: join(root, 'build') }], 0);
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	let chrome: chromeLauncher.LaunchedChrome | undefined;
	try {
		chrome = await withTimeout(
			chromeLauncher.launch({
				chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
				chromeFlags: ['--headless=new', ...chromiumArgs],
				logLevel: 'silent'
			}),
			30_000,
			'Starting Chromium for Lighthouse'
		);
		const scores = {} as Record<PageKey, PageScore>;
		for (const page of PAGES) {
			const url = `${origin}${COURSE_PATH}index.html${page.hash}`;
			const runs: Result[] = [];
			for (let run = 1; run <= runsPerPage; run++) runs.push(await runOnce(url, chrome.port, `the ${page.label} (${page.hash})`));
			// Median by performance score; its own metrics go with it, so the figures are from one real load.
			const sorted = [...runs].sort((a, b) => (a.categories.performance!.score ?? 0) - (b.categories.performance!.score ?? 0));
			const lhr = sorted[Math.floor((sorted.length - 1) / 2)]!;
			scores[page.key] = {
				hash: page.hash,
				performance: percent(lhr.categories.performance!.score),
				accessibility: percent(lhr.categories.accessibility!.score),
				bestPractices: percent(lhr.categories['best-practices']!.score),
				lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
				tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
				cls: Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
				performanceRuns: runs.map((r) => percent(r.categories.performance!.score)),
				benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
				lostPoints: lostPoints(lhr),
				requests: requestsOf(lhr).length,
				transferBytes: requestsOf(lhr).reduce((sum, r) => sum + r.transferSize, 0),
				offsiteRequests: [...new Set(runs.flatMap((r) => offsite(r, origin)))]
			};
		}
		return scores;
	} finally {
		// kill() can hang if Chromium is wedged: bound it too.
		if (chrome) await withTimeout(Promise.resolve(chrome.kill()), 10_000, 'Stopping Chromium').catch(() => {});
		server.closeAllConnections();
		await new Promise((ok) => server.close(ok));
	}
}
