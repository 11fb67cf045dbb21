/**
 * Bounded waiting for the benchmark: every stage that talks to a browser or a child process gets a deadline, so a
 * hung Chromium or a stuck build ends the run with a message that names the stage instead of hanging CI.
 */

export class StageTimeout extends Error {}

/** Resolves like `work`, or rejects after `ms` with an error naming `what`. `onTimeout` may clean up (kill a browser). */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string, onTimeout?: () => unknown): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	// After a timeout the abandoned work may still fail (its browser was killed): that must not crash the run.
	work.catch(() => {});
	const deadline = new Promise<never>((_, fail) => {
		timer = setTimeout(() => {
			Promise.resolve()
				.then(onTimeout)
				.catch(() => {})
				.finally(() => fail(new StageTimeout(`${what} did not finish within ${Math.round(ms / 1000)} s`)));
		}, ms);
	});
	try {
		return await Promise.race([work, deadline]);
	} finally {
		clearTimeout(timer);
	}
}

/** Seconds since `start` (a performance.now() value), one decimal. */
export function secondsSince(start: number): number {
	return Math.round((performance.now() - start) / 100) / 10;
}
