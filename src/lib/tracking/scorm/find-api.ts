/**
 * Finding the LMS's SCORM API object (RTE "API discovery"). The LMS puts `API` (1.2) or `API_1484_11` (2004) on
 * one of the windows around the course: a parent frame (the usual case: the course runs in an iframe, sometimes
 * nested several levels deep) or the window that opened the course's popup.
 *
 * Search order, as in ADL's reference wrappers, and a little further:
 * 1. this window, then each parent up to the top (stop when `parent === self`);
 * 2. then `opener` of the starting window and `opener` of the top reached in 1 (a course opened as a popup that
 *    holds frames has the opener on its top window, not on the frame), each walked up its own parents;
 * 3. and so on for openers of those chains (a launcher popup opened from the LMS that then opened the course),
 *    up to MAX_OPENER_HOPS popups.
 *
 * Cross-origin windows: reading a property of another origin's window throws a SecurityError. Only `parent`,
 * `opener`, `top` and a few others may be read across origins, so a cross-origin frame is skipped and the walk
 * continues with its parent (an LMS wrapper frame on a CDN domain can sit between two same-origin windows). If even
 * `parent`/`opener` cannot be read, that chain ends. Nothing here ever throws.
 *
 * Written against a minimal structural type so it is unit-testable with plain objects; a real `Window` fits it.
 */

import type { ScormApi12, ScormApi2004 } from './api.ts';
import { dataModel, type ApiName, type ScormVersion } from './data-model.ts';

/** The parts of a window the search reads. `Window` is assignable to this. */
export interface WindowLike {
	readonly parent?: WindowLike | null;
	readonly opener?: WindowLike | null;
}

/** ADL's 2004 wrapper gives up after 500 levels; real nesting is under 10. The bound only stops pathological loops. */
export const DEFAULT_MAX_DEPTH = 500;

/** How many popups away from the course the search will follow `opener`. */
export const MAX_OPENER_HOPS = 10;

/** The method each API must have: checking it skips unrelated globals that happen to be called `API`. */
const INITIALIZE_METHOD: Record<ApiName, string> = {
	API: dataModel.scorm12.methods.initialize,
	API_1484_11: dataModel.scorm2004.methods.initialize
};

/** `win[name]` if it looks like that SCORM API, else null. Throws (SecurityError) for a cross-origin window. */
function apiOn(win: WindowLike, name: ApiName): unknown {
	const candidate: unknown = (win as Record<string, unknown>)[name];
	if ((typeof candidate !== 'object' && typeof candidate !== 'function') || candidate === null) return null;
	return typeof (candidate as Record<string, unknown>)[INITIALIZE_METHOD[name]] === 'function' ? candidate : null;
}

/** Reads `win.parent` / `win.opener`; null when absent or unreadable. */
function relative(win: WindowLike, key: 'parent' | 'opener'): WindowLike | null {
	try {
		return win[key] ?? null;
	} catch {
		return null;
	}
}

interface ChainResult {
	api: unknown;
	/** The last window reached (the top of this chain), for its opener. */
	top: WindowLike | null;
}

/** Walks `start` and its parents. `visited` is shared across chains so no window is examined twice. */
function scanChain(start: WindowLike, name: ApiName, maxDepth: number, visited: Set<WindowLike>): ChainResult {
	let win: WindowLike | null = start;
	let top: WindowLike | null = null;
	for (let depth = 0; win && depth <= maxDepth; depth++) {
		if (visited.has(win)) break; // a cycle, or a window an earlier chain already searched (with its parents)
		visited.add(win);
		top = win;
		try {
			const api = apiOn(win, name);
			if (api) return { api, top };
		} catch {
			// Cross-origin: this window is not ours to read; its parent may still be (see the file comment).
		}
		const parent = relative(win, 'parent');
		if (!parent || parent === win) break;
		win = parent;
	}
	return { api: null, top };
}

/**
 * The SCORM API object called `name` on `start` or a window around it, or null. `maxDepth` bounds how many parent
 * steps each chain may take.
 */
export function findApi<T>(
	start: WindowLike | null | undefined,
	name: ApiName,
	maxDepth: number = DEFAULT_MAX_DEPTH
): T | null {
	if (!start) return null;
	const visited = new Set<WindowLike>();
	let starts: WindowLike[] = [start];
	for (let hop = 0; hop <= MAX_OPENER_HOPS && starts.length > 0; hop++) {
		const next: WindowLike[] = [];
		for (const chainStart of starts) {
			if (visited.has(chainStart)) continue;
			const { api, top } = scanChain(chainStart, name, maxDepth, visited);
			if (api) return api as T;
			for (const w of [chainStart, top]) {
				const opener = w && relative(w, 'opener');
				if (opener && !visited.has(opener) && !next.includes(opener)) next.push(opener);
			}
		}
		starts = next;
	}
	return null;
}

export type LmsConnection =
	| { readonly version: 'scorm2004'; readonly api: ScormApi2004 }
	| { readonly version: 'scorm12'; readonly api: ScormApi12 };

export interface FindLmsOptions {
	/** Where to start; defaults to the global `window` (null outside a browser). */
	start?: WindowLike | null;
	/**
	 * Which API wins when both are present. Default `scorm2004`: an LMS that offers both launched a 2004 package with
	 * 2004 semantics. The 1.2 package passes `scorm12`, because an LMS that imported it as 1.2 tracks it through `API`
	 * even if it also exposes `API_1484_11`. The other API is still used when the preferred one is absent.
	 */
	prefer?: ScormVersion;
	maxDepth?: number;
}

/** Finds the LMS: the preferred version's API anywhere around the course first, then the other's. */
export function findLms(options: FindLmsOptions = {}): LmsConnection | null {
	const start = options.start !== undefined ? options.start : typeof window === 'undefined' ? null : window;
	const order: ScormVersion[] = options.prefer === 'scorm12' ? ['scorm12', 'scorm2004'] : ['scorm2004', 'scorm12'];
	for (const version of order) {
		const api = findApi<ScormApi12 & ScormApi2004>(start, dataModel[version].apiName, options.maxDepth);
		if (api) return version === 'scorm12' ? { version, api } : { version, api };
	}
	return null;
}
