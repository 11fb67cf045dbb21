import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

/**
 * The dark colours are written twice in global.css: for a reader who chose Dark, and for the device's dark setting
 * when nobody chose. CSS cannot share one block between an attribute selector and a media query without
 * `light-dark()`, which the older phones patients use do not know — so this test keeps the two lists identical.
 */
const css = readFileSync('src/lib/ui/global.css', 'utf8');

function declarations(selector: string): string[] {
	const start = css.indexOf(`${selector} {`);
	expect(start, `${selector} in global.css`).toBeGreaterThan(-1);
	const body = css.slice(start + selector.length + 2, css.indexOf('}', start));
	return body
		.split(';')
		.map((d) => d.trim())
		.filter(Boolean);
}

it('the chosen dark theme and the automatic one use the same colours', () => {
	const chosen = declarations(":root[data-theme='dark']");
	expect(chosen.length).toBeGreaterThan(10);
	expect(declarations(':root:not([data-theme])')).toEqual(chosen);
});
