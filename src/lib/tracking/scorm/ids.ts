/**
 * Identifiers shared by the SCORM manifest (written at packaging time) and the runtime (reported to the LMS).
 * Both sides must produce the same strings, so they come from here. Pure functions, no browser or Node APIs.
 *
 * The ids are valid XML IDs / NCNames (they start with a letter) and use only letters, digits and `_`:
 * Moodle's SCORM 2004 player rejects hyphens in some identifiers, so slug hyphens become underscores.
 */

/** objectiveID of the SCORM 2004 primary objective: the whole course, satisfied when the score reaches the pass mark. */
export const PRIMARY_OBJECTIVE_ID = 'primary';

/** Objective id of one lesson, e.g. `what-is-baclofen` → `lesson_what_is_baclofen`. */
export function objectiveId(slug: string): string {
	return `lesson_${slug.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

/** The must-know (safety) items as one objective of their own, apart from the lessons and the score. */
export const SAFETY_OBJECTIVE_ID = 'safety_essentials';
