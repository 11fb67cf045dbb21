import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { unzipSync, zipSync } from 'fflate';
import { SCORM_VERSIONS as VERSIONS, type ScormVersion } from '../../src/lib/tracking/scorm/data-model.ts';
import { findPackageZip } from '../preview/start-preview.ts';

/**
 * What the course weighs: the bytes a learner's browser downloads (first screen, whole course) and the size of the
 * two SCORM zips an LMS administrator uploads.
 *
 * The build is one index.html with the app inlined, so file extensions alone would call everything "HTML": the
 * inline <script> and <style> bodies are cut out of the page and counted as JS and CSS. Fonts are counted apart
 * (their budget is separate, and woff2 is already compressed), and so are illustrations: image files (.svg, .png…)
 * and inline SVG marked as one, `<svg data-illustration …>…</svg>` in a component, which is cut out of the page or
 * script that carries it (Svelte keeps the attribute in its compiled template). Gzip is zlib's default level 6, what most web
 * servers send; each part is gzipped on its own, so parts add up to slightly more than the file's own gzip, and the
 * totals are the gzip of the real files (what goes over the wire).
 */

export const GZIP_LEVEL = 6;
const FONT_EXTENSIONS = new Set(['.woff2', '.woff', '.ttf', '.otf', '.eot']);
const IMAGE_EXTENSIONS = new Set(['.svg', '.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif']);
/** Schema files ship in the packages for the LMS's validator; the learner never downloads them. */
const SCHEMA_EXTENSIONS = new Set(['.xsd', '.dtd']);

export interface Bytes {
	raw: number;
	gzip: number;
}

export interface Breakdown {
	html: Bytes;
	js: Bytes;
	css: Bytes;
	/** Files that are none of HTML, JS, CSS, fonts or images (e.g. _app/version.json). */
	other: Bytes;
	/** HTML + JS + CSS, fonts, illustrations and other files excluded (what the size budget is about). */
	total: Bytes;
	files: string[];
}

export interface PackageSize {
	file: string;
	zip: number;
	/** The same zip re-made without the schema files (.xsd, .dtd), fflate level 9 as scripts/package does. */
	zipWithoutSchemas: number;
	entries: number;
	schemaEntries: number;
}

export interface Sizes {
	gzipLevel: number;
	firstScreen: Breakdown;
	wholeCourse: Breakdown;
	fonts: { files: number; bytes: number };
	/** Image files, and inline `<svg data-illustration>` cut out of the pages and scripts (gzip: each on its own, added). */
	illustrations: { files: number; inline: number; bytes: Bytes };
	/** Files in build/ that nothing refers to (counted in the whole course all the same: they ship). */
	unreferenced: ({ file: string } & Bytes)[];
	packages: Record<ScormVersion, PackageSize>;
}

const gzip = (data: Uint8Array | string): number => gzipSync(data, { level: GZIP_LEVEL }).byteLength;
const bytesOf = (data: Uint8Array | string): Bytes => ({ raw: Buffer.byteLength(data), gzip: gzip(data) });
const zero = (): Bytes => ({ raw: 0, gzip: 0 });
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

export interface HtmlParts {
	html: string;
	js: string;
	css: string;
	/** Decoded bytes of fonts inlined as data: URIs in CSS (counted as fonts, not CSS). */
	inlineFontBytes: number;
	/** Local files the page loads before it can show anything: script src, stylesheets, preloads, boot import()s. */
	references: string[];
}

const INLINE_FONT = /url\(\s*["']?data:(?:font\/[\w.+-]+|application\/(?:x-)?font-[\w.+-]+)(?:;[^,]*)?,([^"')]*)["']?\s*\)/g;

/** Splits a page into the bytes of its inline scripts, inline styles and the rest. */
export function splitHtml(page: string): HtmlParts {
	let js = '';
	let css = '';
	let inlineFontBytes = 0;
	const references: string[] = [];
	const html = page
		.replace(/(<script\b[^>]*>)([\s\S]*?)(<\/script\s*>)/gi, (_, open: string, body: string, close: string) => {
			js += body;
			const src = /\ssrc\s*=\s*["']?([^"'\s>]+)/i.exec(open)?.[1];
			if (src) references.push(src);
			// An inline boot script that import()s the app (SvelteKit's split output) needs those files first.
			for (const m of body.matchAll(/\bimport\s*\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)) references.push(m[1]!);
			return open + close;
		})
		.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>)/gi, (_, open: string, body: string, close: string) => {
			css += body;
			return open + close;
		});
	css = css.replace(INLINE_FONT, (_, data: string) => {
		inlineFontBytes += Math.floor((data.replace(/\s/g, '').length * 3) / 4);
		return 'url()';
	});
	for (const link of html.matchAll(/<link\b[^>]*>/gi)) {
		const tag = link[0];
		const rel = /\srel\s*=\s*["']?([^"'>]+)/i.exec(tag)?.[1]?.toLowerCase() ?? '';
		const href = /\shref\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
		if (href && /\b(stylesheet|modulepreload|preload)\b/.test(rel)) references.push(href);
	}
	const local = references.filter((r) => !/^(data:|blob:|[a-z][\w+.-]*:\/\/|\/\/)/i.test(r));
	return { html, js, css, inlineFontBytes, references: local };
}

/** The page or script without its marked inline illustrations (`<svg data-illustration …>…</svg>`, nested <svg> kept whole). */
export function cutIllustrations(text: string): { rest: string; svgs: string[] } {
	const svgs: string[] = [];
	let rest = '';
	let from = 0;
	const open = /<svg\b[^>]*\sdata-illustration\b[^>]*>/g;
	for (let m = open.exec(text); m; m = open.exec(text)) {
		const tags = /<svg\b|<\/svg\s*>/g;
		tags.lastIndex = m.index + m[0].length;
		let depth = 1;
		let end = -1;
		for (let t = tags.exec(text); t; t = tags.exec(text)) {
			depth += t[0].startsWith('</') ? -1 : 1;
			if (depth === 0) {
				end = t.index + t[0].length;
				break;
			}
		}
		if (end === -1) break; // Unclosed: leave it counted with the page.
		rest += text.slice(from, m.index);
		svgs.push(text.slice(m.index, end));
		from = open.lastIndex = end;
	}
	return { rest: rest + text.slice(from), svgs };
}

/** Every file under dir as posix paths, sorted. */
function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
		.sort();
}

function breakdown(buildDir: string, files: string[]): { parts: Breakdown; fontFiles: number; fontBytes: number; illustrations: Sizes['illustrations'] } {
	const parts: Breakdown = { html: zero(), js: zero(), css: zero(), other: zero(), total: zero(), files };
	let fontFiles = 0;
	let fontBytes = 0;
	const illustrations = { files: 0, inline: 0, bytes: zero() };
	for (const file of files) {
		let data: Buffer | string = readFileSync(join(buildDir, file));
		const ext = extname(file).toLowerCase();
		if (FONT_EXTENSIONS.has(ext)) {
			fontFiles++;
			fontBytes += data.byteLength;
			continue;
		}
		if (IMAGE_EXTENSIONS.has(ext)) {
			illustrations.files++;
			illustrations.bytes = add(illustrations.bytes, bytesOf(data));
			continue;
		}
		if (/^\.(html?|m?js)$/.test(ext)) {
			const { rest, svgs } = cutIllustrations(data.toString('utf8'));
			illustrations.inline += svgs.length;
			for (const svg of svgs) illustrations.bytes = add(illustrations.bytes, bytesOf(svg));
			data = rest;
		}
		if (ext === '.html' || ext === '.htm') {
			const split = splitHtml(data.toString());
			parts.html = add(parts.html, bytesOf(split.html));
			if (split.js) parts.js = add(parts.js, bytesOf(split.js));
			if (split.css) parts.css = add(parts.css, bytesOf(split.css));
			if (split.inlineFontBytes) fontFiles++;
			fontBytes += split.inlineFontBytes;
			// The budget total is what travels: the gzip of the whole file (marked illustrations cut out), not of its parts.
			parts.total = add(parts.total, bytesOf(data));
		} else if (ext === '.js' || ext === '.mjs') {
			parts.js = add(parts.js, bytesOf(data));
			parts.total = add(parts.total, bytesOf(data));
		} else if (ext === '.css') {
			parts.css = add(parts.css, bytesOf(data));
			parts.total = add(parts.total, bytesOf(data));
		} else {
			parts.other = add(parts.other, bytesOf(data));
		}
	}
	return { parts, fontFiles, fontBytes, illustrations };
}

/** A reference as a build path, resolved from the file that makes it. */
const resolveRef = (from: string, ref: string) => posix.normalize(posix.join(posix.dirname(from), decodeURI(ref.split(/[?#]/)[0] ?? '')));

/**
 * index.html plus the local files it loads before the first paint (none while the bundle is inlined), following
 * static imports of those scripts. Lazily import()ed chunks and fonts are not counted here.
 */
function firstScreenFiles(buildDir: string, all: string[]): string[] {
	const wanted = new Set(['index.html']);
	const queue = splitHtml(readFileSync(join(buildDir, 'index.html'), 'utf8')).references.map((ref) => resolveRef('index.html', ref));
	while (queue.length) {
		const path = queue.shift()!;
		if (wanted.has(path) || !all.includes(path)) continue;
		wanted.add(path);
		if (!/\.m?js$/.test(path)) continue;
		const code = readFileSync(join(buildDir, path), 'utf8');
		for (const m of code.matchAll(/\b(?:import|export)\s*(?:[\w*{}\s,$]+\sfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)) queue.push(resolveRef(path, m[1]!));
	}
	return all.filter((f) => wanted.has(f));
}

/**
 * Files nothing in the build names (by file name) — shipped in the zip but never loaded by the page, such as a
 * leftover bundle next to the inlined one. index.html is the entry, so it is never listed.
 */
function unreferencedFiles(buildDir: string, all: string[]): ({ file: string } & Bytes)[] {
	const texts = all.filter((f) => /\.(html?|m?js|css|json|webmanifest|svg)$/i.test(f)).map((f) => ({ f, text: readFileSync(join(buildDir, f), 'utf8') }));
	return all
		.filter((f) => f !== 'index.html' && !texts.some((t) => t.f !== f && t.text.includes(posix.basename(f))))
		.map((file) => ({ file, ...bytesOf(readFileSync(join(buildDir, file))) }));
}

function packageSize(zipFile: string): PackageSize {
	const data = new Uint8Array(readFileSync(zipFile));
	const entries = unzipSync(data);
	const names = Object.keys(entries);
	const kept = Object.fromEntries(Object.entries(entries).filter(([name]) => !SCHEMA_EXTENSIONS.has(extname(name).toLowerCase())));
	return {
		file: zipFile.split(sep).join('/').split('/').slice(-1)[0]!,
		zip: statSync(zipFile).size,
		zipWithoutSchemas: zipSync(kept, { level: 9 }).byteLength,
		entries: names.length,
		schemaEntries: names.length - Object.keys(kept).length
	};
}

export function measureSizes(buildDir: string, distDir: string): Sizes {
	let all: string[];
	try {
		all = listFiles(buildDir);
	} catch {
		throw new Error(`No build in ${buildDir}: run npm run bench without --no-build, or npm run build first.`);
	}
	if (!all.includes('index.html')) throw new Error(`${buildDir} has no index.html: run npm run build first.`);
	const whole = breakdown(buildDir, all);
	const first = breakdown(buildDir, firstScreenFiles(buildDir, all));
	const packages = {} as Record<ScormVersion, PackageSize>;
	for (const version of VERSIONS) {
		const zip = findPackageZip(distDir, version);
		if (!zip) throw new Error(`No *-${version}.zip in ${distDir}: run npm run package (or npm run bench without --no-build).`);
		packages[version] = packageSize(zip);
	}
	return {
		gzipLevel: GZIP_LEVEL,
		firstScreen: first.parts,
		wholeCourse: whole.parts,
		fonts: { files: whole.fontFiles, bytes: whole.fontBytes },
		illustrations: whole.illustrations,
		unreferenced: unreferencedFiles(buildDir, all),
		packages
	};
}
