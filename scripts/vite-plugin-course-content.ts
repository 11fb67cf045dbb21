import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { ContentError, loadCourse } from './content/build-course.ts';
import { readingLine, readingReport } from './content/reading-report.ts';

const ID = 'virtual:course';
const RESOLVED = '\0' + ID;
let reported = false;

/**
 * Compiles the content folder into the app as plain data (`import course from 'virtual:course'`).
 * Parsing and validation happen here, at build time, so a quiz item whose quote is not in the source fails
 * `npm run build` with a message naming the file and item — and no parser or schema code ships to the learner.
 * COURSE_CONTENT_DIR points it at another content folder (the tests use a deliberately broken copy).
 */
export function courseContent(contentDir = resolve(process.env.COURSE_CONTENT_DIR ?? 'content')): Plugin {
	return {
		name: 'course-content',
		enforce: 'pre',
		resolveId(id) {
			return id === ID ? RESOLVED : undefined;
		},
		async load(id) {
			if (id !== RESOLVED) return;
			try {
				const { course, files } = await loadCourse(contentDir);
				for (const f of files) this.addWatchFile(f);
				// How plain the course's own words are (the content test holds the budgets): one line per build.
				// (SvelteKit builds twice, server and client: once is enough.)
				if (!process.env.VITEST && !reported) {
					console.log(readingLine(readingReport(course)));
					// What the care team added to the article (content/care-team.ts): listed on every build, so it is seen.
					console.log(`Care-team advice added to the article (${course.careTeam.length}, labelled as added wherever shown):`);
					for (const a of course.careTeam) console.log(`  - ${a.id} [${a.group}]: ${a.advice}`);
				}
				reported = true;
				return `export default ${JSON.stringify(course)};`;
			} catch (error) {
				if (error instanceof ContentError) this.error(error.message);
				throw error;
			}
		}
	};
}
