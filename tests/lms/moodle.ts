import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { multipartFieldBytes } from '../../scripts/package/conformance/payload.ts';
import { expect, type BrowserContext, type Frame, type FrameLocator, type Page } from '@playwright/test';

/**
 * The real Moodle the LMS suite runs against, and how to talk to it:
 * - in the browser, as the student does (log in, open the activity, Enter);
 * - on the server, through the Moodle lab's `lab.php` (Moodle's own APIs): import a zip as an activity, read back
 *   what Moodle stored (tracking rows, attempts, gradebook), reset an attempt.
 *
 * Defaults are the lab of `../shared/moodle-lab` (setup.sh). Another Moodle: MOODLE_URL, MOODLE_STUDENT,
 * MOODLE_STUDENT_PASSWORD, and MOODLE_LAB_CMD, the command that runs lab.php next to that Moodle
 * (e.g. `ssh moodle-host php /srv/moodle-lab/lab.php`).
 */

export const MOODLE_URL = (process.env.MOODLE_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
export const STUDENT = {
	username: process.env.MOODLE_STUDENT ?? 'student1',
	password: process.env.MOODLE_STUDENT_PASSWORD ?? 'Student#12345'
};
const LAB_DIR = process.env.MOODLE_LAB ?? '/tmp/moodle-lab';
const LAB_CMD = process.env.MOODLE_LAB_CMD ?? `php ${join(LAB_DIR, 'lab.php')}`;

/** Why the suite cannot run here, or null when a Moodle answers and lab.php can be run. */
export async function unavailable(): Promise<string | null> {
	if (!process.env.MOODLE_LAB_CMD && !existsSync(join(LAB_DIR, 'lab.php'))) {
		return `no Moodle lab at ${LAB_DIR} (run: bash ../shared/moodle-lab/setup.sh, or set MOODLE_URL and MOODLE_LAB_CMD)`;
	}
	try {
		const response = await fetch(`${MOODLE_URL}/login/index.php`, { signal: AbortSignal.timeout(10_000) });
		if (!response.ok) return `${MOODLE_URL} answered HTTP ${response.status}`;
	} catch (error) {
		return `no Moodle answers at ${MOODLE_URL} (${error instanceof Error ? error.message : String(error)})`;
	}
	return null;
}

/** Runs one lab.php command; it prints one JSON document. */
export function lab<T = Record<string, unknown>>(...args: string[]): T {
	const [command, ...rest] = LAB_CMD.split(' ');
	const out = execFileSync(command!, [...rest, ...args], { encoding: 'utf8', env: { ...process.env, MOODLE_LAB: LAB_DIR }, timeout: 60_000 });
	const json = JSON.parse(out) as T & { error?: string };
	if (json.error) throw new Error(`lab.php ${args.join(' ')}: ${json.error}`);
	return json;
}

export interface Activity {
	cmid: number;
	version: 'SCORM_1.2' | 'SCORM_1.3';
	viewurl: string;
}

export interface AttemptSummary {
	attempt: number;
	/** Every stored element, with dotted SCORM names (`cmi.interactions.0.id`). */
	normalized: Record<string, string>;
	lesson_status: string | null;
	completion_status: string | null;
	success_status: string | null;
	score_raw: string | null;
	interactions: Array<Record<string, string>>;
}

export interface Report {
	attempts: unknown[];
	summary: AttemptSummary[];
	grade_grades: { rawgrade: string | null; finalgrade: string | null } | null;
	grade_get_grades: { grade: string | null; str_grade: string } | null;
}

/** Imports a zip as a new SCORM activity (the upload form's own validation and import). */
export function addActivity(zip: string, name: string): Activity {
	return lab<Activity>('add-scorm', zip, `--name=${name}`);
}

export const report = (cmid: number) => lab<Report>('report', String(cmid));
export const resetAttempts = (cmid: number) => lab('reset', String(cmid));
export const deleteActivity = (cmid: number) => lab('delete-cm', String(cmid));

/** The newest zip of a version in dist/ (npm run package). */
export function packageZip(version: 'scorm12' | 'scorm2004'): string {
	const dist = join(import.meta.dirname, '../../dist');
	const zip = existsSync(dist) ? readdirSync(dist).find((name) => name.endsWith(`-${version}.zip`)) : undefined;
	if (!zip) throw new Error(`No *-${version}.zip in dist/: run npm run build && npm run package first.`);
	return join(dist, zip);
}

/** Logs in as the student (Moodle 5 re-renders the password field after load: check it kept the value). */
export async function logIn(page: Page) {
	await page.goto(`${MOODLE_URL}/login/index.php`, { waitUntil: 'networkidle' });
	await page.locator('#username').fill(STUDENT.username);
	await expect(async () => {
		await page.locator('#password').fill(STUDENT.password);
		expect(await page.locator('#password').inputValue()).toBe(STUDENT.password);
	}).toPass();
	await page.locator('#loginbtn').click();
	await expect(page).not.toHaveURL(/\/login\//);
}

/** Opens the activity page and enters the course in normal mode; returns the course's frame. */
export async function enter(page: Page, activity: Activity): Promise<FrameLocator> {
	await page.goto(activity.viewurl);
	await page.locator('button#n').click();
	await page.waitForURL(/\/mod\/scorm\/player\.php/);
	// loadSCO.php comes first and replaces itself with the package's index.html once it finds the API.
	await expect.poll(() => contentFrame(page)?.url() ?? '', { timeout: 30_000 }).toContain('/mod_scorm/content/');
	return page.frameLocator('#scorm_object');
}

export function contentFrame(page: Page): Frame | undefined {
	return page.frames().find((f) => f.url().includes('/mod_scorm/content/'));
}

/** Reads a value from Moodle's own API object in the player page (the one the course talks to). */
export async function lmsValue(page: Page, version: Activity['version'], element: string): Promise<string> {
	return page.evaluate(
		([v, e]) => {
			const w = window as unknown as Record<string, { GetValue?(e: string): string; LMSGetValue?(e: string): string }>;
			return v === 'SCORM_1.2' ? w.API!.LMSGetValue!(e) : w.API_1484_11!.GetValue!(e);
		},
		[version, element] as const
	);
}

/**
 * Collects every sign of an LMS API failure the course or Moodle writes to the console: the course's adapter logs
 * each refused call ("SCORM … failed"), Moodle's player logs a refused beacon ("Failed to queue").
 */
export function watchApiErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		const text = message.text();
		if (/SCORM .*(failed|threw)|mod_scorm: Failed|Could not report/.test(text)) errors.push(text);
	});
	return errors;
}

/**
 * Every save Moodle's player posts while the page is shown (its datamodel.php requests, synchronous XHR), each as the
 * multipart body Moodle would send as a beacon if the page were closing: it posts the WHOLE data model on each Commit
 * and Terminate (2004), and Chromium refuses beacons past 64 KiB in flight. (Beacons from a closing page cannot be
 * watched from here; what Moodle stored afterwards shows whether they arrived.)
 */
export function watchSaves(context: BrowserContext): number[] {
	const sizes: number[] = [];
	context.on('request', (request) => {
		if (!request.url().includes('/mod/scorm/datamodel.php') || request.url().includes('api=beacon')) return;
		const fields = new URLSearchParams(request.postData() ?? '');
		let bytes = 0;
		for (const [name, value] of fields) bytes += multipartFieldBytes(name, value);
		sizes.push(bytes);
	});
	return sizes;
}
