import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStaticServer } from '../../scripts/static-server.ts';

const COPIED = ['src', 'static', 'scripts', 'content', 'package.json', 'tsconfig.json', 'vite.config.ts'];
export const VARIANT_PATH = '/lms/variant/content/';

/**
 * Builds the real course with one course setting changed, in a copy of the project (so the main build and its
 * .svelte-kit folder are untouched while other tests run), and serves it from a nested folder. This is how a
 * setting such as `feedback: 'end'` is tested in a browser: as an author would ship it.
 */
export async function serveVariant(patchCourseSettings: (courseTs: string) => string): Promise<{ url: string; close: () => Promise<void> }> {
	const dir = mkdtempSync(join(tmpdir(), 'course-variant-'));
	for (const entry of COPIED) cpSync(entry, join(dir, entry), { recursive: true });
	symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
	const settingsFile = join(dir, 'content', 'course.ts');
	const original = readFileSync(settingsFile, 'utf8');
	const patched = patchCourseSettings(original);
	if (patched === original) throw new Error('The variant did not change content/course.ts: the test would prove nothing.');
	writeFileSync(settingsFile, patched);

	const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: dir, encoding: 'utf8', timeout: 240_000 });
	if (build.status !== 0) throw new Error(`Variant build failed:\n${build.stderr}${build.stdout}`);

	const server: Server = await startStaticServer([{ prefix: VARIANT_PATH, dir: join(dir, 'build') }], 0);
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${VARIANT_PATH}index.html`,
		close: async () => {
			await new Promise<void>((done) => server.close(() => done()));
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
