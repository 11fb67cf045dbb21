import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_MAX_DEPTH, findApi, findLms, type WindowLike } from './find-api.ts';

/** A plain-object window: `parent` is itself for a top-level window, as in browsers. */
interface FakeWindow extends WindowLike {
	parent: WindowLike | null;
	opener: WindowLike | null;
	API?: unknown;
	API_1484_11?: unknown;
}

const api12 = () => ({ LMSInitialize: () => 'true' });
const api2004 = () => ({ Initialize: () => 'true' });

function topWindow(extra: Partial<FakeWindow> = {}): FakeWindow {
	const w: FakeWindow = { parent: null, opener: null, ...extra };
	w.parent = w;
	return w;
}

function frame(parent: WindowLike, extra: Partial<FakeWindow> = {}): FakeWindow {
	return { parent, opener: null, ...extra };
}

/** A chain of `levels` frames under `top`; returns the innermost. */
function nest(top: WindowLike, levels: number): FakeWindow {
	let w = frame(top);
	for (let i = 1; i < levels; i++) w = frame(w);
	return w;
}

/**
 * Another origin's window as the browser exposes it: `parent` and `opener` are readable, everything else throws a
 * SecurityError. `blockParent` also blocks those (sandboxed or otherwise unreadable windows).
 */
function crossOrigin(target: FakeWindow, blockParent = false): WindowLike {
	return new Proxy(target, {
		get(t, key, receiver) {
			// A top-level window's parent is itself: hand back the proxy, not the readable object behind it.
			if (!blockParent && (key === 'parent' || key === 'opener')) return t[key] === t ? receiver : t[key];
			throw new DOMException(`Blocked a frame from accessing ${String(key)}`, 'SecurityError');
		}
	});
}

describe('findApi', () => {
	it('finds the API on the starting window', () => {
		const api = api12();
		expect(findApi(topWindow({ API: api }), 'API')).toBe(api);
	});

	it('finds the API on a parent three levels up', () => {
		const api = api2004();
		const start = nest(topWindow({ API_1484_11: api }), 3);
		expect(findApi(start, 'API_1484_11')).toBe(api);
	});

	it('takes the nearest API when several windows have one', () => {
		const near = api12();
		const top = topWindow({ API: api12() });
		const start = frame(frame(top, { API: near }));
		expect(findApi(start, 'API')).toBe(near);
	});

	it('looks only for the name asked for', () => {
		const start = frame(topWindow({ API: api12() }));
		expect(findApi(start, 'API_1484_11')).toBeNull();
	});

	it('finds the API only via opener (a popup launched by the LMS window)', () => {
		const api = api12();
		const lms = topWindow({ API: api });
		const popup = topWindow({ opener: lms });
		expect(findApi(popup, 'API')).toBe(api);
	});

	it("finds the API on the opener's parent (the popup was opened from an LMS iframe)", () => {
		const api = api2004();
		const lmsTop = topWindow({ API_1484_11: api });
		const lmsFrame = frame(frame(lmsTop));
		const popup = topWindow({ opener: lmsFrame });
		expect(findApi(popup, 'API_1484_11')).toBe(api);
	});

	it("finds the API via the top window's opener when the course is a frame inside a popup", () => {
		const api = api12();
		const lms = topWindow({ API: api });
		const popupTop = topWindow({ opener: lms });
		const courseFrame = nest(popupTop, 2);
		expect(findApi(courseFrame, 'API')).toBe(api);
	});

	it('follows openers across popups (LMS → launcher popup → course popup)', () => {
		const api = api2004();
		const lms = topWindow({ API_1484_11: api });
		const launcher = topWindow({ opener: lms });
		const course = topWindow({ opener: launcher });
		expect(findApi(course, 'API_1484_11')).toBe(api);
	});

	it('prefers the parent chain over the opener', () => {
		const inFrames = api12();
		const start = frame(topWindow({ API: inFrames, opener: topWindow({ API: api12() }) }));
		expect(findApi(start, 'API')).toBe(inFrames);
	});

	describe('cross-origin windows', () => {
		it('skips a cross-origin frame and keeps walking to a same-origin ancestor', () => {
			const api = api12();
			const top = topWindow({ API: api });
			const foreign = crossOrigin(frame(top));
			expect(findApi(frame(foreign), 'API')).toBe(api);
		});

		it('returns null, without throwing, when the API sits on a cross-origin window', () => {
			const top = crossOrigin(topWindow({ API: api12() }));
			expect(() => findApi(frame(top), 'API')).not.toThrow();
			expect(findApi(frame(top), 'API')).toBeNull();
		});

		it('stops a chain whose parent cannot be read, then tries the opener', () => {
			const api = api12();
			const sealed = crossOrigin(topWindow({ API: api12() }), true);
			const start = topWindow({ opener: topWindow({ API: api }) });
			start.parent = sealed; // the walk up is cut here…
			expect(findApi(start, 'API')).toBe(api); // …and the opener still answers
		});

		it('survives the starting window itself throwing on every property', () => {
			const start = crossOrigin(topWindow({ API: api12() }), true);
			expect(findApi(start, 'API')).toBeNull();
		});

		it('survives a cross-origin opener', () => {
			const popup = topWindow({ opener: crossOrigin(topWindow({ API: api12() })) });
			expect(findApi(popup, 'API')).toBeNull();
		});
	});

	describe('bounds', () => {
		it('ends on a parent cycle', () => {
			const a: FakeWindow = { parent: null, opener: null };
			const b: FakeWindow = { parent: a, opener: null };
			a.parent = b;
			expect(findApi(a, 'API')).toBeNull();
			const api = api12();
			b.API = api;
			expect(findApi(a, 'API')).toBe(api);
		});

		it('ends on an opener cycle', () => {
			const a = topWindow();
			const b = topWindow({ opener: a });
			a.opener = b;
			expect(findApi(a, 'API')).toBeNull();
		});

		it('ends on a chain of fresh windows that never reaches a top', () => {
			let made = 0;
			const endless = (): WindowLike => ({
				get parent() {
					made++;
					return endless();
				}
			});
			expect(findApi(endless(), 'API')).toBeNull();
			expect(made).toBeLessThanOrEqual(DEFAULT_MAX_DEPTH + 1);
		});

		it(`climbs at most maxDepth parents (default ${DEFAULT_MAX_DEPTH})`, () => {
			const api = api12();
			const top = topWindow({ API: api });
			expect(findApi(nest(top, 2), 'API', 2)).toBe(api);
			expect(findApi(nest(top, 3), 'API', 2)).toBeNull();
			expect(findApi(nest(top, DEFAULT_MAX_DEPTH), 'API')).toBe(api);
			expect(findApi(nest(top, DEFAULT_MAX_DEPTH + 1), 'API')).toBeNull();
			expect(findApi(nest(top, 600), 'API', 1000)).toBe(api);
		});
	});

	describe('what counts as the API', () => {
		it.each([
			['a string', 'not an api'],
			['null', null],
			['an object without the initialize method', { GetValue: () => '' }],
			['an object whose initialize is not a function', { LMSInitialize: 'true', Initialize: 'true' }]
		])('skips %s and keeps looking', (_label, impostor) => {
			const api = api12();
			const start = frame(topWindow({ API: api }), { API: impostor });
			expect(findApi(start, 'API')).toBe(api);
			expect(findApi(topWindow({ API_1484_11: impostor }), 'API_1484_11')).toBeNull();
		});

		it('accepts an API object that is a function or a class instance (methods on the prototype)', () => {
			const fn = Object.assign(() => undefined, { LMSInitialize: () => 'true' });
			expect(findApi(topWindow({ API: fn }), 'API')).toBe(fn);
			class Lms2004 {
				Initialize() {
					return 'true';
				}
			}
			const instance = new Lms2004();
			expect(findApi(topWindow({ API_1484_11: instance }), 'API_1484_11')).toBe(instance);
		});
	});

	it('returns null when nothing is found or there is no window', () => {
		expect(findApi(nest(topWindow(), 4), 'API')).toBeNull();
		expect(findApi(null, 'API')).toBeNull();
		expect(findApi(undefined, 'API_1484_11')).toBeNull();
	});
});

describe('findLms', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	it('prefers SCORM 2004 when both APIs are on the same window', () => {
		const a12 = api12();
		const a2004 = api2004();
		const start = topWindow({ API: a12, API_1484_11: a2004 });
		expect(findLms({ start })).toEqual({ version: 'scorm2004', api: a2004 });
		expect(findLms({ start, prefer: 'scorm12' })).toEqual({ version: 'scorm12', api: a12 });
	});

	it('applies the preference across all windows, not per window', () => {
		const a12 = api12();
		const a2004 = api2004();
		const start = frame(topWindow({ API_1484_11: a2004 }), { API: a12 });
		expect(findLms({ start })?.api).toBe(a2004);
		expect(findLms({ start, prefer: 'scorm12' })?.api).toBe(a12);
	});

	it('falls back to the other version when the preferred one is absent', () => {
		const a12 = api12();
		expect(findLms({ start: topWindow({ API: a12 }) })).toEqual({ version: 'scorm12', api: a12 });
		const a2004 = api2004();
		expect(findLms({ start: topWindow({ API_1484_11: a2004 }), prefer: 'scorm12' })).toEqual({
			version: 'scorm2004',
			api: a2004
		});
	});

	it('returns null when there is no LMS', () => {
		expect(findLms({ start: nest(topWindow(), 2) })).toBeNull();
		expect(findLms({ start: null })).toBeNull();
	});

	it('passes maxDepth on', () => {
		const start = nest(topWindow({ API: api12() }), 3);
		expect(findLms({ start, maxDepth: 2 })).toBeNull();
		expect(findLms({ start, maxDepth: 3 })?.version).toBe('scorm12');
	});

	it('starts from the global window by default, and finds nothing outside a browser', () => {
		expect(findLms()).toBeNull(); // vitest runs in Node: no window
		const a2004 = api2004();
		vi.stubGlobal('window', topWindow({ API_1484_11: a2004 }));
		expect(findLms()).toEqual({ version: 'scorm2004', api: a2004 });
	});
});
