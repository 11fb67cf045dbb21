/**
 * Where the simulated LMS serves each unpacked package: deep, Moodle-like folders. One definition, used by the preview
 * server (scripts/preview/start-preview.ts mounts them) and by the preview page (it reads the manifest and launches
 * the SCO from them).
 */

import type { ScormVersion } from '../src/lib/tracking/scorm/data-model.ts';

export const PACKAGE_PATHS: Readonly<Record<ScormVersion, string>> = {
	scorm12: '/lms/scorm12/pluginfile.php/42/mod_scorm/content/1/',
	scorm2004: '/lms/scorm2004/pluginfile.php/43/mod_scorm/content/1/'
};
