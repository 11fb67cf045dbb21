import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';

/**
 * Zips the SCO probe (tests/fixtures/sco-probe) as `sco-probe-scorm12.zip` and `sco-probe-scorm2004.zip` in `outDir`,
 * named like the real packages, so the preview's unzip-and-serve path is what the tests exercise.
 */
const FIXTURE = resolve(import.meta.dirname, '../fixtures/sco-probe');

export function writeProbePackages(outDir: string): { scorm12: string; scorm2004: string } {
	mkdirSync(outDir, { recursive: true });
	const index = readFileSync(join(FIXTURE, 'index.html'));
	const zips = {
		scorm12: { 'imsmanifest.xml': readFileSync(join(FIXTURE, 'scorm12/imsmanifest.xml')), 'index.html': index },
		scorm2004: { 'imsmanifest.xml': readFileSync(join(FIXTURE, 'imsmanifest.xml')), 'index.html': index }
	};
	const out = { scorm12: join(outDir, 'sco-probe-scorm12.zip'), scorm2004: join(outDir, 'sco-probe-scorm2004.zip') };
	for (const v of ['scorm12', 'scorm2004'] as const) {
		const files = Object.fromEntries(Object.entries(zips[v]).map(([name, data]) => [name, new Uint8Array(data)]));
		writeFileSync(out[v], zipSync(files));
	}
	return out;
}
