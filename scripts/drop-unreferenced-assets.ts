import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Adapter } from '@sveltejs/kit';

/**
 * With the inline bundle strategy SvelteKit puts the app's CSS inside index.html and still writes the same CSS as a
 * file under _app/immutable/assets/ that nothing loads. It would ship in every package and count against the size
 * budget (about 4.9 KB gzip), so after the adapter has written the build, an asset no other built file names is
 * removed. Only files under the assets folder are considered, and only when no file in the build refers to them.
 */

const ASSETS = join('_app', 'immutable', 'assets');

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
}

/** Removes the assets that no other file of the build names; returns their paths relative to the build. */
export function dropUnreferencedAssets(outDir: string): string[] {
	const all = filesUnder(outDir);
	const assets = all.filter((file) => relative(outDir, file).startsWith(ASSETS));
	const texts = all.filter((file) => /\.(html|js|css|json|webmanifest)$/.test(file)).map((file) => [file, readFileSync(file, 'utf8')] as const);
	const unreferenced = assets.filter((asset) => !texts.some(([file, text]) => file !== asset && text.includes(basename(asset))));
	for (const asset of unreferenced) rmSync(asset);
	return unreferenced.map((asset) => relative(outDir, asset));
}

/** The adapter, followed by dropUnreferencedAssets on the folder it writes (SvelteKit's public Adapter interface). */
export function withoutUnreferencedAssets(adapter: Adapter, outDir: string): Adapter {
	return {
		...adapter,
		async adapt(builder) {
			await adapter.adapt(builder);
			const dropped = dropUnreferencedAssets(outDir);
			if (dropped.length) builder.log.minor(`Removed ${dropped.length} asset(s) nothing in the build refers to: ${dropped.join(', ')}`);
		}
	};
}
