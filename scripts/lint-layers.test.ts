import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules of eslint.config.js bite: a file placed (virtually) in each layer, importing across a layer the
 * wrong way, fails lint with the layer's message; the same file importing the right way passes.
 */

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

// ESLint loads its whole configuration (and typescript-eslint) on first use: seconds on a busy machine.
describe('layer rules', { timeout: 60_000 }, () => {
	it.each([
		['src/lib/tracking/adapters/fixture.ts', "import { loadCourse } from '../../content/index.ts';", /Tracking may not import/],
		['src/lib/tracking/fixture.ts', "import { scoreItem } from '../quiz/scoring.ts';", /Tracking may not import/],
		['src/lib/tracking/fixture.ts', "import { session } from '../state/index.ts';", /Tracking may not import/],
		['src/lib/quiz/fixture.ts', "import { session } from '#lib/state/index.ts';", /quiz engine may not import/],
		['src/lib/quiz/fixture.ts', "import { ScormTracker } from '../tracking/adapters/scorm.ts';", /quiz engine may not import/],
		['src/lib/content/fixture.ts', "import { shuffle } from '../quiz/shuffle.ts';", /content may not import/],
		['src/lib/shared/fixture.ts', "import { course } from '../content/index.ts';", /shared may not import/],
		['src/lib/state/fixture.ts', "import Form from '../components/QuestionForm.svelte';", /Course state may not import/],
		['src/lib/components/Fixture.ts', "import { ScormTracker } from '#lib/tracking/adapters/scorm.ts';", /The UI may not import/],
		['src/lib/quiz/fixture.ts', "import { buildManifest } from '../../../scripts/package/manifest.ts';", /Runtime code runs in the browser/],
		['src/lib/content/fixture.ts', "import { readFileSync } from 'node:fs';", /may not import build-time scripts, tests, the LMS preview or Node built-ins/],
		['src/lib/tracking/fixture.ts', "import { PACKAGE_PATHS } from '../../../preview/lms-paths.ts';", /may not import build-time scripts, tests, the LMS preview or Node built-ins/],
		['preview/fixture.ts', "import { interactionType } from '../src/lib/tracking/scorm/responses.ts';", /LMS preview page may import from src\/ only what its server serves/],
		['preview/fixture.ts', "import { readFileSync } from 'node:fs';", /LMS preview runs in the browser/],
		['preview/fixture.ts', "import { startPreview } from '../scripts/preview/start-preview.ts';", /LMS preview page may not import build-time/]
	])('%s: %s fails', async (file, code, message) => {
		const errors = await layerErrors(file, code);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(message);
	});

	it.each([
		['src/lib/state/fixture.ts', "import { ScormTracker } from '../tracking/adapters/scorm.ts';\nimport { shuffle } from '../quiz/shuffle.ts';"],
		['src/lib/quiz/fixture.ts', "import type { QuizItem } from '../content/types.ts';"],
		['src/lib/components/Fixture.ts', "import type { SaveStatus } from '#lib/tracking/tracker.ts';\nimport { session } from '#lib/state/index.ts';"],
		['src/lib/tracking/adapters/fixture.test.ts', "import { loadCourse } from '../../../../scripts/content/build-course.ts';"],
		[
			'preview/fixture.ts',
			"import { dataModel } from '../src/lib/tracking/scorm/data-model.ts';\nimport { quote } from '../src/lib/tracking/scorm/value-formats.ts';\nimport type { InteractionType } from '../src/lib/tracking/scorm/responses.ts';"
		]
	])('%s: allowed imports pass', async (file, code) => {
		expect(await layerErrors(file, code)).toEqual([]);
	});
});
