import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/**
 * No `{@html …}` anywhere in the course: every text (article, questions, learner input, LMS data) is rendered as
 * text, so nothing can inject markup or script — and the Content-Security-Policy (vite.config.ts) never has to
 * tolerate it.
 */
function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

it('no {@html} in src/', () => {
	const offenders = files('src')
		.filter((f) => /\.(svelte|ts|js|html)$/.test(f) && !f.endsWith('no-html.test.ts'))
		.filter((f) => readFileSync(f, 'utf8').includes('{@html'));
	expect(offenders).toEqual([]);
});
