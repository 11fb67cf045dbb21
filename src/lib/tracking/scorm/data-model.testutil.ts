/**
 * TEST-ONLY (imported by *.test.ts files, never by course code): SCORM facts the course does not read at run time,
 * kept next to the data-model table's tests so they are still checked against scorm-again without shipping in the
 * course page. Same shape as the table: one entry per version, `null` where the version has no such thing.
 */
import type { ScormVersion } from './data-model.ts';

export const unusedFacts = {
	scorm12: {
		paths: { entry: 'cmi.core.entry' },
		errors: {
			/** Reading a write-only element (all 1.2 interaction fields). */
			writeOnly: 404,
			/** A value of the wrong format ("Incorrect data type"). */
			typeMismatch: 405,
			/** 1.2 has no dependency rule between interaction fields. */
			dependencyNotEstablished: null
		}
	},
	scorm2004: {
		paths: { entry: 'cmi.entry' },
		errors: {
			/** Reading a write-only element (cmi.exit, cmi.session_time). */
			writeOnly: 405,
			/** "Data model element type mismatch". */
			typeMismatch: 406,
			/** Set id and type before any other interaction field. */
			dependencyNotEstablished: 408
		}
	}
} as const satisfies Record<ScormVersion, unknown>;
