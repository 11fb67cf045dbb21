import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dropUnreferencedAssets } from './drop-unreferenced-assets.ts';

/** The post-build step on small built folders: an asset nothing names goes, a named one stays, nothing else is touched. */

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function build(files: Record<string, string>) {
	dir = mkdtempSync(join(tmpdir(), 'assets-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
}

describe('dropUnreferencedAssets', () => {
	it('removes the CSS the inline page does not load, keeps assets a page or script names, and leaves other folders alone', () => {
		build({
			'index.html': '<style>body{margin:0}</style><script>import("./_app/immutable/assets/used.Ab12.js")</script>',
			'_app/immutable/assets/style.DpQh.css': 'body{margin:0}',
			'_app/immutable/assets/used.Ab12.js': 'export {}',
			'_app/immutable/assets/font.Cd34.woff2': 'binary',
			'_app/immutable/assets/named-in-css.css': '@font-face{src:url(font.Cd34.woff2)}',
			'fonts/unreferenced.woff2': 'binary'
		});
		expect(dropUnreferencedAssets(dir).sort()).toEqual([join('_app', 'immutable', 'assets', 'named-in-css.css'), join('_app', 'immutable', 'assets', 'style.DpQh.css')]);
		expect(existsSync(join(dir, '_app/immutable/assets/used.Ab12.js'))).toBe(true);
		// Named only by a CSS file that was itself dropped: still named by a built file when the scan ran, so kept.
		expect(existsSync(join(dir, '_app/immutable/assets/font.Cd34.woff2'))).toBe(true);
		expect(existsSync(join(dir, 'fonts/unreferenced.woff2'))).toBe(true);
	});
});
