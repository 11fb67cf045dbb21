import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

/** The real `vite build` must refuse content whose quote is not in the source, and say which file and item. */
const dir = mkdtempSync(join(tmpdir(), 'broken-content-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('npm run build fails, naming the file and item, when a quote is not in the source', () => {
	cpSync('content', dir, { recursive: true });
	// The content files import their types through the project's "#lib" alias, type-only: a copy anywhere still loads.
	const file = join(dir, 'quizzes', 'fun-fact.ts');
	const original = readFileSync(file, 'utf8');
	// The first item's source quote (the whole fun-fact sentence) becomes one the article does not have.
	const text = original.replace(/source:\s*'Baclofen was originally studied[^']*'/, "source: 'Baclofen was invented in 2020'");
	if (text === original) throw new Error('The quote to break was not found: the test would prove nothing.');
	writeFileSync(file, text);

	const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], {
		env: { ...process.env, COURSE_CONTENT_DIR: dir },
		encoding: 'utf8',
		timeout: 120_000
	});
	expect(result.status).not.toBe(0);
	expect(result.stderr + result.stdout).toMatch(/fun-fact\.ts: item "originally_studied": source quote not found verbatim in the article: "Baclofen was invented in 2020"/);
}, 130_000);
