/**
 * The screens Lighthouse measures: the start page, a lesson and a quiz question (hash routes, loaded directly),
 * served from a deep Moodle-like folder. Kept apart from lighthouse.ts so budgets and reports can name the pages
 * without loading Lighthouse.
 */
export const COURSE_PATH = '/pluginfile.php/42/mod_scorm/content/1/';

export const PAGES = [
	{ key: 'start', label: 'start page', hash: '#/' },
	{ key: 'lesson', label: 'lesson', hash: '#/lesson/side-effects-of-baclofen' },
	{ key: 'quiz', label: 'quiz question', hash: '#/lesson/side-effects-of-baclofen/quiz/1' }
] as const;
export type PageKey = (typeof PAGES)[number]['key'];
