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
	// The quiz files import the item types from the project: keep that import working from the copy.
	const file = join(dir, 'quizzes', 'fun-fact.ts');
	const text = readFileSync(file, 'utf8')
		.replace('../../src/lib/content/types.ts', join(process.cwd(), 'src/lib/content/types.ts'))
		.replace("source: 'Baclofen was originally studied as a potential epilepsy drug'", "source: 'Baclofen was invented in 2020'");
	writeFileSync(file, text);
	writeFileSync(join(dir, 'course.ts'), readFileSync(join(dir, 'course.ts'), 'utf8').replace('../src/lib/content/types.ts', join(process.cwd(), 'src/lib/content/types.ts')));

	const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], {
		env: { ...process.env, COURSE_CONTENT_DIR: dir },
		encoding: 'utf8',
		timeout: 120_000
	});
	expect(result.status).not.toBe(0);
	expect(result.stderr + result.stdout).toMatch(/fun-fact\.ts: item "originally_studied": source quote not found verbatim in the article: "Baclofen was invented in 2020"/);
}, 130_000);
