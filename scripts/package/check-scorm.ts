import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { loadCourse } from '../content/build-course.ts';
import type { Course } from '../../src/lib/content/types.ts';
import { conformanceInput } from './conformance/input.ts';
import { formatReport, runRules, VERSION_LABEL } from './conformance/report.ts';
import type { PackageUnderCheck, RuleResult } from './conformance/types.ts';
import { buildManifest, LAUNCH_FILE, MANIFEST_FILE } from './manifest.ts';
import { packageEntries, SCORM_VERSIONS } from './package.ts';

/**
 * `npm run check:scorm` (and the first step of `npm run package`): the strict SCORM conformance check. Builds the two
 * packages as `npm run package` would (build/ files, schema files, generated manifests) without writing them, and runs
 * every conformance rule (conformance/report.ts) over them and the real course. Prints one line per rule and every failure,
 * naming the item and the limit; exits 1 on any failure. `--dist` checks the zips already in dist/ instead.
 *
 * It exists because lenient LMS simulators (scorm-again, the local preview without strict mode) accept values that
 * strict LMSs refuse: 1.2 suspend_data over 4096 characters, hyphens in 2004 choice tokens, three fractional digits.
 */

export interface ScormCheck {
	ok: boolean;
	results: RuleResult[];
	/** The full report: every rule with its failures. */
	report: string;
	/** One line, for `npm run package` when everything passed. */
	summary: string;
}

/** The packages `npm run package` would write, as the check sees them: manifest and zip entry list. */
export function packagesToCheck(course: Pick<Course, 'settings' | 'lessons'>, buildDir: string): PackageUnderCheck[] {
	const settings = { ...course.settings, lessons: course.lessons.map(({ slug, title }) => ({ slug, title })) };
	return SCORM_VERSIONS.map((version) => {
		const files = Object.keys(packageEntries(version, buildDir));
		return { version, manifest: buildManifest(version, { ...settings, files }), entries: [MANIFEST_FILE, ...files] };
	});
}

/**
 * The packages already written to a folder (the newest `*-<version>.zip` of each version), read back from the zips:
 * `npm run check:scorm -- --dist` checks what was actually shipped rather than what would be.
 */
export function packagesFromZips(distDir: string): PackageUnderCheck[] {
	return SCORM_VERSIONS.map((version) => {
		const zips = existsSync(distDir) ? readdirSync(distDir).filter((name) => name.endsWith(`-${version}.zip`)) : [];
		const newest = zips.map((name) => join(distDir, name)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
		if (!newest) throw new Error(`No *-${version}.zip in ${distDir}: run \`npm run build && npm run package\` first.`);
		const zip = unzipSync(new Uint8Array(readFileSync(newest)));
		const manifest = zip[MANIFEST_FILE];
		return { version, manifest: manifest ? strFromU8(manifest) : '', entries: Object.keys(zip) };
	});
}

export async function checkScorm({ buildDir, course, packages: given }: { buildDir: string; course: Course; packages?: PackageUnderCheck[] }): Promise<ScormCheck> {
	const packages = given ?? packagesToCheck(course, buildDir);
	const input = conformanceInput(course, packages);
	const results = runRules(input);
	const versions = packages.map((p) => VERSION_LABEL[p.version]).join(' + ');
	const lessonItems = input.items.filter((r) => r.drawnFrom === undefined).length;
	const title =
		`Strict SCORM conformance check: ${course.settings.title} ${course.settings.version} (${versions}; ` +
		`${lessonItems} questions, ${input.items.length - lessonItems} final-check copies, ${input.routes.length} routes)`;
	const failed = results.filter((r) => r.failures.length > 0);
	return {
		ok: failed.length === 0,
		results,
		report: formatReport(results, title),
		summary: `Strict SCORM conformance check: all ${results.length} rules OK.`
	};
}

/** `node scripts/package/check-scorm.ts [--dist]`: the packages `npm run package` would write, or (--dist) the zips in dist/. */
async function main(argv: string[]): Promise<void> {
	const root = fileURLToPath(new URL('../../', import.meta.url));
	const buildDir = join(root, 'build');
	const fromDist = argv.includes('--dist');
	if (!fromDist && !existsSync(join(buildDir, LAUNCH_FILE))) {
		console.error(`No course build found (${join('build', LAUNCH_FILE)} is missing): the check inspects the packages built from it. Run \`npm run build\` first.`);
		process.exit(1);
	}
	const { course } = await loadCourse(join(root, 'content'));
	const packages = fromDist ? packagesFromZips(join(root, 'dist')) : undefined;
	if (fromDist) console.log(`Checking the zips in ${relative(process.cwd(), join(root, 'dist')) || '.'}.`);
	const check = await checkScorm({ buildDir, course, packages });
	console.log(check.report);
	if (!check.ok) process.exit(1);
}

if (import.meta.main) {
	main(process.argv.slice(2)).catch((error: unknown) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	});
}
