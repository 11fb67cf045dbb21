/**
 * Tiny type guards for checking JSON read back from storage or an LMS (saved progress, the local backup).
 *
 * Why not the schema library used at build time (valibot)? The content schema runs in Node and ships nothing; these
 * checks run on the learner's phone, where valibot's runtime came to ~2 KB gzip for two small, flat formats. These
 * guards say the same things — type, length, range, pattern, exact tuple shape — in a few hundred bytes, and the
 * property-based tests of the two readers exercise them with arbitrary JSON.
 */

export type Guard<T> = (value: unknown) => value is T;
type Guarded<G> = G extends Guard<infer T> ? T : never;

export const string =
	(maxLength = Infinity, pattern?: RegExp): Guard<string> =>
	(x): x is string =>
		typeof x === 'string' && x.length <= maxLength && (!pattern || pattern.test(x));

export const integer =
	(min: number, max: number): Guard<number> =>
	(x): x is number =>
		Number.isInteger(x) && (x as number) >= min && (x as number) <= max;

export const boolean: Guard<boolean> = (x): x is boolean => typeof x === 'boolean';

export const literal =
	<T extends string | number>(value: T): Guard<T> =>
	(x): x is T =>
		x === value;

export const oneOf =
	<T extends string>(values: readonly T[]): Guard<T> =>
	(x): x is T =>
		values.includes(x as T);

export const either =
	<G extends Guard<unknown>[]>(...guards: G): Guard<Guarded<G[number]>> =>
	(x): x is Guarded<G[number]> =>
		guards.some((g) => g(x));

export const optional =
	<T>(guard: Guard<T>): Guard<T | undefined> =>
	(x): x is T | undefined =>
		x === undefined || guard(x);

export const arrayOf =
	<T>(item: Guard<T>, maxLength = Infinity): Guard<T[]> =>
	(x): x is T[] =>
		Array.isArray(x) && x.length <= maxLength && x.every(item);

/** An array of exactly these items, like valibot's strictTuple. */
export const tuple =
	<G extends Guard<unknown>[]>(...items: G): Guard<{ [K in keyof G]: Guarded<G[K]> }> =>
	(x): x is { [K in keyof G]: Guarded<G[K]> } =>
		Array.isArray(x) && x.length === items.length && items.every((g, i) => g(x[i]));

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** An object whose every value passes `value` (keys are any strings). */
export const recordOf =
	<T>(value: Guard<T>): Guard<Record<string, T>> =>
	(x): x is Record<string, T> =>
		isPlainObject(x) && Object.values(x).every(value);

/**
 * An object with these keys; wrap a guard in `optional` for a key that may be missing. Other keys are neither checked
 * nor removed (valibot's object() stripped them): the value passes with them, so a reader copies out only the keys
 * it checked, or an unchecked field slips through (a damaged first-release save once did).
 */
export const object =
	<S extends Record<string, Guard<unknown>>>(shape: S): Guard<{ [K in keyof S]: Guarded<S[K]> }> =>
	(x): x is { [K in keyof S]: Guarded<S[K]> } =>
		isPlainObject(x) && Object.entries(shape).every(([key, guard]) => guard(x[key]));
