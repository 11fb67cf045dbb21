import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checked, evaluateBudgets } from './budgets.ts';
import { measureLighthouse } from './lighthouse.ts';
import { measureLmsTraffic } from './lms-traffic.ts';
import { parseOptions, USAGE } from './options.ts';
import { brokenList, findings, renderTable, summary, toJson } from './report.ts';
import type { BenchResults } from './results.ts';
import { measureSizes } from './sizes.ts';
import { secondsSince, withTimeout } from './timeouts.ts';

/**
 * `npm run bench [-- --check | --check-timing] [--no-build] [--runs=N]`: how light and fast the course is, against
 * budgets.
 *
 *   1. build and package (unless --no-build), timed;
 *   2. sizes of build/ and of the two SCORM zips in dist/;
 *   3. LMS traffic of one complete walk per SCORM version in the local LMS preview (Playwright);
 *   4. Lighthouse on three screens (last and alone, so the browser walks do not steal CPU from its timings).
 * Prints one table (progress goes to stderr), writes bench/results.json, and with --check exits 1 if a deterministic
 * budget breaks; timing budgets are printed with the load average and fail the run only with --check-timing.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RESULTS_FILE = join(ROOT, 'bench/results.json');
const BUILD_MS = 180_000;
const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);

/** Runs an npm script quietly (its output is shown only if it fails), returns its duration in seconds. */
async function npmRun(script: string): Promise<number> {
	const start = performance.now();
	const child = spawn('npm', ['run', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	let output = '';
	child.stdout.on('data', (d: Buffer) => (output += d));
	child.stderr.on('data', (d: Buffer) => (output += d));
	// Ctrl+C reaches only this process: pass it on to the detached build.
	const stop = () => child.pid && process.kill(-child.pid, 'SIGTERM');
	process.once('SIGINT', stop);
	const code = await withTimeout(
		new Promise<number | null>((ok, fail) => {
			child.once('error', fail);
			child.once('close', ok);
		}),
		BUILD_MS,
		`npm run ${script}`,
		// The whole process group: npm, vite and anything they started.
		stop
	).finally(() => process.off('SIGINT', stop));
	if (code !== 0) {
		const tail = output.trimEnd().split('\n').slice(-30).join('\n');
		throw new Error(`npm run ${script} failed (exit ${code}):\n${tail}`);
	}
	return secondsSince(start);
}

function tools(): BenchResults['tools'] {
	let chromium = 'unknown';
	try {
		const out = execFileSync(process.env.CHROME_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });
		chromium = /[\d.]+/.exec(out)?.[0] ?? out.trim();
	} catch {
		// The version is informative only; a missing Chromium fails clearly in the browser stages.
	}
	const lighthouse = (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version;
	return { node: process.versions.node, chromium, lighthouse };
}

async function main(): Promise<number> {
	const options = parseOptions(process.argv.slice(2));
	if (options === 'help') {
		console.log(USAGE);
		return 0;
	}
	const started = performance.now();

	let build: BenchResults['build'] = { buildSeconds: null, packageSeconds: null };
	if (options.build) {
		progress('npm run build…');
		const buildSeconds = await npmRun('build');
		progress('npm run package…');
		build = { buildSeconds, packageSeconds: await npmRun('package') };
	}
	progress('sizes…');
	const sizes = measureSizes(join(ROOT, 'build'), join(ROOT, 'dist'));
	progress('LMS traffic: one complete walk per SCORM version in the LMS preview…');
	let stage = performance.now();
	const lms = await measureLmsTraffic(ROOT);
	progress(`LMS walks took ${secondsSince(stage)} s`);
	const machine = { cpus: availableParallelism(), loadAverage: Math.round(loadavg()[0]! * 10) / 10 };
	progress(`Lighthouse: 3 pages × ${options.runs} run(s) (load average ${machine.loadAverage} on ${machine.cpus} CPUs)…`);
	stage = performance.now();
	const pages = await measureLighthouse(ROOT, options.runs);
	progress(`Lighthouse took ${secondsSince(stage)} s`);

	const results: BenchResults = { tools: tools(), build, sizes, lighthouse: { runsPerPage: options.runs, machine, pages }, lms };
	const verdicts = evaluateBudgets(results);
	mkdirSync(join(ROOT, 'bench'), { recursive: true });
	writeFileSync(RESULTS_FILE, toJson(results, verdicts));

	console.log(renderTable(results, verdicts, options.checkTiming));
	const notes = findings(results);
	if (notes.length) console.log(`\nFindings:\n${notes.join('\n')}`);
	console.log(`\n${summary(verdicts, options.checkTiming, results.lighthouse.machine)}`);
	progress(`done in ${secondsSince(started).toFixed(0)} s; figures in ${relative(process.cwd(), RESULTS_FILE)}`);

	const broken = brokenList(checked(verdicts, options.checkTiming));
	if (options.check && broken.length) {
		console.error(`\nBudget check failed (${broken.length} broken):\n${broken.join('\n')}`);
		return 1;
	}
	return 0;
}

try {
	process.exitCode = await main();
} catch (error) {
	console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
// Servers and browsers are closed above; should a stray handle remain, do not hang CI over it.
setTimeout(() => process.exit(), 5_000).unref();
