import type { ConformanceInput, Failure, Rule, RuleResult, ScormVersion } from './types.ts';
import { manifestIds, packageFiles } from './package-rules.ts';
import { lmsPayload } from './payload.ts';
import { bookmarkLocation, interactionIds, objectiveIds, recordCounts, responseTokens, suspendData, timeFormats } from './rules.ts';

/** Runs the conformance rules (rules.ts, package-rules.ts, payload.ts) and writes their report. */

export const VERSION_LABEL: Record<ScormVersion, string> = { scorm12: 'SCORM 1.2', scorm2004: 'SCORM 2004' };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Every rule, in report order. */
export const RULES: readonly Rule[] = [
	suspendData,
	bookmarkLocation,
	interactionIds,
	objectiveIds,
	responseTokens,
	timeFormats,
	manifestIds,
	packageFiles,
	recordCounts,
	lmsPayload
];

/** Runs rules; a rule that throws is reported as a failure of that rule, not a crash of the check. */
export function runRules(input: ConformanceInput, rules: readonly Rule[] = RULES): RuleResult[] {
	return rules.map((rule) => {
		try {
			const failures = rule.check(input);
			let measured: string | undefined;
			try {
				measured = rule.measure?.(input);
			} catch {
				// A measure is a nicety for the report; the failures above already say what is wrong.
			}
			return { rule, failures, ...(measured === undefined ? {} : { measured }) };
		} catch (error) {
			return { rule, failures: [{ subject: `rule ${rule.id}`, found: `crashed: ${message(error)}`, limit: 'the rule runs to completion' }] };
		}
	});
}

export function formatFailure(f: Failure): string {
	return `${f.version ? `[${VERSION_LABEL[f.version]}] ` : ''}${f.subject}: ${f.found} — limit: ${f.limit}`;
}

/** The report: one line per rule (OK / FAIL), each failure indented below its rule, a summary last. */
export function formatReport(results: readonly RuleResult[], title: string): string {
	const width = Math.max(...results.map((r) => r.rule.id.length));
	const lines = [title, ''];
	const indent = ' '.repeat(width + 10);
	for (const { rule, failures, measured } of results) {
		lines.push(`  ${failures.length ? 'FAIL' : 'OK  '}  ${rule.id.padEnd(width)}  ${rule.description}`);
		if (measured) lines.push(`${indent}${measured}`);
		for (const f of failures) lines.push(`${indent}- ${formatFailure(f)}`);
	}
	const failed = results.filter((r) => r.failures.length);
	const count = failed.reduce((n, r) => n + r.failures.length, 0);
	lines.push(
		'',
		failed.length
			? `${results.length} rules: ${results.length - failed.length} OK, ${failed.length} failed (${count} failure${count === 1 ? '' : 's'}).`
			: `${results.length} rules: all OK.`
	);
	return lines.join('\n');
}
