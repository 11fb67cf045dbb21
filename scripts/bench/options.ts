/** `npm run bench`'s command line, kept apart from bench.ts (which runs on import) so it can be tested. */

export const USAGE = `Usage: npm run bench [-- --check] [--check-timing] [--no-build] [--runs=N]
  --check         exit 1 when a deterministic budget in scripts/bench/budgets.ts breaks (bytes, LMS traffic,
                  accessibility): what CI runs
  --check-timing  the same, and the timing budgets too (Lighthouse performance): only on a quiet machine
  --no-build      measure build/ and dist/ as they are (no npm run build / package)
  --runs=N        Lighthouse runs per page, median kept (default 3)`;

export interface Options {
	/** Fail on a broken deterministic budget. */
	check: boolean;
	/** Fail on a broken timing budget as well (implies check). */
	checkTiming: boolean;
	build: boolean;
	runs: number;
}

/** The options, or 'help'; throws on an unknown argument. */
export function parseOptions(argv: string[]): Options | 'help' {
	const options: Options = { check: false, checkTiming: false, build: true, runs: 3 };
	for (const arg of argv) {
		if (arg === '--check') options.check = true;
		else if (arg === '--check-timing') options.check = options.checkTiming = true;
		else if (arg === '--no-build') options.build = false;
		else if (/^--runs=\d+$/.test(arg) && Number(arg.slice(7)) >= 1) options.runs = Number(arg.slice(7));
		else if (arg === '--help' || arg === '-h') return 'help';
		else throw new Error(`Unknown option "${arg}".\n${USAGE}`);
	}
	return options;
}
