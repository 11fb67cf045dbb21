import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

/**
 * A tiny static file server that mounts folders under URL prefixes, the way an LMS serves an unpacked package
 * from a deep path (e.g. `/pluginfile.php/42/mod_scorm/content/1/`). Used by `npm start` and the browser tests.
 * Anything outside the mounts is a 404, so a course that requests a root-absolute URL fails visibly.
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
}

export function startStaticServer(mounts: Mount[], port: number, host = '127.0.0.1'): Promise<Server> {
	const roots = mounts.map((m) => ({ prefix: m.prefix, dir: resolve(m.dir) }));
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const path = decodeURIComponent(url.pathname);
		const mount = roots.filter((m) => path.startsWith(m.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
		if (!mount) return notFound(res, path);
		let file = normalize(join(mount.dir, path.slice(mount.prefix.length)));
		if (file !== mount.dir && !file.startsWith(mount.dir + sep)) return notFound(res, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return notFound(res, path);
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
		createReadStream(file).pipe(res);
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => ok(server));
	});
}

function notFound(res: import('node:http').ServerResponse, path: string) {
	res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
	res.end(`Not found: ${path}`);
}
