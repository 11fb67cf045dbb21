import type { ScormVersion } from '../../src/lib/tracking/scorm/data-model.ts';
import type { PageScore } from './lighthouse.ts';
import type { PageKey } from './pages.ts';
import type { LmsTraffic } from './lms-log.ts';
import type { Sizes } from './sizes.ts';

/**
 * Everything one benchmark run measured. Written to bench/results.json in this key order (stable, so two runs diff
 * line by line), with the budget verdicts appended.
 */
export interface BenchResults {
	tools: { node: string; chromium: string; lighthouse: string };
	/** Seconds for `vite build` and `npm run package`; null with --no-build. */
	build: { buildSeconds: number | null; packageSeconds: number | null };
	sizes: Sizes;
	lighthouse: {
		runsPerPage: number;
		/** How busy the machine was when Lighthouse started: its timings are only as good as the CPU it gets. */
		machine: { cpus: number; loadAverage: number };
		pages: Record<PageKey, PageScore>;
	};
	lms: Record<ScormVersion, LmsTraffic>;
}
