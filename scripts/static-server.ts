import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { stripTypeScriptTypes } from 'node:module';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';

/**
 * A tiny static file server that mounts folders under URL prefixes, the way an LMS serves an unpacked package
 * from a deep path (e.g. `/pluginfile.php/42/mod_scorm/content/1/`). Used by `npm start` and the browser tests.
 * Anything outside the mounts is a 404, so a course that requests a root-absolute URL fails visibly. A mount can
 * list the only files it serves, and serve TypeScript modules to the browser as JavaScript (types stripped).
 */

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.xml': 'application/xml; charset=utf-8',
	'.xsd': 'application/xml; charset=utf-8',
	'.dtd': 'application/xml-dtd',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.zip': 'application/zip'
};

export interface Mount {
	/** URL prefix, starting and ending with `/`. */
	prefix: string;
	dir: string;
	/** Serve only these files (paths relative to `dir`, with `/`); anything else under the prefix is a 404. */
	only?: readonly string[];
	/**
	 * Serve `.ts` files as JavaScript modules, their types stripped by Node's `module.stripTypeScriptTypes`. Import
	 * specifiers are left as they are. Erasable syntax only (no enum, namespace, parameter property): anything else is
	 * answered with a 500 naming the file, so the page fails loudly.
	 */
	stripTypes?: boolean;
}

export function startStaticServer(mounts: Mount[], port: number, host = '127.0.0.1'): Promise<Server> {
	const roots = mounts.map((m) => ({ ...m, dir: resolve(m.dir) }));
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const path = decodeURIComponent(url.pathname);
		const mount = roots.filter((m) => path.startsWith(m.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
		if (!mount) return notFound(res, path);
		let file = normalize(join(mount.dir, path.slice(mount.prefix.length)));
		if (file !== mount.dir && !file.startsWith(mount.dir + sep)) return notFound(res, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return notFound(res, path);
		if (mount.only && !mount.only.includes(relative(mount.dir, file).split(sep).join('/'))) return notFound(res, path);
		if (mount.stripTypes && extname(file) === '.ts') {
			let js: string;
			try {
				js = stripTypes(readFileSync(file, 'utf8'));
			} catch (err) {
				res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
				return void res.end(`${path}: cannot strip its types: ${err instanceof Error ? err.message : err}`);
			}
			res.writeHead(200, { 'content-type': TYPES['.js']!, 'cache-control': 'no-store' });
			return void res.end(js);
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
		createReadStream(file).pipe(res);
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => ok(server));
	});
}

/**
 * TypeScript as JavaScript, types replaced by blanks (so positions match the source). Node flags the function
 * experimental with one warning per process; it is relied on knowingly (Node ≥ 22.13), so that warning is not printed.
 */
function stripTypes(source: string): string {
	const emit = process.emitWarning;
	process.emitWarning = ((warning: string | Error, ...rest: never[]) => {
		if (!String(warning).includes('stripTypeScriptTypes')) emit.call(process, warning, ...rest);
	}) as typeof process.emitWarning;
	try {
		return stripTypeScriptTypes(source, { mode: 'strip' });
	} finally {
		process.emitWarning = emit;
	}
}

function notFound(res: import('node:http').ServerResponse, path: string) {
	res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
	res.end(`Not found: ${path}`);
}
