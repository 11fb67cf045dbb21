import { object, oneOf, optional, string, type Guard } from '../../shared/json-guards.ts';

/**
 * What a cmi5 launch gives the course: the five launch parameters in the address (spec 8.1), then LMS.LaunchData from
 * the State API (spec 10). Both come from outside, so both are checked before use; anything missing or malformed
 * means "not a cmi5 launch" (the address) or an LMS that broke the spec (the launch data, see the adapter).
 */

export interface Cmi5Params {
	/** The xAPI endpoint, always ending in `/` so resources can be appended. */
	endpoint: string;
	fetch: string;
	actor: Record<string, unknown> & { name?: string };
	registration: string;
	activityId: string;
}

const isActor = object({ name: optional(string()), account: object({ homePage: string(), name: string() }) });

/** The launch parameters in a query string (any order), or null when one is missing or malformed. */
export function readParams(search: string): Cmi5Params | null {
	const q = new URLSearchParams(search);
	const [endpoint, fetch, actorText, registration, activityId] = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].map((k) => q.get(k));
	if (!endpoint || !fetch || !actorText || !registration || !activityId) return null;
	try {
		const actor: unknown = JSON.parse(actorText);
		if (!isActor(actor)) return null;
		return { endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`, fetch, actor, registration, activityId };
	} catch {
		return null;
	}
}

const MODES = { Normal: 'normal', Browse: 'browse', Review: 'review' } as const;

export interface Cmi5LaunchData {
	mode: 'normal' | 'browse' | 'review';
	contextTemplate: Record<string, unknown>;
	masteryScore: number | null;
	returnURL: string | null;
}

/** A decimal 0–1 (masteryScore), or null (an LMS writing out "none"). */
const isScore: Guard<number | null> = (x): x is number | null => x === null || (typeof x === 'number' && x >= 0 && x <= 1);

const isLaunchData = object({
	launchMode: oneOf(['Normal', 'Browse', 'Review'] as const),
	contextTemplate: object({}),
	masteryScore: optional(isScore),
	returnURL: optional(string(4000))
});

/** LMS.LaunchData as the course uses it, or null when it lacks what the spec says the LMS must give. */
export function readLaunchData(doc: unknown): Cmi5LaunchData | null {
	if (!isLaunchData(doc)) return null;
	const d = doc as { launchMode: keyof typeof MODES; contextTemplate: Record<string, unknown>; masteryScore?: number | null; returnURL?: string };
	return { mode: MODES[d.launchMode], contextTemplate: d.contextTemplate, masteryScore: d.masteryScore ?? null, returnURL: d.returnURL || null };
}
