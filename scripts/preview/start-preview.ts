import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { PACKAGE_PATHS } from '../../preview/lms-paths.ts';
import { SCORM_VERSIONS, type ScormVersion } from '../../src/lib/tracking/scorm/data-model.ts';
import { startStaticServer, type Mount } from '../static-server.ts';

/**
 * Local LMS preview (`npm run preview:lms`, meant to become `npm start`).
 *
 * Unpacks the two packages from dist/ into dist/preview/{scorm12,scorm2004}/, as an LMS does on upload, and serves:
 *   /                      → preview/ (the simulated LMS page: API object, data-model inspector, call log; its
 *                            TypeScript modules served as JavaScript, types stripped)
 *   /src/lib/tracking/scorm/ → the SCORM facts the page imports (PREVIEW_SHARED_MODULES only): the data-model table,
 *                            the value formats and the time formats, the same modules the course and the packaging
 *                            check use
 *   /vendor/scorm-again/   → scorm-again's dist/ folder (the LMS-side runtime)
 *   /lms/scorm12/…/        → the unpacked 1.2 package, from a deep Moodle-like path
 *   /lms/scorm2004/…/      → the unpacked 2004 package
 * Usage: node scripts/preview/start-preview.ts [port]   (or PORT=…; default 4173, host 127.0.0.1)
 */

const VERSIONS = SCORM_VERSIONS;

/**
 * The modules of src/ the preview page imports (preview/*.ts import them as ../src/lib/tracking/scorm/…, which the
 * browser resolves from / to /src/lib/tracking/scorm/…). Nothing else of src/ is served.
 */
export const PREVIEW_SHARED_MODULES = { prefix: '/src/lib/tracking/scorm/', files: ['data-model.ts', 'value-formats.ts', 'time.ts'] } as const;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MISSING_HINT = 'run npm run build && npm run package';

export interface PreviewOptions {
	/** Folder holding *-scorm12.zip and *-scorm2004.zip. Default: dist/. */
	distDir?: string;
	/** Where the zips are unpacked (a subfolder per version, emptied first). Default: <distDir>/preview/. */
	outDir?: string;
	/** Serve these folders as they are instead of unpacking a zip (for fixtures); per version. */
	packages?: Partial<Record<ScormVersion, string>>;
	host?: string;
}

export interface Preview {
	server: Server;
	/** The preview page, e.g. http://127.0.0.1:4173/ */
	url: string;
	/** The folder served for each version. */
	packageDirs: Record<ScormVersion, string>;
	close(): Promise<void>;
}

/** The newest `*-<version>.zip` in a folder, or undefined. */
export function findPackageZip(distDir: string, version: ScormVersion): string | undefined {
	if (!existsSync(distDir)) return undefined;
	return readdirSync(distDir)
		.filter((name) => name.endsWith(`-${version}.zip`))
		.map((name) => join(distDir, name))
		.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

/** Unpacks a zip into `dir` (emptied first). Refuses entries that would land outside it. Returns the file count. */
export function unpackZip(zipFile: string, dir: string): number {
	const entries = unzipSync(new Uint8Array(readFileSync(zipFile)));
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const root = resolve(dir);
	let files = 0;
	for (const [name, data] of Object.entries(entries)) {
		const target = normalize(join(root, name));
		if (isAbsolute(name) || (target !== root && !target.startsWith(root + sep))) {
			throw new Error(`${zipFile}: entry "${name}" points outside the package`);
		}
		if (name.endsWith('/')) {
			mkdirSync(target, { recursive: true });
			continue;
		}
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, data);
		files++;
	}
	return files;
}

export async function startPreview(port = 4173, options: PreviewOptions = {}): Promise<Preview> {
	const host = options.host ?? '127.0.0.1';
	const distDir = resolve(ROOT, options.distDir ?? 'dist');
	const outDir = resolve(ROOT, options.outDir ?? join(distDir, 'preview'));

	const missing = VERSIONS.filter((v) => !options.packages?.[v] && !findPackageZip(distDir, v));
	if (missing.length > 0) {
		throw new Error(
			`No ${missing.map((v) => `*-${v}.zip`).join(' or ')} in ${relative(process.cwd(), distDir) || '.'}: ${MISSING_HINT}`
		);
	}

	const packageDirs = Object.fromEntries(
		VERSIONS.map((v) => [v, options.packages?.[v] ? resolve(ROOT, options.packages[v]) : join(outDir, v)])
	) as Record<ScormVersion, string>;
	const mounts: Mount[] = [
		{ prefix: '/', dir: join(ROOT, 'preview'), stripTypes: true },
		{ prefix: PREVIEW_SHARED_MODULES.prefix, dir: join(ROOT, 'src/lib/tracking/scorm'), only: PREVIEW_SHARED_MODULES.files, stripTypes: true },
		// scorm-again's published browser builds, found through its package exports (not a path into node_modules).
		{ prefix: '/vendor/scorm-again/', dir: dirname(createRequire(import.meta.url).resolve('scorm-again/scorm12')) },
		...VERSIONS.map((v) => ({ prefix: PACKAGE_PATHS[v], dir: packageDirs[v] }))
	];
	// Listen first (files are looked up per request), so a port clash fails before a running preview's folders are replaced.
	const server = await startStaticServer(mounts, port, host);
	try {
		for (const version of VERSIONS) {
			if (options.packages?.[version]) continue;
			const zip = findPackageZip(distDir, version)!;
			unpackZip(zip, packageDirs[version]);
			if (!existsSync(join(packageDirs[version], 'imsmanifest.xml'))) {
				throw new Error(`${zip} has no imsmanifest.xml at its root: ${MISSING_HINT}`);
			}
		}
	} catch (err) {
		server.close();
		throw err;
	}
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	return {
		server,
		url: `http://${host}:${actualPort}/`,
		packageDirs,
		close: () =>
			new Promise<void>((ok, fail) => {
				server.close((err) => (err ? fail(err) : ok()));
				server.closeAllConnections();
			})
	};
}

function portFromArgs(argv: string[]): number {
	const flag = argv.findIndex((a) => a === '--port' || a === '-p');
	const raw = flag >= 0 ? argv[flag + 1] : (argv.find((a) => a.startsWith('--port='))?.slice(7) ?? argv.find((a) => /^\d+$/.test(a)));
	const port = Number(raw ?? process.env.PORT ?? 4173);
	if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port number: ${raw}`);
	return port;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	try {
		const preview = await startPreview(portFromArgs(process.argv.slice(2)));
		const rel = (dir: string) => relative(process.cwd(), dir) || '.';
		console.log(`LMS preview: ${preview.url}`);
		console.log(`  SCORM 2004: ${preview.url}?v=scorm2004   (package: ${rel(preview.packageDirs.scorm2004)})`);
		console.log(`  SCORM 1.2:  ${preview.url}?v=scorm12     (package: ${rel(preview.packageDirs.scorm12)})`);
		console.log('Stop with Ctrl+C.');
	} catch (err) {
		const e = err as NodeJS.ErrnoException;
		console.error(e.code === 'EADDRINUSE' ? `Port in use: ${e.message}. Pass another: npm run preview:lms -- 4180` : `LMS preview: ${e.message}`);
		process.exit(1);
	}
}
