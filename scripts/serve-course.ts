import { startStaticServer } from './static-server.ts';

/** Serves the built course from a nested folder, as an LMS would: `node scripts/serve-course.ts [port]`. */
const port = Number(process.argv[2] ?? process.env.PORT ?? 4173);
export const COURSE_PATH = '/pluginfile.php/42/mod_scorm/content/1/';
await startStaticServer([{ prefix: COURSE_PATH, dir: 'build' }], port);
console.log(`Course: http://127.0.0.1:${port}${COURSE_PATH}index.html`);
