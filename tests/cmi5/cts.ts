import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The cmi5 lab the suite runs against (../shared/cmi5-lab: ADL's CATAPULT CTS and player, an LRS), and how to talk
 * to it: the lab's own driver, cts.mjs (upload a zip, launch an AU = a test/registration and a session, read the
 * CTS's verdict), and the LRS's xAPI interface for reading back what the course sent. Settings come from the lab's
 * env.sh (CMI5_LAB, default /tmp/cmi5-lab); the driver from CMI5_KIT (default ../shared/cmi5-lab).
 */

const LAB = process.env.CMI5_LAB ?? '/tmp/cmi5-lab';
const KIT = process.env.CMI5_KIT ?? join(process.cwd(), '..', 'shared', 'cmi5-lab');
const DRIVER = join(KIT, 'cts.mjs');

function labEnv(): Record<string, string> {
	const env: Record<string, string> = {};
	try {
		for (const m of readFileSync(join(LAB, 'env.sh'), 'utf8').matchAll(/^export ([A-Z_]+)=(.*)$/gm)) env[m[1]!] = m[2]!.replace(/^'(.*)'$/, '$1');
	} catch {
		/* no lab */
	}
	return env;
}

const env = labEnv();
export const CTS_URL = (process.env.CTS_URL ?? env.CTS_URL ?? 'http://127.0.0.1:18399').replace(/\/$/, '');
export const LRS_URL = process.env.LRS_URL ?? env.LRS_URL ?? 'http://127.0.0.1:18081/data/xAPI/';

/** Why the suite cannot run here, or null when the CTS answers and the driver is there. */
export async function unavailable(): Promise<string | null> {
	if (!existsSync(DRIVER)) return `no cmi5 lab kit at ${KIT} (the shared ../shared/cmi5-lab; or set CMI5_KIT)`;
	if (!existsSync(join(LAB, 'env.sh'))) return `no cmi5 lab at ${LAB} (run: LAB_CLIENT=0 bash ../shared/cmi5-lab/setup.sh)`;
	try {
		const response = await fetch(`${CTS_URL}/api/v1/login`, { signal: AbortSignal.timeout(10_000) });
		// 401 is the CTS answering (not signed in): it is up.
		if (response.status >= 500) return `${CTS_URL} answered HTTP ${response.status}`;
	} catch (error) {
		return `no CTS answers at ${CTS_URL} (${error instanceof Error ? error.message : String(error)}; start it: bash ${LAB}/start.sh)`;
	}
	return null;
}

/** Runs one cts.mjs command; it prints one JSON document. */
export function cts<T = Record<string, unknown>>(...args: string[]): T {
	const out = execFileSync(process.execPath, [DRIVER, ...args], { encoding: 'utf8', env: { ...process.env, CMI5_LAB: LAB }, timeout: 120_000 });
	const json = JSON.parse(out) as T & { error?: string };
	if (json.error) throw new Error(`cts.mjs ${args.join(' ')}: ${json.error}`);
	return json;
}

export interface Course {
	courseId: number;
	aus: Array<{ id: string; lmsId: string; moveOn: string; masteryScore: number | null; title: string }>;
}

export interface Launch {
	testId: number;
	sessionId: number;
	launchUrl: string;
}

export interface Session {
	sessionId: number;
	violatedReqIds: string[];
	violations: Array<{ id: string; text: string | null }>;
	log: Array<{ summary: string; violatedReqId?: string }>;
}

export interface Verdict {
	result: string;
	registration: string;
	actor: Record<string, unknown>;
	aus: Array<{ result: string; isCompleted: boolean; isPassed: boolean; isSatisfied: boolean; sessions: Session[] }>;
}

export const upload = (zip: string) => cts<Course>('upload', zip);
export const launch = (courseId: number, testId?: number) => cts<Launch>('launch', String(courseId), '0', ...(testId ? [`--test=${testId}`] : []));
export const results = (testId: number) => cts<Verdict>('results', String(testId));

/** A GET on the LRS itself (not through the CTS): what it stored. */
async function lrs(resource: string, query: Record<string, string>): Promise<unknown> {
	const response = await fetch(`${LRS_URL}${resource}?${new URLSearchParams(query)}`, {
		headers: { Authorization: `Basic ${Buffer.from('cmi5lab:cmi5lab').toString('base64')}`, 'X-Experience-API-Version': '1.0.3' }
	});
	if (response.status === 404) return null;
	if (!response.ok) throw new Error(`LRS ${resource}: HTTP ${response.status}`);
	return response.json();
}

export interface Statement {
	id: string;
	timestamp: string;
	verb: { id: string };
	object: { id: string; definition?: { interactionType?: string; correctResponsesPattern?: string[] } };
	result?: { success?: boolean; completion?: boolean; duration?: string; response?: string; score?: { scaled: number; raw?: number } };
	context: { registration: string; contextActivities?: { category?: Array<{ id: string }> }; extensions?: Record<string, unknown> };
}

/** Every statement of a registration, oldest first (the LMS's own among them: launched, satisfied). */
export async function statements(registration: string): Promise<Statement[]> {
	const all: Statement[] = [];
	const page = (await lrs('statements', { registration, ascending: 'true', limit: '500' })) as { statements: Statement[] };
	all.push(...page.statements);
	return all.sort((a, b) => a.timestamp.localeCompare(b.timestamp));
}

/** A state document of the AU in a registration. */
export function stateDocument(activityId: string, actor: Record<string, unknown>, registration: string, stateId: string): Promise<unknown> {
	return lrs('activities/state', { activityId, agent: JSON.stringify(actor), registration, stateId });
}

/** Short verb name: `http://adlnet.gov/expapi/verbs/passed` → `passed`. */
export const verb = (s: Statement) => s.verb.id.slice(s.verb.id.lastIndexOf('/') + 1);
