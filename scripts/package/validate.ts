import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';
import { MANIFEST_FILE, SCHEMA_LOCATIONS, type ScormVersion } from './manifest.ts';

/**
 * Validates a manifest against the official SCORM schemas shipped in scorm/xsd/, offline.
 *
 * xmllint-wasm does no I/O of its own: every file it needs goes into its in-memory file system (`preload`,
 * keyed by `fileName`, directories created as needed), and relative schemaLocations resolve against the
 * importing file there. Two adjustments, both in memory only (the shipped files stay as ADL publishes them):
 * - ADL's 2004 imscp_v1p1.xsd imports the XML namespace from http://www.w3.org/2001/xml.xsd. There is no network
 *   here (and libxml2 in wasm has no HTTP client), so that one schemaLocation is rewritten to the local xml.xsd.
 * - A manifest mixes several namespaces but xmllint takes one schema, so a small driver schema imports each
 *   namespace from the file the manifest's xsi:schemaLocation names.
 */

export const XSD_ROOT = fileURLToPath(new URL('../../scorm/xsd/', import.meta.url));

const REMOTE_XML_XSD = 'http://www.w3.org/2001/xml.xsd';
const DRIVER = 'validation-driver.xsd';
const NOT_COMPILABLE = new Set(['imsmd_rootv1p2p1.xsd']);

export interface ValidationResult {
	valid: boolean;
	errors: string[];
}

/** Every schema file of one version, as posix paths relative to its folder (= their place in the zip). */
export function schemaFiles(version: ScormVersion): string[] {
	const dir = join(XSD_ROOT, version);
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

export async function validateManifest(version: ScormVersion, manifestXml: string): Promise<ValidationResult> {
	const dir = join(XSD_ROOT, version);
	const preload = schemaFiles(version).map((fileName) => {
		const contents = readFileSync(join(dir, fileName), 'utf8');
		return { fileName, contents: contents.replaceAll(`"${REMOTE_XML_XSD}"`, '"xml.xsd"') };
	});
	const imports = SCHEMA_LOCATIONS[version]
		.filter(([, file]) => !NOT_COMPILABLE.has(file))
		.map(([namespace, file]) => `  <xs:import namespace="${namespace}" schemaLocation="${file}"/>`)
		.join('\n');
	const driver = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
${imports}
</xs:schema>
`;
	const result = await validateXML({
		xml: [{ fileName: MANIFEST_FILE, contents: manifestXml }],
		schema: [{ fileName: DRIVER, contents: driver }],
		preload
	});
	return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage).filter((m) => m.trim()) };
}
